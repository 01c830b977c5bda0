import { frame } from '../runtime';
import { useAppStore } from '../store/appStore';

/**
 * Whether the picture changes from frame to frame: the procedure plays or the camera is still
 * gliding. Read each frame (no subscription): it decides whether to draw another frame, whether
 * to adapt the resolution, and whether to smooth edges.
 */
export function pictureMoving(): boolean {
  return useAppStore.getState().playing || !frame.camera.settled;
}
