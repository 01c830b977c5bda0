import { describe, expect, it, vi } from 'vitest';
import { createClassroomStore } from '../../../renderer/src/classroom/classroomStore';
import type { ClassroomState } from '../../../renderer/src/classroom/protocol';
import {
  applyPatch,
  captureState,
  diffState,
  mergeState,
  type SyncStores,
  shouldSeek,
} from '../../../renderer/src/classroom/state';
import { createAppStore } from '../../../renderer/src/store/appStore';
import { createExploreStore } from '../../../renderer/src/store/exploreStore';
import { STATE } from './fixtures';

function stores(): SyncStores {
  return { app: createAppStore(), explore: createExploreStore(), classroom: createClassroomStore() };
}

describe('diffState', () => {
  it('sends everything the first time and nothing when nothing changed', () => {
    expect(diffState(null, STATE)).toEqual(STATE);
    expect(diffState(STATE, structuredClone(STATE))).toEqual({});
  });

  it('sends only what changed', () => {
    const next: ClassroomState = { ...STATE, timeS: 200, explore: { ...STATE.explore, xray: true } };
    expect(diffState(STATE, next)).toEqual({ timeS: 200, explore: next.explore });
  });

  it('ignores camera jitter below a twentieth of a millimetre, and sends a real move', () => {
    const jitter = {
      ...STATE,
      camera: {
        position: [250.01, 150, 1100] as [number, number, number],
        target: [0, 0, 0] as [number, number, number],
      },
    };
    expect(diffState(STATE, jitter)).toEqual({});
    const moved = {
      ...STATE,
      camera: {
        position: [260, 150, 1100] as [number, number, number],
        target: [0, 0, 0] as [number, number, number],
      },
    };
    expect(diffState(STATE, moved)).toEqual({ camera: moved.camera });
  });

  it('play and pause always carry the time, even when it did not change', () => {
    expect(diffState({ ...STATE, playing: true }, STATE)).toEqual({ playing: false, timeS: STATE.timeS });
  });

  it('a patch laid over the old state gives the new one', () => {
    const next: ClassroomState = {
      ...STATE,
      procedureId: 'ihp',
      playing: true,
      blank: 'white',
      labels: { on: false, all: true },
    };
    expect(mergeState(STATE, diffState(STATE, next))).toEqual(next);
  });
});

describe('captureState', () => {
  it('reads the stores and the camera, with sets as sorted lists', () => {
    const s = stores();
    s.explore.getState().setHidden('veins', true);
    s.explore.getState().setHidden('arteries', true);
    s.explore.getState().setXray(true);
    s.classroom.getState().toggleBlank('black');
    const state = captureState(s, { position: [1, 2, 3], target: [4, 5, 6] }, true);
    expect(state.explore.hidden).toEqual(['arteries', 'veins']);
    expect(state.explore.xray).toBe(true);
    expect(state.blank).toBe('black');
    expect(state.camera).toEqual({ position: [1, 2, 3], target: [4, 5, 6] });
    expect(state.labels).toEqual({ on: true, all: true });
  });
});

describe('applyPatch', () => {
  it('makes a fresh window show what the console captured', () => {
    const console_ = stores();
    console_.app.getState().setProcedure('ihp');
    console_.app.getState().goToStep(3);
    console_.app.getState().setSpeed(2);
    console_.explore.getState().setXray(true);
    console_.explore.getState().setCutAxis('coronal');
    console_.explore.getState().toggleIsolated('tumours');
    console_.classroom.getState().setHighContrast(true);
    console_.app.getState().setLanguage('de');
    const sent = captureState(console_, { position: [1, 2, 3], target: [0, 0, 0] }, true);

    const audience = stores();
    const applyCamera = vi.fn();
    applyPatch(sent, audience, 0, applyCamera);
    expect(captureState(audience, sent.camera, true)).toEqual(sent);
    expect(audience.app.getState().stepIndex).toBe(3);
    expect(audience.explore.getState().labelDensity).toBe('all');
    expect(applyCamera).toHaveBeenCalledWith(sent.camera);
  });

  it('play and pause follow; a paused time is taken exactly', () => {
    const audience = stores();
    applyPatch({ playing: true, timeS: 500 }, audience, 0, () => {});
    expect(audience.app.getState().playing).toBe(true);
    expect(audience.app.getState().timeS).toBe(500);
    applyPatch({ playing: false, timeS: 512.5 }, audience, 512, () => {});
    expect(audience.app.getState().playing).toBe(false);
    expect(audience.app.getState().timeS).toBe(512.5);
  });

  it('while playing, a small difference is left to the local clock and a seek is followed', () => {
    const audience = stores();
    applyPatch({ playing: true, timeS: 1000 }, audience, 0, () => {});
    const seek = vi.spyOn(audience.app.getState(), 'seek');
    applyPatch({ timeS: 1001 }, audience, 1000.5, () => {});
    expect(seek).not.toHaveBeenCalled();
    applyPatch({ timeS: 3000 }, audience, 1002, () => {});
    expect(seek).toHaveBeenCalledWith(3000);
  });
});

describe('shouldSeek', () => {
  it('paused: any difference; playing: more than 0.3 s of playback', () => {
    expect(shouldSeek(10, 10, false, 40)).toBe(false);
    expect(shouldSeek(10, 10.5, false, 40)).toBe(true);
    expect(shouldSeek(10, 21, true, 40)).toBe(false);
    expect(shouldSeek(10, 23, true, 40)).toBe(true);
  });
});
