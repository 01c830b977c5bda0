// Kiosk, for now: keep the display awake so the explainer never blanks in a waiting room.
// (Idle reset, attract loop and the rest of kiosk behaviour come later.)
import type { PowerSaveBlocker } from 'electron';
import type { Mode } from '../shared/launchOptions';

/** Returns the blocker id to release later, or null when nothing was started. */
export function keepDisplayAwake(powerSaveBlocker: PowerSaveBlocker, mode: Mode): number | null {
  if (mode !== 'kiosk') return null;
  return powerSaveBlocker.start('prevent-display-sleep');
}

export function releaseDisplay(powerSaveBlocker: PowerSaveBlocker, id: number | null): void {
  if (id !== null && powerSaveBlocker.isStarted(id)) powerSaveBlocker.stop(id);
}
