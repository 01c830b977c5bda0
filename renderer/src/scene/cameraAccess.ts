// A small door to the live camera for code outside the scene (the classroom link): read where it
// is, or put it somewhere. CameraRig registers itself here; nothing else in the scene changes.
import type { Camera, Vector3 } from 'three';

export interface CameraPoseValue {
  position: [number, number, number];
  target: [number, number, number];
}

interface CameraHandle {
  camera: Camera;
  controls: () => { target: Vector3; update(): void } | null;
  invalidate: () => void;
}

let handle: CameraHandle | null = null;

/** Called by CameraRig on mount (and with null on unmount). */
export function registerCameraHandle(next: CameraHandle | null): void {
  handle = next;
}

/** Where the camera is and what it looks at, or null before the scene is up. */
export function readCameraPose(): CameraPoseValue | null {
  const controls = handle?.controls();
  if (!handle || !controls) return null;
  return { position: handle.camera.position.toArray(), target: controls.target.toArray() };
}

/** Puts the camera at a pose and asks for a frame; false before the scene is up. */
export function applyCameraPose(pose: CameraPoseValue): boolean {
  const controls = handle?.controls();
  if (!handle || !controls) return false;
  handle.camera.position.fromArray(pose.position);
  controls.target.fromArray(pose.target);
  controls.update();
  handle.invalidate();
  return true;
}
