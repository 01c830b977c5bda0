// Security policy of the shell: which URLs count as the app, navigation and pop-ups,
// permissions and the CSP header. Decisions are plain functions; the `harden*`
// functions only attach them to Electron objects passed in (no runtime 'electron' import).
import type { HandlerDetails, OnHeadersReceivedListenerDetails, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './appProtocol';
import type { RendererTarget } from './rendererTarget';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for the app's own page: app://hepatic/index.html (any query or hash, so `?mode=`
 * links keep working) or any path on the dev server's origin. file:// is never the app.
 */
export function isAppUrl(url: string, target: RendererTarget): boolean {
  const candidate = parseUrl(url);
  if (!candidate) return false;
  if (target.kind === 'dev') {
    const dev = parseUrl(target.url);
    return dev !== null && candidate.origin === dev.origin;
  }
  // app: is not a WHATWG "special" scheme, so URL.origin is "null": compare scheme and host.
  return (
    candidate.protocol === `${APP_SCHEME}:` &&
    candidate.host === APP_HOST &&
    candidate.username === '' &&
    candidate.password === '' &&
    candidate.pathname === '/index.html'
  );
}

export type NavigationDecision = 'allow' | 'deny';

/** Page-initiated navigation (links, location changes, redirects) may only stay on the app. */
export function decideNavigation(url: string, target: RendererTarget): NavigationDecision {
  return isAppUrl(url, target) ? 'allow' : 'deny';
}

/** window.open and target=_blank: never. References are shown inside the app, not in a browser. */
export function decideWindowOpen(_details: Pick<HandlerDetails, 'url'>): { action: 'deny' } {
  return { action: 'deny' };
}

/** The app needs no camera, microphone, location, notifications, clipboard or HID. */
export function decidePermissionRequest(): boolean {
  return false;
}

export function decidePermissionCheck(): boolean {
  return false;
}

/** Response headers with our CSP in place of any the response brought (header names are case-insensitive). */
export function withCspHeader(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}

type PreventableEvent = { url: string; preventDefault(): void };

/** Attaches the navigation, pop-up and webview rules to one WebContents. */
export function hardenWebContents(contents: WebContents, target: RendererTarget, log = console.warn): void {
  const guard = (event: PreventableEvent) => {
    if (decideNavigation(event.url, target) === 'deny') {
      event.preventDefault();
      log(`Blocked navigation to ${event.url}`);
    }
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    log(`Blocked new window for ${details.url}`);
    return decideWindowOpen(details);
  });
}

/** Denies every permission and adds the CSP header to every response of the session. */
export function hardenSession(session: Session, policy: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(decidePermissionRequest()),
  );
  session.setPermissionCheckHandler(() => decidePermissionCheck());
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details: OnHeadersReceivedListenerDetails, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) });
  });
}
