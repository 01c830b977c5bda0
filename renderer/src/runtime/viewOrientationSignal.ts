import type { ViewOrientation } from '../explore/viewOrientation';

/**
 * The view's orientation as a tiny external store: the camera rig writes it in its frame loop,
 * and listeners (the orientation cue) hear only when the side changes, never every frame.
 */
let current: ViewOrientation = { side: 'front', patientRightOnScreen: 'left' };
const listeners = new Set<() => void>();

export function publishViewOrientation(next: ViewOrientation): void {
  if (next.side === current.side && next.patientRightOnScreen === current.patientRightOnScreen) return;
  current = { side: next.side, patientRightOnScreen: next.patientRightOnScreen };
  for (const listener of listeners) listener();
}

export function readViewOrientation(): ViewOrientation {
  return current;
}

export function subscribeViewOrientation(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
