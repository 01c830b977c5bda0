import { type PerspectiveCamera, Vector3 } from 'three';

/**
 * Closer than this (mm², squared) counts as the same pose: orbit controls recompute the camera's
 * position from its angles every frame, which can move it by rounding alone.
 */
const SAME_POSE_MM2 = 1e-8;

/**
 * The camera rig's memory of a pose it left the camera at, with everything its work that frame
 * depended on. While all of it still holds, the goal, the view's orientation and the subject's
 * place on screen are what they were, so the rig can skip a frame's work (and the garbage its
 * number crunching leaves every frame of a resting view).
 */
export class CameraRest {
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

  /** Whether nothing has changed since `remember` with the same arguments. */
  holds(
    following: boolean,
    procedure: object,
    stepIndex: number,
    camera: PerspectiveCamera,
    target: Vector3,
    bottomBand: number,
    limits: object,
    width: number,
    height: number,
  ): boolean {
    return (
      this.valid &&
      this.following === following &&
      this.procedure === procedure &&
      this.stepIndex === stepIndex &&
      this.aspect === camera.aspect &&
      this.fov === camera.fov &&
      this.bottomBand === bottomBand &&
      this.limits === limits &&
      this.width === width &&
      this.height === height &&
      this.position.distanceToSquared(camera.position) < SAME_POSE_MM2 &&
      this.target.distanceToSquared(target) < SAME_POSE_MM2
    );
  }

  remember(
    following: boolean,
    procedure: object,
    stepIndex: number,
    camera: PerspectiveCamera,
    target: Vector3,
    bottomBand: number,
    limits: object,
    width: number,
    height: number,
  ): void {
    this.valid = true;
    this.following = following;
    this.procedure = procedure;
    this.stepIndex = stepIndex;
    this.aspect = camera.aspect;
    this.fov = camera.fov;
    this.bottomBand = bottomBand;
    this.limits = limits;
    this.width = width;
    this.height = height;
    this.position.copy(camera.position);
    this.target.copy(target);
  }

  forget(): void {
    this.valid = false;
    this.procedure = null;
    this.limits = null;
  }
}
