/**
 * A free cut's direction as two angles a person can set with sliders: turn around the body's long
 * axis (0° faces the front) and tilt toward the head (+) or feet (−). Body frame: x to the
 * patient's left, y to the head, z to the front.
 */
export interface CutAngles {
  /** −180…180 degrees. */
  turnDeg: number;
  /** −90…90 degrees. */
  tiltDeg: number;
}

const RAD = Math.PI / 180;

export function normalFromAngles({ turnDeg, tiltDeg }: CutAngles): [number, number, number] {
  const tilt = tiltDeg * RAD;
  const turn = turnDeg * RAD;
  return [Math.cos(tilt) * Math.sin(turn), Math.sin(tilt), Math.cos(tilt) * Math.cos(turn)];
}

/** The angles of a (not necessarily unit) normal, rounded to whole degrees for the sliders. */
export function anglesFromNormal(normal: readonly [number, number, number]): CutAngles {
  const [x, y, z] = normal;
  const length = Math.hypot(x, y, z) || 1;
  const tiltDeg = Math.round(Math.asin(Math.min(1, Math.max(-1, y / length))) / RAD);
  const turnDeg = Math.round(Math.atan2(x, z) / RAD);
  return { turnDeg, tiltDeg };
}
