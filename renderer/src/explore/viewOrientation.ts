/**
 * Which side of the patient a view is from, for the orientation cue. Body frame: x to the
 * patient's left, y toward the head, z to the front. Pure; no three, no React.
 */
export type ViewSide = 'front' | 'back' | 'right' | 'left';

export interface ViewOrientation {
  side: ViewSide;
  /** Where the patient's right lies on the screen: on the left in a front view, as in an atlas. */
  patientRightOnScreen: 'left' | 'right';
}

/** Views within this angle (degrees) of straight in front count as front views: no cue. */
export const FRONT_CONE_DEG = 40;

/**
 * The side a camera looks from, given the direction from what it looks at to the camera
 * (dx, dz in the horizontal plane; height does not change the side).
 */
export function viewOrientation(
  dx: number,
  dz: number,
  out: ViewOrientation = { side: 'front', patientRightOnScreen: 'left' },
): ViewOrientation {
  const azimuthDeg = (Math.atan2(dx, dz) * 180) / Math.PI;
  const abs = Math.abs(azimuthDeg);
  let side: ViewSide;
  if (dx === 0 && dz === 0) side = 'front';
  else if (abs <= FRONT_CONE_DEG) side = 'front';
  else if (abs >= 180 - FRONT_CONE_DEG) side = 'back';
  else side = dx < 0 ? 'right' : 'left';
  // The screen's right axis is up × (toward the camera) = (dz, 0, −dx); the patient's right is −x.
  const rightOnScreen = -dz;
  out.side = side;
  out.patientRightOnScreen = rightOnScreen > 0 ? 'right' : 'left';
  return out;
}

/** The locale key of the cue for a side, or null for a front view (no cue). */
export function orientationKey(orientation: ViewOrientation): string | null {
  return orientation.side === 'front' ? null : `orientation.from.${orientation.side}`;
}
