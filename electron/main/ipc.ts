// IPC handlers for the four channels in ../ipc.ts. Every call first checks that it
// comes from the app's own top-level page; arguments are validated before use.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import {
  IPC_CHANNELS,
  type IpcChannel,
  type OpenAudienceResult,
  type PrintHandoutResult,
  type SaveScreenshotResult,
} from '../ipc';
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
 */
export function isChannelAllowed(channel: IpcChannel, mode: Mode): boolean {
  return mode !== 'kiosk' || channel === IPC_CHANNELS.getLaunchOptions;
}

export interface IpcDeps {
  target: RendererTarget;
  launchOptions: () => LaunchOptions;
  saveScreenshot: (event: IpcMainInvokeEvent, png: Buffer) => Promise<SaveScreenshotResult>;
  printHandout: (event: IpcMainInvokeEvent) => Promise<PrintHandoutResult>;
  openAudienceWindow: (event: IpcMainInvokeEvent) => Promise<OpenAudienceResult>;
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
    [IPC_CHANNELS.printHandout]: guarded(IPC_CHANNELS.printHandout, async (event) => {
      if (!isChannelAllowed(IPC_CHANNELS.printHandout, mode())) return { ok: false };
      return deps.printHandout(event);
    }),
    [IPC_CHANNELS.openAudienceWindow]: guarded(IPC_CHANNELS.openAudienceWindow, async (event) => {
      if (!isChannelAllowed(IPC_CHANNELS.openAudienceWindow, mode())) return { ok: false };
      return deps.openAudienceWindow(event);
    }),
  };
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Record<IpcChannel, IpcHandler>,
): void {
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}
