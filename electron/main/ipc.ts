// IPC handlers for the four channels in ../ipc.ts. Every call first checks that it
// comes from the app's own top-level page; arguments are validated before use.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import {
  IPC_CHANNELS,
  type IpcChannel,
  type OpenAudienceResult,
  type OperatorExitResult,
  type PrintHandoutResult,
  type SaveScreenshotResult,
} from '../ipc';
import { isLanguage, type Language } from '../shared/languages';
import type { LaunchOptions, Mode } from '../shared/launchOptions';
import type { RendererTarget } from './rendererTarget';
import { decodePngDataUrl } from './screenshot';
import { isAppUrl } from './security';

type SenderFrame = Pick<WebFrameMain, 'url' | 'parent'>;

/** Only the app page itself, in the top frame, may talk to the main process. */
export function isTrustedSender(frame: SenderFrame | null | undefined, target: RendererTarget): boolean {
  if (!frame) return false; // frame already navigated away or destroyed
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, target);
}

/**
 * Kiosk visitors get no file dialog (it would browse the machine's disks) and no print
 * dialog (it would reach printers and "Save as PDF"); the renderer should hide those buttons.
 * The operator's PIN exit exists only in kiosk (elsewhere the window simply closes).
 */
export function isChannelAllowed(channel: IpcChannel, mode: Mode): boolean {
  if (channel === IPC_CHANNELS.getLaunchOptions) return true;
  if (channel === IPC_CHANNELS.operatorExit) return mode === 'kiosk';
  return mode !== 'kiosk';
}

/** Longest string the PIN channel accepts: a PIN is 4 to 12 digits; anything far longer is abuse. */
const MAX_PIN_ARGUMENT = 64;

export interface IpcDeps {
  target: RendererTarget;
  launchOptions: () => LaunchOptions;
  saveScreenshot: (event: IpcMainInvokeEvent, png: Buffer) => Promise<SaveScreenshotResult>;
  printHandout: (event: IpcMainInvokeEvent) => Promise<PrintHandoutResult>;
  /** Checks the PIN under the lockout and quits on a match (see operatorExit.ts). */
  operatorExit: (pin: string) => OperatorExitResult;
  /** The handout as a PDF file the clinician places; absent where the shell cannot make one. */
  saveHandoutPdf?: (event: IpcMainInvokeEvent) => Promise<PrintHandoutResult>;
  openAudienceWindow: (event: IpcMainInvokeEvent) => Promise<OpenAudienceResult>;
  /** Keeps the chosen language (already checked to be one of LANGUAGES). */
  rememberLanguage: (language: Language) => void;
}

/** The print call's one optional argument: nothing (the print dialog) or `{ destination: 'pdf' }`. */
export function printDestination(value: unknown): 'printer' | 'pdf' | null {
  if (value === undefined || value === null) return 'printer';
  if (typeof value !== 'object') return null;
  const keys = Object.keys(value);
  const destination = (value as { destination?: unknown }).destination;
  if (keys.length !== 1 || (destination !== 'printer' && destination !== 'pdf')) return null;
  return destination;
}

export type IpcHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

export function createIpcHandlers(deps: IpcDeps): Record<IpcChannel, IpcHandler> {
  const guarded =
    (channel: IpcChannel, handle: IpcHandler): IpcHandler =>
    async (event, ...args) => {
      if (!isTrustedSender(event.senderFrame, deps.target)) {
        // No answer for strangers; the rejection names no internals.
        console.warn(`IPC ${channel} refused: sender ${event.senderFrame?.url ?? '(gone)'} is not the app`);
        throw new Error(`${channel}: refused`);
      }
      return handle(event, ...args);
    };

  const mode = () => deps.launchOptions().mode;
  return {
    [IPC_CHANNELS.getLaunchOptions]: guarded(IPC_CHANNELS.getLaunchOptions, async () => deps.launchOptions()),
    [IPC_CHANNELS.saveScreenshot]: guarded(IPC_CHANNELS.saveScreenshot, async (event, dataUrl) => {
      if (!isChannelAllowed(IPC_CHANNELS.saveScreenshot, mode())) return { saved: false };
      const png = decodePngDataUrl(dataUrl);
      if (!png)
        throw new Error(
          `${IPC_CHANNELS.saveScreenshot}: expected a PNG data URL (data:image/png;base64,...)`,
        );
      return deps.saveScreenshot(event, png);
    }),
    [IPC_CHANNELS.printHandout]: guarded(IPC_CHANNELS.printHandout, async (event, options) => {
      if (!isChannelAllowed(IPC_CHANNELS.printHandout, mode())) return { ok: false };
      const destination = printDestination(options);
      if (destination === null)
        throw new Error(`${IPC_CHANNELS.printHandout}: expected no argument or { destination: 'pdf' }`);
      if (destination === 'pdf') return deps.saveHandoutPdf ? deps.saveHandoutPdf(event) : { ok: false };
      return deps.printHandout(event);
    }),
    [IPC_CHANNELS.operatorExit]: guarded(IPC_CHANNELS.operatorExit, async (_event, pin) => {
      if (!isChannelAllowed(IPC_CHANNELS.operatorExit, mode())) return { outcome: 'no-pin', retryInS: 0 };
      if (typeof pin !== 'string' || pin.length > MAX_PIN_ARGUMENT)
        throw new Error(`${IPC_CHANNELS.operatorExit}: expected a PIN of 4 to 12 digits`);
      return deps.operatorExit(pin);
    }),
    [IPC_CHANNELS.openAudienceWindow]: guarded(IPC_CHANNELS.openAudienceWindow, async (event) => {
      if (!isChannelAllowed(IPC_CHANNELS.openAudienceWindow, mode())) return { ok: false };
      return deps.openAudienceWindow(event);
    }),
    [IPC_CHANNELS.rememberLanguage]: guarded(IPC_CHANNELS.rememberLanguage, async (_event, language) => {
      if (!isChannelAllowed(IPC_CHANNELS.rememberLanguage, mode())) return;
      if (!isLanguage(language))
        throw new Error(`${IPC_CHANNELS.rememberLanguage}: expected a language code`);
      deps.rememberLanguage(language);
    }),
  };
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Record<IpcChannel, IpcHandler>,
): void {
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}
