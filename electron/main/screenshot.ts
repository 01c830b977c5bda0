// Saving a screenshot the renderer sends as a PNG data URL. The payload comes from a
// web page, so it is checked (prefix, base64, size, PNG signature) before any dialog.
import { join } from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import type { SaveScreenshotResult } from '../ipc';
import type { MainStrings } from './strings';

const PREFIX = 'data:image/png;base64,';
/** 8K RGBA uncompressed is ~130 MB; a real PNG of the scene is a few MB. 40 MB is generous. */
export const MAX_SCREENSHOT_BYTES = 40 * 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG bytes, or null when the value is not a plausible PNG data URL. */
export function decodePngDataUrl(value: unknown): Buffer | null {
  if (typeof value !== 'string' || !value.startsWith(PREFIX)) return null;
  const base64 = value.slice(PREFIX.length);
  if (base64.length === 0 || base64.length > Math.ceil(MAX_SCREENSHOT_BYTES / 3) * 4) return null;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) return null;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    return null;
  }
  return bytes;
}

/** e.g. hepatic-perfusion-2025-03-07-142501.png, in local time. */
export function screenshotFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  return `hepatic-perfusion-${day}-${time}.png`;
}

export function withPngExtension(path: string): string {
  return /\.png$/i.test(path) ? path : `${path}.png`;
}

export interface SaveScreenshotDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  writeFile: (path: string, data: Buffer) => Promise<void>;
  /** Folder the dialog opens in, e.g. app.getPath('pictures'). */
  defaultDir: string;
  strings: Pick<MainStrings, 'saveScreenshotTitle' | 'saveScreenshotButton' | 'pngFilterName'>;
  now: () => Date;
}

/** Asks where to save (the person always chooses), then writes the bytes. */
export async function saveScreenshot(
  parent: BaseWindow | null,
  png: Buffer,
  deps: SaveScreenshotDeps,
): Promise<SaveScreenshotResult> {
  const options = {
    title: deps.strings.saveScreenshotTitle,
    buttonLabel: deps.strings.saveScreenshotButton,
    defaultPath: join(deps.defaultDir, screenshotFileName(deps.now())),
    filters: [{ name: deps.strings.pngFilterName, extensions: ['png'] }],
  };
  const choice = parent
    ? await deps.dialog.showSaveDialog(parent, options)
    : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  const path = withPngExtension(choice.filePath);
  await deps.writeFile(path, png);
  return { saved: true, path };
}
