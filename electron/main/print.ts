// Printing the handout: the system print dialog for the current page (the renderer's
// print stylesheet decides what a handout looks like).
import { join } from 'node:path';
import type { BaseWindow, Dialog, WebContents } from 'electron';
import type { PrintHandoutResult } from '../ipc';
import type { MainStrings } from './strings';

export function printHandout(contents: Pick<WebContents, 'print'>): Promise<PrintHandoutResult> {
  return new Promise((resolve) => {
    contents.print({ printBackground: true }, (success, failureReason) => {
      // A cancelled dialog is reported as a failure too; it is not an error worth logging.
      if (!success && failureReason && failureReason !== 'Print job canceled') {
        console.warn(`Printing failed: ${failureReason}`);
      }
      resolve({ ok: success });
    });
  });
}

/** US Letter where it is the usual paper (the Americas that use it), A4 everywhere else. */
export function pdfPageSize(countryCode: string): 'Letter' | 'A4' {
  return ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR'].includes(countryCode.toUpperCase())
    ? 'Letter'
    : 'A4';
}

/** e.g. hepatic-perfusion-handout-2025-03-07.pdf, in local time. */
export function handoutFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `hepatic-perfusion-handout-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.pdf`;
}

export interface SaveHandoutPdfDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  writeFile: (path: string, data: Buffer) => Promise<void>;
  /** Folder the dialog opens in, e.g. app.getPath('documents'). */
  defaultDir: string;
  pageSize: 'Letter' | 'A4';
  strings: Pick<MainStrings, 'saveHandoutTitle' | 'saveScreenshotButton' | 'pdfFilterName'>;
  now: () => Date;
}

/**
 * The handout as PDF: the page rendered by its print stylesheet, then saved where the clinician
 * chooses (nothing is written unless they do).
 */
export async function saveHandoutPdf(
  contents: Pick<WebContents, 'printToPDF'>,
  parent: BaseWindow | null,
  deps: SaveHandoutPdfDeps,
): Promise<PrintHandoutResult> {
  const pdf = await contents.printToPDF({ printBackground: true, pageSize: deps.pageSize });
  const options = {
    title: deps.strings.saveHandoutTitle,
    buttonLabel: deps.strings.saveScreenshotButton,
    defaultPath: join(deps.defaultDir, handoutFileName(deps.now())),
    filters: [{ name: deps.strings.pdfFilterName, extensions: ['pdf'] }],
  };
  const choice = parent
    ? await deps.dialog.showSaveDialog(parent, options)
    : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: false };
  const path = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
  await deps.writeFile(path, Buffer.from(pdf));
  return { ok: true, path };
}
