// The whole contract between the renderer and the main process: four channels.
// Imported by main (handlers), preload (bridge) and renderer (types only).
import type { LaunchOptions } from './shared/launchOptions';

export type { LaunchOptions, Mode } from './shared/launchOptions';

export const IPC_CHANNELS = {
  getLaunchOptions: 'app:get-launch-options',
  saveScreenshot: 'app:save-screenshot',
  printHandout: 'app:print-handout',
  /** Kiosk only: the operator's PIN, to close the kiosk. */
  operatorExit: 'kiosk:operator-exit',
  openAudienceWindow: 'app:open-audience-window',
  /** Not in kiosk: keeps the chosen language for the next start and the shell's own dialogs. */
  rememberLanguage: 'app:remember-language',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export interface SaveScreenshotResult {
  saved: boolean;
  /** Where the file went; absent when the person cancelled or saving is not allowed. */
  path?: string;
}

export interface PrintHandoutResult {
  ok: boolean;
  /** Where the PDF went, when the handout was saved as PDF. */
  path?: string;
}

/** `pdf`: render the page to PDF and ask where to save it, instead of the print dialog. */
export interface PrintHandoutOptions {
  destination: 'printer' | 'pdf';
}

/**
 * ok: the app is closing. wrong: not the PIN. locked: too many wrong PINs, retry in `retryInS`.
 * no-pin: the config file holds no usable PIN hash, so the kiosk cannot be left from the screen.
 */
export type OperatorExitOutcome = 'ok' | 'wrong' | 'locked' | 'no-pin';

export interface OperatorExitResult {
  outcome: OperatorExitOutcome;
  retryInS: number;
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
  printHandout(options?: PrintHandoutOptions): Promise<PrintHandoutResult>;
  /** Kiosk: closes the app when `pin` is the operator's PIN. */
  operatorExit(pin: string): Promise<OperatorExitResult>;
  /** Opens (or brings forward) the audience window a presenter console drives. */
  openAudienceWindow(): Promise<OpenAudienceResult>;
  /** Remembers the language (one of LANGUAGES) for the next start; the main process's dialogs use it at once. */
  rememberLanguage(language: string): Promise<void>;
}
