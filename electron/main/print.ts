// Printing the handout: the system print dialog for the current page (the renderer's
// print stylesheet decides what a handout looks like).
import type { WebContents } from 'electron';
import type { PrintHandoutResult } from '../ipc';

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
