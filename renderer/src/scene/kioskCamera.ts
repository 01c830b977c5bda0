import type { CameraLimits } from './cameraLimits';

/**
 * Kiosk camera: no panning (the orbit stays on the step's target, so the body cannot be lost),
 * no closer than 300 mm (the liver is about 200 mm across, so the camera stays outside it; the
 * nearest step view is 365 mm), no further than 1600 mm (the overview is 1500 mm), and no view
 * from straight above or below. Every step's own view lies inside these limits.
 */
export const KIOSK_CAMERA_LIMITS: CameraLimits = {
  minDistance: 300,
  maxDistance: 1600,
  minPolarAngle: Math.PI * 0.2,
  maxPolarAngle: Math.PI * 0.75,
  enablePan: false,
};
