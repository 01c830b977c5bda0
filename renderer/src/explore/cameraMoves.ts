import { Spherical, Vector3 } from 'three';

/** Camera moves from the keyboard: turn (orbit) around the target, zoom toward it, move (pan) across. */
export const CAMERA_MOVES = [
  'orbitLeft',
  'orbitRight',
  'orbitUp',
  'orbitDown',
  'zoomIn',
  'zoomOut',
  'panLeft',
  'panRight',
  'panUp',
  'panDown',
] as const;
export type CameraMove = (typeof CAMERA_MOVES)[number];

/** Degrees one key press turns the view. */
export const ORBIT_STEP_DEG = 10;
/** How much one key press brings the camera closer (or farther): distance × or ÷ this. */
export const ZOOM_STEP = 1.2;
/** Share of the viewing distance one key press moves the view across. */
export const PAN_STEP = 0.08;

/** How far the camera may go: distances from the target in mm, polar angles in radians. */
export interface MoveLimits {
  minDistance: number;
  maxDistance: number;
  minPolarAngle: number;
  maxPolarAngle: number;
  enablePan: boolean;
}

const offset = new Vector3();
const spherical = new Spherical();
const right = new Vector3();
const up = new Vector3();
const WORLD_UP = new Vector3(0, 1, 0);

/**
 * Applies one move (the camera goes the way the arrow points) to a camera `position` looking at `target` (both changed in place), within the
 * limits, as the mouse's orbit controls would: y is up. One step per key press, with no glide, so
 * it is the same with or without reduced motion.
 */
export function applyCameraMove(
  position: Vector3,
  target: Vector3,
  move: CameraMove,
  limits: MoveLimits,
): void {
  offset.copy(position).sub(target);
  spherical.setFromVector3(offset);
  const step = (ORBIT_STEP_DEG * Math.PI) / 180;
  switch (move) {
    case 'orbitLeft':
      spherical.theta -= step;
      break;
    case 'orbitRight':
      spherical.theta += step;
      break;
    case 'orbitUp':
      spherical.phi -= step;
      break;
    case 'orbitDown':
      spherical.phi += step;
      break;
    case 'zoomIn':
      spherical.radius /= ZOOM_STEP;
      break;
    case 'zoomOut':
      spherical.radius *= ZOOM_STEP;
      break;
    default: {
      if (!limits.enablePan) return;
      // Across the screen: right is up × (camera − target); screen-up is (camera − target) × right.
      right.crossVectors(WORLD_UP, offset).normalize();
      up.crossVectors(offset, right).normalize();
      const distance = spherical.radius * PAN_STEP;
      const sign = move === 'panLeft' || move === 'panDown' ? -1 : 1;
      const axis = move === 'panLeft' || move === 'panRight' ? right : up;
      position.addScaledVector(axis, sign * distance);
      target.addScaledVector(axis, sign * distance);
      return;
    }
  }
  spherical.phi = Math.min(limits.maxPolarAngle, Math.max(limits.minPolarAngle, spherical.phi));
  spherical.makeSafe();
  spherical.radius = Math.min(limits.maxDistance, Math.max(limits.minDistance, spherical.radius));
  position.copy(target).add(offset.setFromSpherical(spherical));
}
