import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { type ComponentRef, useEffect, useRef, useState } from 'react';
import { type PerspectiveCamera, Vector3 } from 'three';
import { applyCameraMove } from '../explore/cameraMoves';
import { type ViewOrientation, viewOrientation } from '../explore/viewOrientation';
import { frame, onViewInsetsChange, viewInsets } from '../runtime';
import { publishViewOrientation } from '../runtime/viewOrientationSignal';
import { currentProcedure, useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import { registerCameraHandle } from './cameraAccess';
import { type CameraLimits, DEFAULT_CAMERA_LIMITS } from './cameraLimits';
import { dampTowards, motionReduced, SETTLED_MM } from './cameraMotion';
import { CameraRest } from './cameraRest';

export { type CameraLimits, DEFAULT_CAMERA_LIMITS } from './cameraLimits';

import { recordSubjectOnScreen, stepCameraGoal, subjectBoxes } from './stepFraming';

const goalPosition = new Vector3();
const goalTarget = new Vector3();
const direction = new Vector3();
const orientation: ViewOrientation = { side: 'front', patientRightOnScreen: 'left' };

/** Seconds for half of a camera move: slow and calm. */
const HALF_LIFE_S = 0.35;

/**
 * Orbit, zoom and pan within limits; while "follow steps" is on, the camera glides to each step's
 * framing: the bookmark's viewing direction, fitted to the step's subject above the caption. Clicking a structure focuses on it until the step changes or the person resets the view.
 * Grabbing the view turns following (and any focus) off; the toggle or Reset view brings it back.
 */
export function CameraRig({ limits = DEFAULT_CAMERA_LIMITS }: { limits?: CameraLimits }) {
  const controlsRef = useRef<ComponentRef<typeof OrbitControls>>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const cut = useRef(true);
  const rest = useState(() => new CameraRest())[0];
  const resetCount = useAppStore((s) => s.cameraResetCount);
  const stepIndex = useAppStore((s) => s.stepIndex);

  // The classroom link reads and sets the camera through this handle.
  useEffect(() => {
    registerCameraHandle({ camera, controls: () => controlsRef.current, invalidate });
    return () => registerCameraHandle(null);
  }, [camera, invalidate]);

  // The caption's height changed (another step, language or window): frame the subject again.
  useEffect(() => onViewInsetsChange(() => invalidate()), [invalidate]);

  // Keyboard moves: one step per key press, applied when asked (the command has stopped following).
  useEffect(
    () =>
      useExploreStore.subscribe((state, previous) => {
        const controls = controlsRef.current;
        if (!state.cameraMove || state.cameraMove === previous.cameraMove || !controls) return;
        applyCameraMove(camera.position, controls.target, state.cameraMove.move, limits);
        controls.update();
        invalidate();
      }),
    [camera, invalidate, limits],
  );

  // Reset view and a new procedure jump straight to the bookmark, and drop any focus.
  useEffect(() => {
    cut.current = true;
    void resetCount;
    useExploreStore.getState().setFocus(null);
  }, [resetCount]);

  // A new step brings back its own bookmark.
  useEffect(() => {
    const focus = useExploreStore.getState().focus;
    if (focus && focus.stepIndex !== stepIndex) useExploreStore.getState().setFocus(null);
  }, [stepIndex]);

  useFrame((_, delta) => {
    const controls = controlsRef.current;
    if (!controls) return;
    const state = useAppStore.getState();
    const procedure = currentProcedure(state);
    const focus = useExploreStore.getState().focus;
    const { bottomBand } = viewInsets;
    const now = rest.now;
    now.following = state.followSteps;
    now.procedure = procedure;
    now.stepIndex = frame.stepIndex;
    now.camera = camera;
    now.target = controls.target;
    now.bottomBand = bottomBand;
    now.limits = limits;
    now.width = size.width;
    now.height = size.height;
    // A view at rest (the step's goal reached, or a person's view left alone) needs no work.
    if (!focus && !cut.current && rest.holds()) {
      frame.camera.settled = true;
      return;
    }
    let moving = true;
    if (focus) {
      // Keep the current viewing direction; come to the structure at its viewing distance.
      goalTarget.fromArray(focus.target);
      direction.copy(camera.position).sub(controls.target).normalize();
      goalPosition.copy(goalTarget).addScaledVector(direction, focus.distanceMm);
    } else if (!state.followSteps) {
      frame.camera.settled = true;
      moving = false;
    } else if (
      !stepCameraGoal(procedure, frame.stepIndex, camera, bottomBand, limits, goalPosition, goalTarget)
    ) {
      moving = false;
    }
    if (moving) {
      if (cut.current || motionReduced()) {
        camera.position.copy(goalPosition);
        controls.target.copy(goalTarget);
        cut.current = false;
      } else {
        dampTowards(camera.position, goalPosition, HALF_LIFE_S, delta);
        dampTowards(controls.target, goalTarget, HALF_LIFE_S, delta);
      }
      const settled =
        camera.position.distanceTo(goalPosition) < SETTLED_MM &&
        controls.target.distanceTo(goalTarget) < SETTLED_MM;
      // Close enough: finish the glide exactly, so the view can rest (see `rest`).
      if (settled) {
        camera.position.copy(goalPosition);
        controls.target.copy(goalTarget);
      }
      controls.update();
      frame.camera.settled = settled;
    }
    direction.copy(camera.position).sub(controls.target);
    publishViewOrientation(viewOrientation(direction.x, direction.z, orientation));
    recordSubjectOnScreen(frame, subjectBoxes(procedure)[frame.stepIndex], camera, size.width, size.height);
    if (!focus && frame.camera.settled) rest.remember();
    else rest.forget();
  });

  return (
    <OrbitControls
      ref={controlsRef}
      makeDefault
      enableDamping={false}
      minDistance={limits.minDistance}
      maxDistance={limits.maxDistance}
      minPolarAngle={limits.minPolarAngle}
      maxPolarAngle={limits.maxPolarAngle}
      enablePan={limits.enablePan}
      onStart={() => {
        // A person took the camera: stop following and focusing (one store update per drag, not per frame).
        if (useAppStore.getState().followSteps) useAppStore.getState().setFollowSteps(false);
        if (useExploreStore.getState().focus) useExploreStore.getState().setFocus(null);
      }}
    />
  );
}
