/** How far a person may move the camera: distances from the orbit target in mm, polar angles in radians. */
export interface CameraLimits {
  minDistance: number;
  maxDistance: number;
  minPolarAngle: number;
  maxPolarAngle: number;
  enablePan: boolean;
}

/** Far enough out for a tall, narrow view (a portrait screen beside the side panel) to frame a wide subject. */
export const DEFAULT_CAMERA_LIMITS: CameraLimits = {
  minDistance: 120,
  maxDistance: 2600,
  minPolarAngle: 0,
  maxPolarAngle: Math.PI * 0.95,
  enablePan: true,
};
