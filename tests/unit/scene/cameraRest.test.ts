import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { CameraRest } from '../../../renderer/src/scene/cameraRest';

const procedure = {};
const limits = {};

function setUp() {
  const camera = new PerspectiveCamera(35, 16 / 9, 5, 8000);
  camera.position.set(0, 100, 500);
  const target = new Vector3(0, 90, 0);
  const rest = new CameraRest();
  rest.remember(true, procedure, 2, camera, target, 120, limits, 1280, 720);
  return { camera, target, rest };
}

describe('CameraRest', () => {
  it('holds while nothing the rig depends on has changed', () => {
    const { camera, target, rest } = setUp();
    expect(rest.holds(true, procedure, 2, camera, target, 120, limits, 1280, 720)).toBe(true);
  });

  it('ignores rounding-sized moves of the camera', () => {
    const { camera, target, rest } = setUp();
    camera.position.x += 1e-9;
    expect(rest.holds(true, procedure, 2, camera, target, 120, limits, 1280, 720)).toBe(true);
  });

  it('lets go when the camera, its target or anything framing the step changes', () => {
    const { camera, target, rest } = setUp();
    const holds = () => rest.holds(true, procedure, 2, camera, target, 120, limits, 1280, 720);
    camera.position.x += 0.01;
    expect(holds()).toBe(false);
    camera.position.x -= 0.01;
    target.y += 0.01;
    expect(holds()).toBe(false);
    target.y -= 0.01;
    expect(holds()).toBe(true);
    camera.aspect = 4 / 3;
    expect(holds()).toBe(false);
    camera.aspect = 16 / 9;
    expect(rest.holds(false, procedure, 2, camera, target, 120, limits, 1280, 720)).toBe(false);
    expect(rest.holds(true, {}, 2, camera, target, 120, limits, 1280, 720)).toBe(false);
    expect(rest.holds(true, procedure, 3, camera, target, 120, limits, 1280, 720)).toBe(false);
    expect(rest.holds(true, procedure, 2, camera, target, 96, limits, 1280, 720)).toBe(false);
    expect(rest.holds(true, procedure, 2, camera, target, 120, {}, 1280, 720)).toBe(false);
    expect(rest.holds(true, procedure, 2, camera, target, 120, limits, 1024, 720)).toBe(false);
  });

  it('holds nothing once forgotten', () => {
    const { camera, target, rest } = setUp();
    rest.forget();
    expect(rest.holds(true, procedure, 2, camera, target, 120, limits, 1280, 720)).toBe(false);
  });
});
