import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { RendererTarget } from '../../../electron/main/rendererTarget';
import {
  decideNavigation,
  decidePermissionCheck,
  decidePermissionRequest,
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  withCspHeader,
} from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp';

const appTarget: RendererTarget = {
  kind: 'app',
  root: '/opt/hepatic/out/renderer',
  url: 'app://hepatic/index.html',
};
const devTarget: RendererTarget = { kind: 'dev', url: 'http://localhost:5173/' };
const indexUrl = 'app://hepatic/index.html';

describe('isAppUrl / decideNavigation', () => {
  it('allows the app page itself, with any query or hash', () => {
    for (const url of [indexUrl, `${indexUrl}?mode=presenter`, `${indexUrl}#/step/3`]) {
      expect(isAppUrl(url, appTarget), url).toBe(true);
      expect(decideNavigation(url, appTarget)).toBe('allow');
    }
  });

  it('allows the dev server origin only', () => {
    expect(decideNavigation('http://localhost:5173/', devTarget)).toBe('allow');
    expect(decideNavigation('http://localhost:5173/?mode=kiosk', devTarget)).toBe('allow');
    expect(decideNavigation('http://localhost:5174/', devTarget)).toBe('deny');
    expect(decideNavigation('https://localhost:5173/', devTarget)).toBe('deny');
    expect(decideNavigation(indexUrl, devTarget)).toBe('deny');
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///opt/hepatic/out/renderer/other.html',
    'file:///opt/hepatic/out/renderer/index.html.evil',
    'file://evil-host/opt/hepatic/out/renderer/index.html',
    'file:///opt/hepatic/out/renderer/../renderer/secret/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
    'file:///opt/hepatic/out/renderer/%E0%A4%A.html',
    'file:///opt/hepatic/out/renderer/index.html',
    'app://hepatic/other.html',
    'app://hepatic/index.html.evil',
    'app://evil/index.html',
    'app://user@hepatic/index.html',
    'app://hepatic/assets/main.js',
    'app://hepatic/index%2Ehtml',
    'APP://other/index.html',
  ])('denies %s for the app target', (url) => {
    expect(decideNavigation(url, appTarget)).toBe('deny');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (url) => {
        expect(['allow', 'deny']).toContain(decideNavigation(url, appTarget));
      }),
      { numRuns: 50 },
    );
  });
});

describe('window.open and permissions', () => {
  it('denies every new window', () => {
    expect(decideWindowOpen({ url: 'https://pubmed.ncbi.nlm.nih.gov/' })).toEqual({ action: 'deny' });
    expect(decideWindowOpen({ url: indexUrl })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    expect(decidePermissionRequest()).toBe(false);
    expect(decidePermissionCheck()).toBe(false);
  });
});

describe('withCspHeader', () => {
  it('adds the policy', () => {
    expect(withCspHeader({ 'Content-Type': ['text/html'] }, 'x')).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ['x'],
    });
  });

  it('replaces a weaker policy whatever its header case', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'] }, CONTENT_SECURITY_POLICY);
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('copes with no headers', () => {
    expect(withCspHeader(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
        openHandler = handler;
      },
    });
    return {
      contents: contents as unknown as WebContents,
      emitter,
      open: (url: string) => openHandler?.({ url }),
    };
  }
  const event = (url: string) => ({ url, preventDefault: vi.fn() });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: blocks foreign URLs only',
    (name) => {
      const { contents, emitter } = fakeContents();
      const log = vi.fn();
      hardenWebContents(contents, appTarget, log);
      const foreign = event('https://example.com/');
      emitter.emit(name, foreign);
      expect(foreign.preventDefault).toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith(expect.stringContaining('https://example.com/'));
      const own = event(`${indexUrl}?mode=kiosk`);
      emitter.emit(name, own);
      expect(own.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('blocks webviews and every window.open', () => {
    const { contents, emitter, open } = fakeContents();
    hardenWebContents(contents, appTarget, () => {});
    const attach = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('denies requests, checks and devices, and sets the CSP header', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => {
        handlers.request = h;
      },
      setPermissionCheckHandler: (h: never) => {
        handlers.check = h;
      },
      setDevicePermissionHandler: (h: never) => {
        handlers.device = h;
      },
      webRequest: {
        onHeadersReceived: (h: never) => {
          handlers.headers = h;
        },
      },
    } as unknown as Session;
    hardenSession(session, CONTENT_SECURITY_POLICY);

    const granted = vi.fn();
    (handlers.request as unknown as (w: unknown, p: string, cb: (ok: boolean) => void) => void)(
      {},
      'media',
      granted,
    );
    expect(granted).toHaveBeenCalledWith(false);
    expect(
      (handlers.check as unknown as (...a: unknown[]) => boolean)({}, 'geolocation', 'file://', {}),
    ).toBe(false);
    expect((handlers.device as unknown as (...a: unknown[]) => boolean)({})).toBe(false);

    const done = vi.fn();
    (handlers.headers as unknown as (d: unknown, cb: (r: unknown) => void) => void)(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      done,
    );
    expect(done).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});
