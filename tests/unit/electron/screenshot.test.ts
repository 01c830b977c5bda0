import { join } from 'node:path';
import type { BaseWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  decodePngDataUrl,
  MAX_SCREENSHOT_BYTES,
  type SaveScreenshotDeps,
  saveScreenshot,
  screenshotFileName,
  withPngExtension,
} from '../../../electron/main/screenshot';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngUrl = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;

describe('decodePngDataUrl', () => {
  it('returns the bytes of a PNG data URL', () => {
    const bytes = Buffer.concat([SIGNATURE, Buffer.from('rest of the file')]);
    expect(decodePngDataUrl(pngUrl(bytes))?.equals(bytes)).toBe(true);
  });

  it.each([
    ['not a string', 12],
    ['another image type', 'data:image/jpeg;base64,/9j/4AAQ'],
    ['no payload', 'data:image/png;base64,'],
    ['not base64', 'data:image/png;base64,iVBORw0K GgoA'],
    ['bad padding', 'data:image/png;base64,iVBORw0KGgo'],
    ['not a PNG inside', pngUrl(Buffer.from('GIF89a and more bytes'))],
    ['a remote URL', 'https://example.com/x.png'],
  ])('refuses %s', (_label, value) => {
    expect(decodePngDataUrl(value)).toBeNull();
  });

  it('refuses payloads over the size limit before decoding', () => {
    const huge = `data:image/png;base64,${'A'.repeat(Math.ceil(MAX_SCREENSHOT_BYTES / 3) * 4 + 4)}`;
    expect(decodePngDataUrl(huge)).toBeNull();
  });
});

describe('file names', () => {
  it('stamps local date and time', () => {
    expect(screenshotFileName(new Date(2025, 2, 7, 14, 5, 9))).toBe(
      'hepatic-perfusion-2025-03-07-140509.png',
    );
  });

  it('adds .png when the person typed a name without it', () => {
    expect(withPngExtension('/tmp/liver')).toBe('/tmp/liver.png');
    expect(withPngExtension('/tmp/liver.PNG')).toBe('/tmp/liver.PNG');
  });
});

describe('saveScreenshot', () => {
  const png = Buffer.concat([SIGNATURE, Buffer.from('x')]);
  const deps = (choice: { canceled: boolean; filePath: string }) => {
    const d = {
      dialog: { showSaveDialog: vi.fn(async () => choice) },
      writeFile: vi.fn(async () => {}),
      defaultDir: '/home/me/Pictures',
      strings: {
        saveScreenshotTitle: 'Save screenshot',
        saveScreenshotButton: 'Save',
        pngFilterName: 'PNG image',
      },
      now: () => new Date(2025, 0, 2, 3, 4, 5),
    };
    return d as typeof d & SaveScreenshotDeps;
  };

  it('asks where to save, then writes the bytes there', async () => {
    const d = deps({ canceled: false, filePath: '/home/me/Desktop/liver' });
    const parent = {} as BaseWindow;
    await expect(saveScreenshot(parent, png, d)).resolves.toEqual({
      saved: true,
      path: '/home/me/Desktop/liver.png',
    });
    expect(d.dialog.showSaveDialog).toHaveBeenCalledWith(parent, {
      title: 'Save screenshot',
      buttonLabel: 'Save',
      defaultPath: join('/home/me/Pictures', 'hepatic-perfusion-2025-01-02-030405.png'),
      filters: [{ name: 'PNG image', extensions: ['png'] }],
    });
    expect(d.writeFile).toHaveBeenCalledWith('/home/me/Desktop/liver.png', png);
  });

  it('writes nothing when the person cancels', async () => {
    const d = deps({ canceled: true, filePath: '' });
    await expect(saveScreenshot(null, png, d)).resolves.toEqual({ saved: false });
    expect(d.writeFile).not.toHaveBeenCalled();
  });
});
