/** How far a person may move the camera: distances from the orbit target in mm, polar angles in radians. */
export interface CameraLimits {
  minDistance: number;
  maxDistance: number;
  minPolarAngle: number;
  maxPolarAngle: number;
  enablePan: boolean;
}

export const DEFAULT_CAMERA_LIMITS: CameraLimits = {
  minDistance: 120,
  maxDistance: 2200,
  minPolarAngle: 0,
  maxPolarAngle: Math.PI * 0.95,
  enablePan: true,
};
