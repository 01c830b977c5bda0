import { create } from 'zustand';

/** Where the camera looks from, in the patient's terms (x to the patient's left, y up, z to the front). */
export type ViewSide = 'front' | 'back' | 'right' | 'left' | 'above' | 'below';

/**
 * The side a viewing direction (where the camera looks, unit vector) shows. The front view is the
 * one a person expects (the patient facing them, so the patient's right on the left of the
 * picture); every other one needs saying.
 */
export function viewSideOf(dx: number, dy: number, dz: number): ViewSide {
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  const az = Math.abs(dz);
  if (az >= ax && az >= ay) return dz < 0 ? 'front' : 'back';
  if (ax >= ay) return dx > 0 ? 'right' : 'left';
  return dy < 0 ? 'above' : 'below';
}

/** Written only when the side changes (a few times per orbit), read by the orientation cue. */
export const useViewSide = create<{ side: ViewSide }>(() => ({ side: 'front' }));
