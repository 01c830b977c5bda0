// The whole contract between the renderer and the main process: four channels.
// Imported by main (handlers), preload (bridge) and renderer (types only).
import type { LaunchOptions } from './shared/launchOptions';

export type { LaunchOptions, Mode } from './shared/launchOptions';

export const IPC_CHANNELS = {
  getLaunchOptions: 'app:get-launch-options',
  saveScreenshot: 'app:save-screenshot',
  printHandout: 'app:print-handout',
  openAudienceWindow: 'app:open-audience-window',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export interface SaveScreenshotResult {
  saved: boolean;
  /** Where the file went; absent when the person cancelled or saving is not allowed. */
  path?: string;
}

export interface PrintHandoutResult {
  ok: boolean;
}

export interface OpenAudienceResult {
  ok: boolean;
  /** Whether it went full screen on a second display (false: a normal window on this one). */
  secondDisplay?: boolean;
}

/** What the preload script exposes as `window.hepaticApi`, and nothing more. */
export interface HepaticApi {
  getLaunchOptions(): Promise<LaunchOptions>;
  /** `pngDataUrl`: `data:image/png;base64,...`, e.g. from `canvas.toDataURL('image/png')`. */
  saveScreenshot(pngDataUrl: string): Promise<SaveScreenshotResult>;
  printHandout(): Promise<PrintHandoutResult>;
  /** Opens (or brings forward) the audience window a presenter console drives. */
  openAudienceWindow(): Promise<OpenAudienceResult>;
}
