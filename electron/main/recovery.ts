// Wires CrashGuard to a window: reload on crash or hang, the error page when giving up.
import type { BrowserWindow } from 'electron';
import { CrashGuard, type CrashPolicy } from './crashPolicy';

export function attachCrashRecovery(
  win: BrowserWindow,
  errorPageUrl: string,
  policy?: CrashPolicy,
  now: () => number = Date.now,
): CrashGuard {
  const guard = new CrashGuard(policy);
  const contents = win.webContents;
  const giveUp = () => {
    console.error('Renderer keeps failing; showing the error page and no longer reloading');
    contents.loadURL(errorPageUrl).catch((error: unknown) => console.error('Error page failed:', error));
  };

  contents.on('render-process-gone', (_event, details) => {
    if (win.isDestroyed()) return;
    const action = guard.onGone(details.reason, now());
    console.error(`Renderer gone (${details.reason}, exit code ${details.exitCode}) → ${action}`);
    if (action === 'reload') contents.reload();
    else if (action === 'give-up') giveUp();
  });

  win.on('unresponsive', () => {
    if (win.isDestroyed()) return;
    const action = guard.onUnresponsive(now());
    console.error(`Renderer unresponsive → ${action}`);
    if (action === 'reload') {
      // A hung renderer cannot run a reload itself: end it first (Electron's documented recipe).
      contents.forcefullyCrashRenderer();
      contents.reload();
    } else if (action === 'give-up') {
      contents.forcefullyCrashRenderer();
      giveUp();
    }
  });
  return guard;
}
