// Where the renderer page comes from: the dev server (electron-vite dev) or the built renderer
// folder next to the main bundle, served as app://hepatic/ (see appProtocol.ts). Every URL check
// in the app compares against this.
import { APP_INDEX_URL, rendererRoot } from './appProtocol';

export type RendererTarget =
  | { kind: 'dev'; url: string }
  /** `root`: the folder the app:// handler serves; `url`: the page the window loads. */
  | { kind: 'app'; root: string; url: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface TargetInput {
  /** process.env.ELECTRON_RENDERER_URL, set by electron-vite in dev. */
  devServerUrl: string | undefined;
  isPackaged: boolean;
  /** Folder of the built main bundle (out/main). */
  mainDir: string;
}

export function resolveRendererTarget(input: TargetInput): { target: RendererTarget; warning?: string } {
  const file: RendererTarget = { kind: 'app', root: rendererRoot(input.mainDir), url: APP_INDEX_URL };
  const raw = input.devServerUrl;
  if (!raw) return { target: file };
  // An environment variable must never point a shipped app (with its preload API) at
  // someone else's page: only unpackaged builds, only a loopback http dev server.
  if (input.isPackaged) {
    return { target: file, warning: 'ELECTRON_RENDERER_URL is ignored in a packaged app' };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { target: file, warning: `ELECTRON_RENDERER_URL "${raw}" is not a URL; loading the built page` };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      target: file,
      warning: `ELECTRON_RENDERER_URL "${raw}" is not a local dev server; loading the built page`,
    };
  }
  return { target: { kind: 'dev', url: url.href } };
}
