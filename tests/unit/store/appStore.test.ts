import { beforeEach, describe, expect, it } from 'vitest';
import { stepSettledS } from '../../../renderer/src/procedure/settledTime';
import { procedureDurationS, stepStartS } from '../../../renderer/src/procedure/timeline';
import { advanceTime } from '../../../renderer/src/store/advancePlayhead';
import { createAppStore, currentProcedure } from '../../../renderer/src/store/appStore';
import { playhead } from '../../../renderer/src/store/playhead';

let store: ReturnType<typeof createAppStore>;
beforeEach(() => {
  playhead.timeS = 0;
  store = createAppStore();
});

describe('app store', () => {
  it('starts paused at the beginning of PHP', () => {
    const s = store.getState();
    expect(s.procedureId).toBe('php');
    expect(s.playing).toBe(false);
    expect(s.timeS).toBe(0);
    expect(s.stepIndex).toBe(0);
  });

  it('toggles play and pause', () => {
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  it('seeks, clamps and keeps the playhead and the step in step', () => {
    // A moment inside the fifth step, whatever the shipped file's timings are.
    const procedure = currentProcedure(store.getState());
    const inside = stepStartS(procedure, 4) + 1;
    store.getState().seek(inside);
    expect(playhead.timeS).toBe(inside);
    expect(store.getState().stepIndex).toBe(4);
    store.getState().seek(-5);
    expect(store.getState().timeS).toBe(0);
    store.getState().seek(1e12);
    expect(store.getState().timeS).toBe(procedureDurationS(currentProcedure(store.getState())));
  });

  it('walks the steps forward and back', () => {
    const s = () => store.getState();
    const procedure = currentProcedure(s());
    // Each step chosen shows its settled moment, not its first instant.
    s().nextStep();
    expect(s().stepIndex).toBe(1);
    expect(s().timeS).toBe(stepSettledS(procedure, 1));
    s().nextStep();
    expect(s().stepIndex).toBe(2);
    s().previousStep();
    expect(s().stepIndex).toBe(1);
    expect(s().timeS).toBe(stepSettledS(procedure, 1));
    // Well past a step's settled moment, previous goes back to it.
    s().seek(stepSettledS(procedure, 3) + 120);
    s().previousStep();
    expect(s().timeS).toBe(stepSettledS(procedure, 3));
    s().goToStep(4);
    expect(s().timeS).toBe(stepSettledS(procedure, 4));
    expect(s().timeS).toBeGreaterThan(stepStartS(procedure, 4));
  });

  it('goes to the end after the last step and restarts when played from the end', () => {
    const s = () => store.getState();
    s().goToStep(currentProcedure(s()).steps.length - 1);
    s().nextStep();
    expect(s().timeS).toBe(procedureDurationS(currentProcedure(s())));
    s().play();
    expect(s().timeS).toBe(0);
    expect(s().playing).toBe(true);
  });

  it('switches procedure back to its start', () => {
    store.getState().seek(3000);
    store.getState().setProcedure('ihp');
    expect(store.getState().procedureId).toBe('ihp');
    expect(store.getState().timeS).toBe(0);
    expect(currentProcedure(store.getState()).id).toBe('ihp');
  });

  it('publishes the playhead only when it moved', () => {
    let updates = 0;
    store.subscribe(() => updates++);
    playhead.timeS = 100;
    store.getState().publishPlayhead();
    store.getState().publishPlayhead();
    expect(updates).toBe(1);
    expect(store.getState().timeS).toBe(100);
  });

  it('plays the whole procedure in its playbackSeconds at 1×', () => {
    const procedure = currentProcedure(store.getState());
    let t = 0;
    let frames = 0;
    for (;;) {
      const next = advanceTime(procedure, t, 1 / 60, 1);
      t = next.timeS;
      frames++;
      if (next.ended) break;
    }
    expect(frames / 60).toBeCloseTo(procedure.playbackSeconds, 0);
    // A long stall between frames does not skip the procedure ahead.
    expect(advanceTime(procedure, 0, 30, 1).timeS).toBeLessThan(procedureDurationS(procedure) / 100);
  });

  it('keeps a notice list the person can dismiss', () => {
    store.getState().addNotice('a');
    store.getState().addNotice('b');
    store.getState().dismissNotice(0);
    expect(store.getState().notices).toEqual(['b']);
  });
});
