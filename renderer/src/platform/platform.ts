// The renderer's one door to the desktop shell. In Electron the preload script puts
// `window.hepaticApi` there; in a plain browser (e2e tests, web demo) it is absent and
// every helper falls back to what a web page can do.
import type {
  HepaticApi,
  OpenAudienceResult,
  PrintHandoutResult,
  SaveScreenshotResult,
} from '../../../electron/ipc';
import { type LaunchOptions, parseLaunchQuery } from '../../../electron/shared/launchOptions';
import { audienceUrl } from '../classroom/audienceUrl';

export type { HepaticApi, LaunchOptions, OpenAudienceResult, PrintHandoutResult, SaveScreenshotResult };

declare global {
  interface Window {
    /** Present only inside the desktop app (see electron/preload). */
    hepaticApi?: HepaticApi;
  }
}

/** The desktop API, or undefined when the page runs in a plain browser. */
export function getHepaticApi(): HepaticApi | undefined {
  return typeof window === 'undefined' ? undefined : window.hepaticApi;
}

export function isDesktop(): boolean {
  return getHepaticApi() !== undefined;
}

/**
 * Mode, fullscreen and config warnings. Desktop: from flags and the config file via
 * the main process. Browser: from `?mode=` and `?fullscreen=1`, validated the same way.
 */
export async function getLaunchOptions(): Promise<LaunchOptions> {
  const api = getHepaticApi();
  const search = typeof location === 'undefined' ? '' : location.search;
  if (!api) return parseLaunchQuery(search);
  // The desktop opens its audience window on the same page with ?mode=audience.
  const fromQuery = parseLaunchQuery(search);
  if (fromQuery.mode === 'audience') return fromQuery;
  try {
    return await api.getLaunchOptions();
  } catch (error) {
    const fallback = parseLaunchQuery(search);
    fallback.configWarnings.unshift(`Could not read launch options from the app: ${String(error)}`);
    return fallback;
  }
}

/** Desktop: a save dialog. Browser: an ordinary download of the PNG. */
export async function saveScreenshot(pngDataUrl: string): Promise<SaveScreenshotResult> {
  const api = getHepaticApi();
  if (api) return api.saveScreenshot(pngDataUrl);
  const link = document.createElement('a');
  link.href = pngDataUrl;
  link.download = 'hepatic-perfusion.png';
  link.click();
  return { saved: true };
}

/**
 * Desktop: the main process renders the page (the handout, by the print stylesheet) to PDF and
 * asks where to save it. Browser: the print dialog, whose destinations include PDF.
 */
export async function saveHandoutPdf(): Promise<PrintHandoutResult> {
  const api = getHepaticApi();
  if (api) return api.printHandout({ destination: 'pdf' });
  window.print();
  return { ok: true };
}

/** Desktop: the main process opens the print dialog. Browser: window.print(). */
export async function printHandout(): Promise<PrintHandoutResult> {
  const api = getHepaticApi();
  if (api) return api.printHandout();
  window.print();
  return { ok: true };
}

/** Desktop: the main process keeps the language for the next start. Browser: nothing to keep it in. */
export async function rememberLanguage(language: string): Promise<void> {
  const api = getHepaticApi();
  if (!api) return;
  try {
    await api.rememberLanguage(language);
  } catch (error) {
    console.warn(`The language could not be remembered: ${String(error)}`);
  }
}

/** Desktop: the main process opens it (second display when there is one). Browser: a new window. */
export async function openAudienceWindow(): Promise<OpenAudienceResult> {
  const api = getHepaticApi();
  if (api) return api.openAudienceWindow();
  const opened = window.open(audienceUrl(window.location.href), 'hepatic-audience');
  return { ok: opened !== null };
}
