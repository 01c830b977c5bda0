import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { CameraRest, type RestInputs } from '../../../renderer/src/scene/cameraRest';

const procedure = {};
const limits = {};

function setUp() {
  const camera = new PerspectiveCamera(35, 16 / 9, 5, 8000);
  camera.position.set(0, 100, 500);
  const target = new Vector3(0, 90, 0);
  const rest = new CameraRest();
  const inputs: RestInputs = {
    following: true,
    procedure,
    stepIndex: 2,
    camera,
    target,
    bottomBand: 120,
    limits,
    width: 1280,
    height: 720,
  };
  Object.assign(rest.now, inputs);
  rest.remember();
  /** Whether the rest holds with these inputs changed from the remembered ones. */
  const holds = (changed: Partial<RestInputs> = {}) => {
    Object.assign(rest.now, inputs, changed);
    return rest.holds();
  };
  return { camera, target, rest, holds };
}

describe('CameraRest', () => {
  it('holds while nothing the rig depends on has changed', () => {
    const { holds } = setUp();
    expect(holds()).toBe(true);
  });

  it('ignores rounding-sized moves of the camera', () => {
    const { camera, holds } = setUp();
    camera.position.x += 1e-9;
    expect(holds()).toBe(true);
  });

  it('lets go when the camera, its target or anything framing the step changes', () => {
    const { camera, target, holds } = setUp();
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
    expect(holds({ following: false })).toBe(false);
    expect(holds({ procedure: {} })).toBe(false);
    expect(holds({ stepIndex: 3 })).toBe(false);
    expect(holds({ bottomBand: 96 })).toBe(false);
    expect(holds({ limits: {} })).toBe(false);
    expect(holds({ width: 1024 })).toBe(false);
  });

  it('holds nothing once forgotten', () => {
    const { rest, holds } = setUp();
    rest.forget();
    expect(holds()).toBe(false);
  });
});
