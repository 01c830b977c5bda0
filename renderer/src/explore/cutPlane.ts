import { Plane, Vector3 } from 'three';

export type CutAxis = 'axial' | 'coronal' | 'sagittal' | 'free';

export interface Cut {
  /** Which plane; null when nothing is cut. */
  axis: CutAxis | null;
  /** Distance of the plane from the liver's centre along its normal, mm. */
  offsetMm: number;
  /** Normal of a free plane (body frame: x left→right of the patient's left, y up, z front). */
  normal: readonly [number, number, number];
}

/**
 * Normals of the named planes in the body frame (y toward the head, z toward the front). Each
 * points at the part that is kept, so an axial cut keeps the lower liver and looks down into it, a
 * coronal cut keeps the back half, a sagittal cut keeps the patient's left.
 */
const AXIS_NORMALS: Record<Exclude<CutAxis, 'free'>, readonly [number, number, number]> = {
  axial: [0, -1, 0],
  coronal: [0, 0, -1],
  sagittal: [1, 0, 0],
};

const scratch = new Vector3();

/**
 * The clipping plane for a cut through `centre`: three keeps what lies on the normal's side
 * (distance ≥ 0) and clips the rest. Returns null when there is no cut or the free normal is zero.
 */
export function cutPlane(cut: Cut, centre: Vector3, out: Plane = new Plane()): Plane | null {
  if (cut.axis === null) return null;
  const normal = cut.axis === 'free' ? cut.normal : AXIS_NORMALS[cut.axis];
  scratch.set(normal[0], normal[1], normal[2]);
  if (scratch.lengthSq() < 1e-12) return null;
  scratch.normalize();
  // Plane: n·p + c = 0 through centre shifted by offset along n; the kept side is n·p + c ≥ 0.
  out.normal.copy(scratch);
  out.constant = -scratch.dot(centre) + cut.offsetMm;
  return out;
}

/** The next axis when cycling with the keyboard: none → axial → coronal → sagittal → none. */
export function nextCutAxis(axis: CutAxis | null): CutAxis | null {
  if (axis === null) return 'axial';
  if (axis === 'axial') return 'coronal';
  if (axis === 'coronal') return 'sagittal';
  return null;
}
