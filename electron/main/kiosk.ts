// Kiosk lockdown of the shell: the display kept awake, and the keyboard and zoom policy of the
// kiosk window. Decisions are pure; the attach functions take Electron objects as arguments.
import type { Input, PowerSaveBlocker, WebContents } from 'electron';
import type { Mode } from '../shared/launchOptions';

/** Returns the blocker id to release later, or null when nothing was started. */
export function keepDisplayAwake(powerSaveBlocker: PowerSaveBlocker, mode: Mode): number | null {
  if (mode !== 'kiosk') return null;
  return powerSaveBlocker.start('prevent-display-sleep');
}

export function releaseDisplay(powerSaveBlocker: PowerSaveBlocker, id: number | null): void {
  if (id !== null && powerSaveBlocker.isStarted(id)) powerSaveBlocker.stop(id);
}

export type KioskKey = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt'>;

/** Keys a browser gives meaning of its own (reload, back, home, search ...). */
const BROWSER_KEY = /^(Browser|Launch|Zoom)/;
const FUNCTION_KEY = /^F\d{1,2}$/;
/** Alt combinations that navigate or close: Alt+←/→ (back/forward), Alt+Home, Alt+F4. */
const ALT_BLOCKED = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'F4']);

/**
 * In kiosk, what a keyboard left at the kiosk (or a barcode scanner, or a visitor's Bluetooth
 * keyboard) may do: the app's own keys (Space, arrows, letters, Enter, Escape, digits for the
 * PIN) pass; reload (F5, Ctrl+R), zoom (Ctrl+plus/minus/0), developer tools (F12, Ctrl+Shift+I),
 * print, save, open, find, close, new window, full-screen toggle (F11) and history keys are
 * swallowed. Every Ctrl/Cmd combination is blocked: a visitor needs none.
 */
export function decideKioskInput(input: KioskKey): 'allow' | 'block' {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return 'allow';
  if (input.control || input.meta) return 'block';
  if (FUNCTION_KEY.test(input.key) || BROWSER_KEY.test(input.key)) return 'block';
  if (input.alt && ALT_BLOCKED.has(input.key)) return 'block';
  return 'allow';
}

/** Attaches the kiosk keyboard and zoom policy to the kiosk window's contents. */
export function lockDownKioskContents(contents: WebContents): void {
  contents.on('before-input-event', (event, input) => {
    if (decideKioskInput(input) === 'block') event.preventDefault();
  });
  // Pinch-zoom on a touch screen, and Ctrl+wheel, stay at 100 %.
  contents.on('did-finish-load', () => {
    contents.setVisualZoomLevelLimits(1, 1).catch(() => {});
  });
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
}
