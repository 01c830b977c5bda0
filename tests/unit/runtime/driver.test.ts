import { beforeEach, describe, expect, it } from 'vitest';
import { defaultParams, FLOW_PATH_IDS, solveProcedure } from '../../../renderer/src/physiology';
import { deviceStatesAt, procedureDurationS, stepIndexAt } from '../../../renderer/src/procedure/timeline';
import {
  createFrame,
  drugIntensity,
  type FrameSource,
  fillFrame,
  PUBLISH_INTERVAL_MS,
  pointerInput,
} from '../../../renderer/src/runtime';
import { createAppStore, currentProcedure } from '../../../renderer/src/store/appStore';
import { createExploreStore } from '../../../renderer/src/store/exploreStore';
import { playhead } from '../../../renderer/src/store/playhead';

function setUp() {
  const stores = { app: createAppStore(), explore: createExploreStore() };
  const procedure = currentProcedure(stores.app.getState());
  const solution = solveProcedure(procedure, defaultParams(procedure));
  const source: FrameSource = { procedure, solution };
  return { stores, procedure, source };
}

let env: ReturnType<typeof setUp>;
beforeEach(() => {
  playhead.timeS = 0;
  pointerInput.id = null;
  env = setUp();
});

describe('frame driver', () => {
  it('fills time, step, devices and drug colours for the playhead, as the pure functions give them', () => {
    const { stores, procedure, source } = env;
    const frame = createFrame();
    // Two thirds of the way through: some devices are set and the drug is about.
    stores.app.getState().seek((procedureDurationS(procedure) * 2) / 3);
    fillFrame(frame, stores, source, 0, 0);
    expect(frame.timeS).toBe(playhead.timeS);
    expect(frame.stepIndex).toBe(stepIndexAt(procedure, frame.timeS));
    expect(frame.devices).toEqual(deviceStatesAt(procedure, frame.timeS, frame.stepIndex));
    expect(frame.physiology.timeS).toBeCloseTo(frame.timeS, 6);
    FLOW_PATH_IDS.forEach((_, i) => {
      expect(frame.drug.path[i]).toBe(drugIntensity(frame.physiology.pathConc[i] ?? 0));
    });
  });

  it('advances time only while playing, scaled by speed, and pauses at the end', () => {
    const { stores, procedure, source } = env;
    const frame = createFrame();
    fillFrame(frame, stores, source, 0.1, 0);
    expect(frame.timeS).toBe(0);
    stores.app.getState().play();
    fillFrame(frame, stores, source, 0.1, 0);
    const oneStep = frame.timeS;
    expect(oneStep).toBeCloseTo((0.1 * procedureDurationS(procedure)) / procedure.playbackSeconds, 6);
    stores.app.getState().setSpeed(2);
    fillFrame(frame, stores, source, 0.1, 0);
    expect(frame.timeS).toBeCloseTo(oneStep * 3, 6);
    stores.app.getState().seek(procedureDurationS(procedure) - 0.001);
    fillFrame(frame, stores, source, 0.1, 0);
    expect(frame.timeS).toBe(procedureDurationS(procedure));
    expect(stores.app.getState().playing).toBe(false);
    expect(frame.playing).toBe(false);
  });

  it('publishes the playhead to the store at most every PUBLISH_INTERVAL_MS while playing', () => {
    const { stores, source } = env;
    const frame = createFrame();
    stores.app.getState().play();
    let publishes = 0;
    const stop = stores.app.subscribe((s, p) => {
      if (s.timeS !== p.timeS) publishes++;
    });
    // One simulated second at 60 frames a second, from a fresh clock.
    const start = 1e6;
    for (let i = 0; i < 60; i++) fillFrame(frame, stores, source, 1 / 60, start + (i * 1000) / 60);
    stop();
    expect(publishes).toBeGreaterThanOrEqual(9);
    expect(publishes).toBeLessThanOrEqual(1000 / PUBLISH_INTERVAL_MS + 1);
    expect(stores.app.getState().timeS).toBeGreaterThan(0);
  });

  it('sets the cut from the explore store and copies the pointer last', () => {
    const { stores, source } = env;
    const frame = createFrame();
    fillFrame(frame, stores, source, 0, 0);
    expect(frame.cut.active).toBe(false);
    stores.explore.getState().setCutAxis('axial');
    pointerInput.id = 'aorta';
    pointerInput.x = 12;
    fillFrame(frame, stores, source, 0, 0);
    expect(frame.cut.active).toBe(true);
    expect(frame.cut.plane.normal.y).toBeCloseTo(-1, 6);
    expect(frame.hover.id).toBe('aorta');
    expect(frame.hover.x).toBe(12);
  });

  it('keeps the same objects from frame to frame: nothing is replaced while the procedure stays', () => {
    const { stores, source } = env;
    const frame = createFrame();
    stores.app.getState().play();
    fillFrame(frame, stores, source, 1 / 60, 0);
    const kept = [frame.devices, frame.physiology, frame.drug, frame.cut.plane, frame.hover.point];
    for (let i = 0; i < 30; i++) fillFrame(frame, stores, source, 1 / 60, i);
    expect([frame.devices, frame.physiology, frame.drug, frame.cut.plane, frame.hover.point]).toEqual(kept);
    kept.forEach((object, i) => {
      expect(object).toBe(
        [frame.devices, frame.physiology, frame.drug, frame.cut.plane, frame.hover.point][i],
      );
    });
  });
});
