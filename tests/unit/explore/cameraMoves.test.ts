import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  applyCameraMove,
  CAMERA_MOVES,
  ORBIT_STEP_DEG,
  ZOOM_STEP,
} from '../../../renderer/src/explore/cameraMoves';

const LIMITS = {
  minDistance: 120,
  maxDistance: 2200,
  minPolarAngle: 0,
  maxPolarAngle: Math.PI * 0.95,
  enablePan: true,
};

function start() {
  return { position: new Vector3(0, 0, 1000), target: new Vector3(0, 0, 0) };
}

describe('keyboard camera moves', () => {
  it('turns around the target by one step, keeping the distance', () => {
    const { position, target } = start();
    applyCameraMove(position, target, 'orbitRight', LIMITS);
    expect(position.length()).toBeCloseTo(1000);
    expect(position.x).toBeGreaterThan(0);
    expect(Math.atan2(position.x, position.z) * (180 / Math.PI)).toBeCloseTo(ORBIT_STEP_DEG);
    applyCameraMove(position, target, 'orbitLeft', LIMITS);
    expect(position.x).toBeCloseTo(0);
    applyCameraMove(position, target, 'orbitUp', LIMITS);
    expect(position.y).toBeGreaterThan(0);
    expect(target.length()).toBe(0);
  });

  it('zooms within the distance limits', () => {
    const { position, target } = start();
    applyCameraMove(position, target, 'zoomIn', LIMITS);
    expect(position.z).toBeCloseTo(1000 / ZOOM_STEP);
    for (let i = 0; i < 40; i++) applyCameraMove(position, target, 'zoomIn', LIMITS);
    expect(position.z).toBeCloseTo(LIMITS.minDistance);
    for (let i = 0; i < 40; i++) applyCameraMove(position, target, 'zoomOut', LIMITS);
    expect(position.z).toBeCloseTo(LIMITS.maxDistance);
  });

  it('does not turn over the top', () => {
    const { position, target } = start();
    for (let i = 0; i < 40; i++) applyCameraMove(position, target, 'orbitUp', LIMITS);
    expect(position.y).toBeGreaterThan(0);
    expect(position.length()).toBeCloseTo(1000);
    for (let i = 0; i < 40; i++) applyCameraMove(position, target, 'orbitDown', LIMITS);
    expect(Math.acos(position.y / position.length())).toBeLessThanOrEqual(LIMITS.maxPolarAngle + 1e-9);
  });

  it('moves camera and target together across the screen, and not at all where panning is off', () => {
    const { position, target } = start();
    applyCameraMove(position, target, 'panRight', LIMITS);
    expect(target.x).toBeGreaterThan(0);
    expect(position.x).toBeCloseTo(target.x);
    applyCameraMove(position, target, 'panUp', LIMITS);
    expect(target.y).toBeGreaterThan(0);
    const still = start();
    applyCameraMove(still.position, still.target, 'panLeft', { ...LIMITS, enablePan: false });
    expect(still.position.toArray()).toEqual([0, 0, 1000]);
  });

  it('knows every move', () => {
    for (const move of CAMERA_MOVES) {
      const { position, target } = start();
      applyCameraMove(position, target, move, LIMITS);
      expect(position.distanceTo(new Vector3(0, 0, 1000)), move).toBeGreaterThan(1);
    }
  });
});
