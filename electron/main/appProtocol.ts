// The app:// scheme: the page and its assets are served from the packaged renderer folder by
// protocol.handle instead of file://, so the page has a real origin and no file:// privileges.
// resolveAppPath decides which file a request may read (pure apart from the injected realpath
// and isFile); serveAppRequest builds the response. Anything doubtful is a 404, never a file.
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { Protocol } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'hepatic';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before 'ready': standard (real origin, relative URLs), secure (like https), and
 * allowed to use fetch; no CSP bypass, no service workers, no CORS exemption.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    codeCache: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    corsEnabled: false,
    stream: false,
  },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
  '.ktx2': 'image/ktx2',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppFs {
  /** fs.realpathSync: resolves every symlink; throws when the path does not exist. */
  realpath(path: string): string;
  /** True for a regular file (after symlinks). */
  isFile(path: string): boolean;
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The file an app:// request may read, or null (→ 404). `root` is the renderer folder. Rejects
 * other schemes and hosts, encoded or plain `..` and `.` segments, backslashes, null bytes, drive
 * letters, empty segments, and any path whose real location (symlinks resolved) leaves the root.
 */
export function resolveAppPath(requestUrl: string, root: string, fs: AppFs): string | null {
  // Backslashes and null bytes are refused on the raw text, before any URL parser can normalise them.
  if (/[\\\0]|%5c|%00/i.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  // The parser has already folded `..` and `%2e%2e`; refuse the request if the raw text had any.
  if (/(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i.test(requestUrl.replace(/^[a-z]+:\/\/[^/]*/i, ''))) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\//, '');
  const segments = relativePath.split('/');
  if (
    segments.some((s) => s === '' || s === '.' || s === '..' || /[\\\0:]/.test(s)) ||
    isAbsolute(relativePath)
  ) {
    return null;
  }
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = fs.realpath(root);
    const joined = join(realRoot, ...segments);
    if (!isInside(realRoot, joined)) return null;
    realFile = fs.realpath(joined);
  } catch {
    return null; // missing file or folder
  }
  if (!isInside(realRoot, realFile) || realFile === realRoot) return null;
  try {
    return fs.isFile(realFile) ? realFile : null;
  } catch {
    return null;
  }
}

export interface AppResponse {
  status: 200 | 404;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/** The whole handler as a function of the request: the CSP header goes on every page it serves. */
export function serveAppRequest(
  requestUrl: string,
  root: string,
  fs: AppFs & { readFile(path: string): Uint8Array },
  contentSecurityPolicy: string,
): AppResponse {
  const notFound: AppResponse = {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: 'Not found',
  };
  const path = resolveAppPath(requestUrl, root, fs);
  if (!path) return notFound;
  let body: Uint8Array;
  try {
    body = fs.readFile(path);
  } catch {
    return notFound;
  }
  return {
    status: 200,
    headers: {
      'Content-Type': mimeTypeFor(path),
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
    body,
  };
}

/** The root the handler serves from, as a path with no trailing separator. */
export function rendererRoot(mainDir: string): string {
  const root = join(mainDir, '..', 'renderer');
  return root.endsWith(sep) ? root.slice(0, -1) : root;
}

/** Attaches the handler to Electron's protocol module (passed in, so tests never load Electron). */
export function handleAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  root: string,
  fs: AppFs & { readFile(path: string): Uint8Array },
  contentSecurityPolicy: string,
  log: (message: string) => void = console.warn,
): void {
  protocol.handle(APP_SCHEME, (request) => {
    const response = serveAppRequest(request.url, root, fs, contentSecurityPolicy);
    if (response.status === 404) log(`app:// refused ${request.url}`);
    return new Response(response.body as BodyInit, { status: response.status, headers: response.headers });
  });
}
