import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/ipc';
import { createIpcHandlers, type IpcDeps, printDestination } from '../../../electron/main/ipc';
import { handoutFileName, pdfPageSize, saveHandoutPdf } from '../../../electron/main/print';
import type { RendererTarget } from '../../../electron/main/rendererTarget';
import type { Mode } from '../../../electron/shared/launchOptions';

const target: RendererTarget = {
  kind: 'app',
  root: '/opt/hepatic/out/renderer',
  url: 'app://hepatic/index.html',
};
const appUrl = 'app://hepatic/index.html';
const eventFrom = (url: string) =>
  ({ senderFrame: { url, parent: null }, sender: {} }) as unknown as IpcMainInvokeEvent;

function setup(mode: Mode = 'standard') {
  const deps = {
    target,
    launchOptions: () => ({ mode, fullscreen: false, idleSeconds: 90, configWarnings: [] }),
    saveScreenshot: vi.fn(async () => ({ saved: true })),
    printHandout: vi.fn(async () => ({ ok: true })),
    saveHandoutPdf: vi.fn(async () => ({ ok: true, path: '/home/me/handout.pdf' })),
    operatorExit: vi.fn(() => ({ outcome: 'wrong' as const, retryInS: 0 })),
    openAudienceWindow: vi.fn(async () => ({ ok: true, secondDisplay: false })),
    rememberLanguage: vi.fn(async () => {}),
  } satisfies IpcDeps;
  return { deps, print: createIpcHandlers(deps)[IPC_CHANNELS.printHandout] };
}

describe('printing the handout or saving it as PDF', () => {
  it('reads the one optional argument strictly', () => {
    expect(printDestination(undefined)).toBe('printer');
    expect(printDestination({ destination: 'pdf' })).toBe('pdf');
    expect(printDestination({ destination: 'printer' })).toBe('printer');
    expect(printDestination({ destination: 'pdf', path: '/etc/passwd' })).toBeNull();
    expect(printDestination('pdf')).toBeNull();
    expect(printDestination({ destination: 'fax' })).toBeNull();
  });

  it('routes to the print dialog or to PDF, for the app page only', async () => {
    const { deps, print } = setup();
    await expect(print(eventFrom(appUrl))).resolves.toEqual({ ok: true });
    expect(deps.printHandout).toHaveBeenCalledTimes(1);
    await expect(print(eventFrom(appUrl), { destination: 'pdf' })).resolves.toEqual({
      ok: true,
      path: '/home/me/handout.pdf',
    });
    expect(deps.saveHandoutPdf).toHaveBeenCalledTimes(1);
    await expect(print(eventFrom(appUrl), { destination: 'pdf', extra: 1 })).rejects.toThrow(/expected/);
    await expect(print(eventFrom('https://example.com/'), { destination: 'pdf' })).rejects.toThrow(/refused/);
    expect(deps.saveHandoutPdf).toHaveBeenCalledTimes(1);
  });

  it('kiosk gets neither', async () => {
    const { deps, print } = setup('kiosk');
    await expect(print(eventFrom(appUrl), { destination: 'pdf' })).resolves.toEqual({ ok: false });
    expect(deps.saveHandoutPdf).not.toHaveBeenCalled();
  });

  it('renders the page to PDF and writes it only where the clinician chose', async () => {
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.4'));
    const writeFile = vi.fn(async () => {});
    const strings = { saveHandoutTitle: 'Save', saveScreenshotButton: 'Save', pdfFilterName: 'PDF' };
    const deps = (filePath: string | undefined) => ({
      dialog: {
        showSaveDialog: vi.fn(async () => ({ canceled: filePath === undefined, filePath: filePath ?? '' })),
      },
      writeFile,
      defaultDir: '/home/me/Documents',
      pageSize: 'A4' as const,
      strings,
      now: () => new Date(2026, 2, 7),
    });
    await expect(saveHandoutPdf({ printToPDF } as never, null, deps(undefined) as never)).resolves.toEqual({
      ok: false,
    });
    expect(writeFile).not.toHaveBeenCalled();
    await expect(saveHandoutPdf({ printToPDF } as never, null, deps('/tmp/sheet') as never)).resolves.toEqual(
      {
        ok: true,
        path: '/tmp/sheet.pdf',
      },
    );
    expect(writeFile).toHaveBeenCalledWith('/tmp/sheet.pdf', expect.any(Buffer));
    expect(printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4' });
  });

  it('chooses Letter where it is the usual paper and A4 elsewhere', () => {
    expect(pdfPageSize('US')).toBe('Letter');
    expect(pdfPageSize('ca')).toBe('Letter');
    expect(pdfPageSize('GB')).toBe('A4');
    expect(pdfPageSize('')).toBe('A4');
    expect(handoutFileName(new Date(2026, 2, 7))).toBe('hepatic-perfusion-handout-2026-03-07.pdf');
  });
});
