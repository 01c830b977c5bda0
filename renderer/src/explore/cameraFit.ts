import { type Box3, Vector3 } from 'three';

/** The part of the view a subject may use, as fractions of the view's height and width. */
export interface FitView {
  /** Width over height of the view. */
  aspect: number;
  /** Vertical field of view, degrees. */
  fovDeg: number;
  /** Share of the view's height at the bottom covered by the caption, 0..0.6. */
  bottomBand: number;
  /** Share of the view kept clear around the subject on every side (NDC units / 2), default 0.06. */
  margin?: number;
  /** The camera stays at least this far from its orbit target (the rig's limits), mm. */
  minDistanceMm?: number;
  /**
   * And at most this far (the rig's limits), mm: a goal the orbit controls would pull in again
   * could never be reached. A subject too big for it is then cropped, not chased.
   */
  maxDistanceMm?: number;
}

export interface CameraFit {
  position: Vector3;
  target: Vector3;
}

const UP = new Vector3(0, 1, 0);
const forward = new Vector3();
const right = new Vector3();
const up = new Vector3();
const corner = new Vector3();
const centre = new Vector3();

function basis(direction: Vector3): void {
  // `direction` points from the subject toward the camera; the camera looks the other way.
  forward.copy(direction).normalize().negate();
  right.crossVectors(forward, UP);
  if (right.lengthSq() < 1e-8) right.set(1, 0, 0);
  right.normalize();
  up.crossVectors(right, forward).normalize();
}

function cornerOf(box: Box3, i: number, out: Vector3): Vector3 {
  return out.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z);
}

/**
 * Where to put a perspective camera that looks along `direction` (from the subject toward the
 * camera) so that the whole box lies inside the view, inside a margin, and above the caption
 * band at the bottom. The camera keeps its direction and moves sideways and back as little as
 * needed: each corner gives linear limits on the camera's offset, and the nearest distance that
 * meets them all is exact (no iteration). The target is the point the camera looks at, at the
 * depth of the box's centre (or further, to keep `minDistanceMm`).
 */
export function fitCamera(box: Box3, direction: Vector3, view: FitView, out?: CameraFit): CameraFit {
  const result = out ?? { position: new Vector3(), target: new Vector3() };
  basis(direction);
  const margin = view.margin ?? 0.06;
  const band = Math.min(0.6, Math.max(0, view.bottomBand));
  const ty = Math.tan((view.fovDeg * Math.PI) / 360);
  const tx = ty * view.aspect;
  // Allowed |x/z| to each side, and y/z toward the top and bottom (the caption band raises the bottom).
  const kx = tx * (1 - margin);
  const kTop = ty * (1 - margin);
  const kBottom = ty * (1 - 2 * band - margin);
  box.getCenter(centre);
  // Corner coordinates relative to the centre in the camera's frame: (x, y) across, z in depth.
  let xRight = Number.NEGATIVE_INFINITY;
  let xLeft = Number.NEGATIVE_INFINITY;
  let yTop = Number.NEGATIVE_INFINITY;
  let yBottom = Number.NEGATIVE_INFINITY;
  let nearest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 8; i++) {
    cornerOf(box, i, corner).sub(centre);
    const x = corner.dot(right);
    const y = corner.dot(up);
    const z = corner.dot(forward);
    xRight = Math.max(xRight, x - kx * z);
    xLeft = Math.max(xLeft, -x - kx * z);
    yTop = Math.max(yTop, y - kTop * z);
    yBottom = Math.max(yBottom, -y - kBottom * z);
    nearest = Math.min(nearest, z);
  }
  // Camera at centre + a·right + b·up − D·forward. A corner is inside when
  // x − a ≤ kx (z + D) and −(x − a) ≤ kx (z + D), and likewise for y with kTop / kBottom.
  const dX = (xRight + xLeft) / (2 * kx);
  const dY = (yTop + yBottom) / (kTop + kBottom);
  let distance = Math.max(dX, dY, 10 - nearest);
  const a = (xRight - xLeft) / 2;
  // With D fixed, b may be anything in [yTop' , −yBottom'] shifted by D; take the middle.
  const bLow = yTop - kTop * distance;
  const bHigh = -yBottom + kBottom * distance;
  const b = (bLow + bHigh) / 2;
  let depth = distance;
  const minDistance = view.minDistanceMm ?? 0;
  if (depth < minDistance) {
    // Step back along the view: the picture shrinks toward its centre, which lies in the clear area.
    distance += minDistance - depth;
    depth = minDistance;
  }
  const maxDistance = view.maxDistanceMm ?? Number.POSITIVE_INFINITY;
  if (depth > maxDistance) {
    distance -= depth - maxDistance;
    depth = maxDistance;
  }
  result.position
    .copy(centre)
    .addScaledVector(right, a)
    .addScaledVector(up, b)
    .addScaledVector(forward, -distance);
  result.target.copy(result.position).addScaledVector(forward, depth);
  return result;
}

/** Where a world point lands in normalised device coordinates (−1…1, y up) for a camera pose. */
export function projectToView(
  point: Vector3,
  position: Vector3,
  target: Vector3,
  view: Pick<FitView, 'aspect' | 'fovDeg'>,
  out: { x: number; y: number; depth: number },
): { x: number; y: number; depth: number } {
  basis(centre.copy(position).sub(target));
  corner.copy(point).sub(position);
  const z = corner.dot(forward);
  const ty = Math.tan((view.fovDeg * Math.PI) / 360);
  out.x = corner.dot(right) / (z * ty * view.aspect);
  out.y = corner.dot(up) / (z * ty);
  out.depth = z;
  return out;
}

export { cornerOf as boxCorner };
