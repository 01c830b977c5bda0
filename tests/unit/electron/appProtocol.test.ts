import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_INDEX_URL,
  APP_SCHEME_PRIVILEGES,
  handleAppProtocol,
  mimeTypeFor,
  resolveAppPath,
  serveAppRequest,
} from '../../../electron/main/appProtocol';

// A real folder: renderer/ (served) beside secret/ (must never be served), with symlinks that
// point out of renderer/ and one that stays inside.
let base: string;
let root: string;
const realFs = {
  realpath: (p: string) => realpathSync(p),
  isFile: (p: string) => statSync(p).isFile(),
  readFile: (p: string) => readFileSync(p),
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'hepatic-app-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(base, 'secret'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'my file.css'), 'body{}');
  writeFileSync(join(base, 'secret', 'passwords.txt'), 'hunter2');
  writeFileSync(join(base, 'renderer-evil.txt'), 'sibling with a shared prefix');
  symlinkSync(join(base, 'secret', 'passwords.txt'), join(root, 'assets', 'link-out.txt'));
  symlinkSync(join(base, 'secret'), join(root, 'secret-dir'));
  symlinkSync(join(root, 'index.html'), join(root, 'assets', 'link-in.html'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppPath: files inside the renderer folder', () => {
  it('serves the page and its assets', () => {
    expect(resolveAppPath(APP_INDEX_URL, root, realFs)).toBe(realpathSync(join(root, 'index.html')));
    expect(resolveAppPath(`${APP_INDEX_URL}?mode=kiosk#x`, root, realFs)).toBe(
      realpathSync(join(root, 'index.html')),
    );
    expect(resolveAppPath('app://hepatic/', root, realFs)).toBe(realpathSync(join(root, 'index.html')));
    expect(resolveAppPath('app://hepatic/assets/main.js', root, realFs)).toBe(
      realpathSync(join(root, 'assets', 'main.js')),
    );
    expect(resolveAppPath('app://hepatic/assets/my%20file.css', root, realFs)).toBe(
      realpathSync(join(root, 'assets', 'my file.css')),
    );
  });

  it('follows a symlink that stays inside the folder', () => {
    expect(resolveAppPath('app://hepatic/assets/link-in.html', root, realFs)).toBe(
      realpathSync(join(root, 'index.html')),
    );
  });
});

const TRAVERSALS = [
  // plain and encoded dot segments
  'app://hepatic/../secret/passwords.txt',
  'app://hepatic/assets/../../secret/passwords.txt',
  'app://hepatic/%2e%2e/secret/passwords.txt',
  'app://hepatic/%2E%2E/secret/passwords.txt',
  'app://hepatic/.%2e/secret/passwords.txt',
  'app://hepatic/assets/%2e%2e/%2e%2e/secret/passwords.txt',
  'app://hepatic/%252e%252e/secret/passwords.txt',
  'app://hepatic/..%2fsecret%2fpasswords.txt',
  'app://hepatic/%2e%2e%2fsecret%2fpasswords.txt',
  'app://hepatic/./index.html',
  'app://hepatic/../renderer-evil.txt',
  // absolute paths
  'app://hepatic//etc/passwd',
  'app://hepatic/%2fetc%2fpasswd',
  'app://hepatic/C:/Windows/win.ini',
  'app://hepatic/c%3a%5cWindows%5cwin.ini',
  'app:///etc/passwd',
  'file:///etc/passwd',
  // backslashes
  'app://hepatic/..\\secret\\passwords.txt',
  'app://hepatic/assets\\..\\..\\secret\\passwords.txt',
  'app://hepatic/..%5csecret%5cpasswords.txt',
  'app://hepatic/%5c%5cserver%5cshare',
  // null bytes
  'app://hepatic/index.html%00.png',
  'app://hepatic/index.html\0.png',
  'app://hepatic/%00',
  // symlinks out of the folder
  'app://hepatic/assets/link-out.txt',
  'app://hepatic/secret-dir/passwords.txt',
  // other hosts, credentials, folders, missing files, junk
  'app://evil/index.html',
  'app://user:pw@hepatic/index.html',
  'app://hepatic/assets',
  'app://hepatic/assets/',
  'app://hepatic/missing.js',
  'app://hepatic/%E0%A4%A.html',
  'https://hepatic/index.html',
  'not a url',
  '',
];

describe('resolveAppPath: traversal attempts get a 404, never a file', () => {
  it.each(TRAVERSALS)('%s', (url) => {
    expect(resolveAppPath(url, root, realFs)).toBeNull();
    const response = serveAppRequest(url, root, realFs, 'default-src self');
    expect(response.status).toBe(404);
    expect(String(response.body)).toBe('Not found');
  });

  it('never resolves outside the folder, whatever the path', () => {
    const realRoot = realpathSync(root);
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      'secret',
      'assets',
      'index.html',
      '%5c',
      '%00',
      '',
      'link-out.txt',
      'secret-dir',
      'passwords.txt',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const resolved = resolveAppPath(`app://hepatic/${segments.join('/')}`, root, realFs);
        if (resolved !== null) expect(resolved.startsWith(`${realRoot}/`)).toBe(true);
        if (resolved !== null) expect(readFileSync(resolved, 'utf8')).not.toContain('hunter2');
      }),
      { numRuns: 300 },
    );
  });
});

describe('serveAppRequest and the handler', () => {
  it('answers with the file, its type and the CSP', () => {
    const response = serveAppRequest('app://hepatic/assets/main.js', root, realFs, "default-src 'self'");
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe("default-src 'self'");
    expect(Buffer.from(response.body as Uint8Array).toString()).toBe('console.log(1)');
  });

  it('a read error is a 404 too', () => {
    const failing = {
      ...realFs,
      readFile: () => {
        throw new Error('EACCES');
      },
    };
    expect(serveAppRequest(APP_INDEX_URL, root, failing, 'x').status).toBe(404);
  });

  it('registers on the app scheme and returns web Responses', async () => {
    let handler: ((request: Request) => Response) | undefined;
    const protocol = {
      handle: vi.fn((_scheme: string, h: (request: Request) => Response) => {
        handler = h;
      }),
    };
    const log = vi.fn();
    handleAppProtocol(protocol as never, root, realFs, 'csp', log);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const ok = handler?.(new Request(APP_INDEX_URL));
    expect(ok?.status).toBe(200);
    expect(await ok?.text()).toContain('<title>app</title>');
    const refused = handler?.(new Request('app://hepatic/%2e%2e/secret/passwords.txt'));
    expect(refused?.status).toBe(404);
    expect(await refused?.text()).toBe('Not found');
    expect(log).toHaveBeenCalledOnce();
  });

  it('is a standard, secure scheme that bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      bypassCSP: false,
      corsEnabled: false,
      allowServiceWorkers: false,
    });
  });

  it('names the content types the build produces', () => {
    expect(mimeTypeFor('a/index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('x.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
