import { Box3, type PerspectiveCamera, Vector3 } from 'three';
import { boxCorner, type CameraFit, fitCamera } from '../explore/cameraFit';
import { subjectBounds } from '../explore/subjectBounds';
import type { Procedure } from '../procedure/schema';
import type { Frame } from '../runtime';

/** Each step's subject box, built once per procedure object (null where a step names no subject). */
const boxesByProcedure = new WeakMap<Procedure, (Box3 | null)[]>();

export function subjectBoxes(procedure: Procedure): (Box3 | null)[] {
  let boxes = boxesByProcedure.get(procedure);
  if (!boxes) {
    boxes = procedure.steps.map((step) => subjectBounds(procedure, step, undefined, new Box3()));
    boxesByProcedure.set(procedure, boxes);
  }
  return boxes;
}

const direction = new Vector3();
const fit: CameraFit = { position: new Vector3(), target: new Vector3() };

/**
 * The camera's goal for a step: its bookmark's viewing direction, moved and distanced so the
 * step's subject fills the clear part of the view (above the caption band). A step without a
 * subject keeps its bookmark as written. False when the step has no bookmark.
 */
export function stepCameraGoal(
  procedure: Procedure,
  stepIndex: number,
  camera: PerspectiveCamera,
  bottomBand: number,
  limits: { minDistance: number; maxDistance: number },
  outPosition: Vector3,
  outTarget: Vector3,
): boolean {
  const step = procedure.steps[stepIndex];
  const bookmark = step ? procedure.cameras[step.camera] : undefined;
  if (!step || !bookmark) return false;
  outPosition.fromArray(bookmark.position);
  outTarget.fromArray(bookmark.target);
  const box = subjectBoxes(procedure)[stepIndex];
  if (!box) return true;
  direction.copy(outPosition).sub(outTarget);
  fitCamera(
    box,
    direction,
    {
      aspect: camera.aspect,
      fovDeg: camera.fov,
      bottomBand,
      minDistanceMm: limits.minDistance,
      maxDistanceMm: limits.maxDistance,
    },
    fit,
  );
  outPosition.copy(fit.position);
  outTarget.copy(fit.target);
  return true;
}

const corner = new Vector3();

/** Projects a step's subject box onto the canvas (CSS px) into `frame.camera.subject`, for the test probe. */
export function recordSubjectOnScreen(
  frame: Frame,
  box: Box3 | null | undefined,
  camera: PerspectiveCamera,
  widthPx: number,
  heightPx: number,
): void {
  const out = frame.camera.subject;
  out.valid = false;
  if (!box) return;
  camera.updateMatrixWorld();
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < 8; i++) {
    boxCorner(box, i, corner).project(camera);
    const x = ((corner.x + 1) / 2) * widthPx;
    const y = ((1 - corner.y) / 2) * heightPx;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  out.left = left;
  out.right = right;
  out.top = top;
  out.bottom = bottom;
  out.valid = true;
}
