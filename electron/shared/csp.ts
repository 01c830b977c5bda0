// The one Content-Security-Policy of the app. The app:// handler sends it as a response header
// (and the session adds it to every other response); renderer/index.html carries the same string
// in a <meta> tag too, so the page in a plain browser has it as well. A unit test keeps them equal.
// 'self' is the page's origin: app://hepatic on the desktop.

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // 'unsafe-inline' for styles only: React's `style={{...}}` props, three/drei helpers and
  // Vite's CSS injection write inline style attributes/elements. Styles cannot run code;
  // scripts stay strictly 'self'.
  ['style-src', "'self' 'unsafe-inline'"],
  // data:/blob: images: canvas screenshots (toDataURL) and textures decoded from blobs.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  // blob: workers: three/drei decoders spin up workers from blob URLs.
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY: string = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join(
  '; ',
);

/**
 * Dev server only (`electron-vite dev`): @vitejs/plugin-react injects an inline module
 * script (the React Refresh preamble), which `script-src 'self'` would block. Never used
 * for the packaged app:// build.
 */
export const DEV_CONTENT_SECURITY_POLICY: string = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
);

/** Splits a policy into directive name → value, for comparisons that ignore spacing. */
export function parseCsp(policy: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const [name, ...values] = tokens;
    if (name) out.set(name.toLowerCase(), values.join(' '));
  }
  return out;
}
