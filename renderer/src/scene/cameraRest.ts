import { type PerspectiveCamera, Vector3 } from 'three';

/**
 * Closer than this (mm², squared) counts as the same pose: orbit controls recompute the camera's
 * position from its angles every frame, which can move it by rounding alone.
 */
const SAME_POSE_MM2 = 1e-8;

/** Everything the rig's work in a frame depends on. */
export interface RestInputs {
  following: boolean;
  procedure: object | null;
  stepIndex: number;
  camera: PerspectiveCamera | null;
  target: Vector3 | null;
  bottomBand: number;
  limits: object | null;
  width: number;
  height: number;
}

/**
 * The camera rig's memory of a pose it left the camera at, with everything its work that frame
 * depended on. While all of it still holds, the goal, the view's orientation and the subject's
 * place on screen are what they were, so the rig can skip a frame's work (and the garbage its
 * number crunching leaves every frame of a resting view). The rig fills `now` each frame (one
 * object, reused), then asks `holds()` and, after its work, `remember()`.
 */
export class CameraRest {
  readonly now: RestInputs = {
    following: false,
    procedure: null,
    stepIndex: -1,
    camera: null,
    target: null,
    bottomBand: 0,
    limits: null,
    width: 0,
    height: 0,
  };
  private valid = false;
  private following = false;
  private procedure: object | null = null;
  private stepIndex = -1;
  private aspect = 0;
  private fov = 0;
  private bottomBand = 0;
  private limits: object | null = null;
  private width = 0;
  private height = 0;
  private readonly position = new Vector3();
  private readonly target = new Vector3();

  /** Whether nothing in `now` has changed since `remember`. */
  holds(): boolean {
    const { camera, target } = this.now;
    return (
      this.valid &&
      camera !== null &&
      target !== null &&
      this.following === this.now.following &&
      this.procedure === this.now.procedure &&
      this.stepIndex === this.now.stepIndex &&
      this.aspect === camera.aspect &&
      this.fov === camera.fov &&
      this.bottomBand === this.now.bottomBand &&
      this.limits === this.now.limits &&
      this.width === this.now.width &&
      this.height === this.now.height &&
      this.position.distanceToSquared(camera.position) < SAME_POSE_MM2 &&
      this.target.distanceToSquared(target) < SAME_POSE_MM2
    );
  }

  /** Keeps `now` as the pose the camera rests at. */
  remember(): void {
    const { camera, target } = this.now;
    if (!camera || !target) {
      this.forget();
      return;
    }
    this.valid = true;
    this.following = this.now.following;
    this.procedure = this.now.procedure;
    this.stepIndex = this.now.stepIndex;
    this.aspect = camera.aspect;
    this.fov = camera.fov;
    this.bottomBand = this.now.bottomBand;
    this.limits = this.now.limits;
    this.width = this.now.width;
    this.height = this.now.height;
    this.position.copy(camera.position);
    this.target.copy(target);
  }

  forget(): void {
    this.valid = false;
    this.procedure = null;
    this.limits = null;
  }
}
