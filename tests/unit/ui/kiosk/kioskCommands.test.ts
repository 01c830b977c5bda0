import { beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../renderer/src/commands/registry';
import { useAppStore } from '../../../../renderer/src/store/appStore';
import { useExploreStore } from '../../../../renderer/src/store/exploreStore';
import { playhead } from '../../../../renderer/src/store/playhead';
import {
  CORNER_TAPS,
  CORNER_WINDOW_MS,
  registerCornerTap,
} from '../../../../renderer/src/ui/kiosk/cornerGesture';
import { runCommand } from '../../../../renderer/src/ui/kiosk/runCommand';

/** A visitor who has been busy: other procedure, step 5, fast, labels off, camera grabbed, explore used. */
function messUp() {
  const app = useAppStore.getState();
  app.setProcedure('ihp');
  app.setPhysiologyParams({ hepaticArteryFlowMlMin: 123 });
  app.goToStep(4);
  app.setSpeed(4);
  app.setLabels(false);
  app.setFollowSteps(false);
  app.play();
  const explore = useExploreStore.getState();
  explore.select('liver' as never);
  explore.setHidden('vessels', true);
  explore.toggleIsolated('liver');
  explore.setXray(true);
  explore.setOpacity('liver', 0.3);
  explore.setCutAxis('coronal' as never);
  explore.setCutOffset(40);
  explore.setSegmentTint(true);
  explore.setFocus({ target: [0, 0, 0], distanceMm: 200, stepIndex: 4 });
}

beforeEach(() => {
  useAppStore.getState().pause();
  useAppStore.getState().setProcedure('php');
  useAppStore.getState().seek(0);
});

describe('kiosk commands in the registry', () => {
  it('are registered once each, with no keyboard keys', () => {
    const ids = [
      'kioskStartAgain',
      'kioskResetAll',
      'kioskAttractLoop',
      'kioskLeaveAttract',
      'kioskReturnView',
    ];
    for (const id of ids) {
      const matches = COMMANDS.filter((c) => c.id === id);
      expect(matches, id).toHaveLength(1);
      expect(matches[0]?.keys).toEqual([]);
    }
  });

  it('kioskResetAll: default procedure, step 1, paused, default view, explore cleared, parameters reset', () => {
    messUp();
    const resetsBefore = useAppStore.getState().cameraResetCount;
    runCommand('kioskResetAll');
    const app = useAppStore.getState();
    expect(app).toMatchObject({
      procedureId: 'php',
      stepIndex: 0,
      timeS: 0,
      playing: false,
      speed: 1,
      labels: true,
    });
    expect(app.followSteps).toBe(true);
    expect(app.cameraResetCount).toBeGreaterThan(resetsBefore);
    expect(app.physiologyOverrides).toEqual({ php: {}, ihp: {} });
    expect(playhead.timeS).toBe(0);
    const explore = useExploreStore.getState();
    expect(explore).toMatchObject({
      selected: null,
      xray: false,
      segmentTint: false,
      focus: null,
      opacity: {},
    });
    expect(explore.hidden.size).toBe(0);
    expect(explore.isolated.size).toBe(0);
    expect(explore.cut.axis).toBeNull();
    expect(explore.cut.offsetMm).toBe(0);
  });

  it('kioskAttractLoop plays from the start; kioskLeaveAttract stops at step 1', () => {
    useAppStore.getState().goToStep(6);
    runCommand('kioskAttractLoop');
    expect(useAppStore.getState()).toMatchObject({ stepIndex: 0, playing: true });
    useAppStore.getState().goToStep(3);
    runCommand('kioskLeaveAttract');
    expect(useAppStore.getState()).toMatchObject({ stepIndex: 0, playing: false, timeS: 0 });
  });

  it('kioskStartAgain: this procedure from step 1, playing, explore cleared', () => {
    messUp();
    runCommand('kioskStartAgain');
    expect(useAppStore.getState()).toMatchObject({
      procedureId: 'ihp',
      stepIndex: 0,
      playing: true,
      followSteps: true,
    });
    expect(useExploreStore.getState().xray).toBe(false);
  });

  it('kioskReturnView follows the steps again and drops a focus, without a jump cut', () => {
    useAppStore.getState().setFollowSteps(false);
    useExploreStore.getState().setFocus({ target: [0, 0, 0], distanceMm: 200, stepIndex: 0 });
    const resets = useAppStore.getState().cameraResetCount;
    runCommand('kioskReturnView');
    expect(useAppStore.getState().followSteps).toBe(true);
    expect(useExploreStore.getState().focus).toBeNull();
    expect(useAppStore.getState().cameraResetCount).toBe(resets);
  });

  it('an unknown id is an error, not silence', () => {
    expect(() => runCommand('nope')).toThrow('No command "nope"');
  });
});

describe('operator corner gesture', () => {
  it('arms on the fifth tap within four seconds', () => {
    let taps: number[] = [];
    for (let i = 0; i < CORNER_TAPS - 1; i++) {
      const r = registerCornerTap(taps, i * 500);
      expect(r.armed).toBe(false);
      taps = r.taps;
    }
    expect(registerCornerTap(taps, 2000)).toEqual({ taps: [], armed: true });
  });

  it('slow taps never arm it', () => {
    let taps: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = registerCornerTap(taps, i * (CORNER_WINDOW_MS / 4 + 1));
      expect(r.armed).toBe(false);
      taps = r.taps;
    }
  });
});
