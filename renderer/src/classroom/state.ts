// The console's state as one plain object, the difference between two of them, and how an
// audience window applies one. Pure over the stores passed in: no channel, no scene, no window.
import type { StoreApi } from 'zustand';
import { procedureDurationS } from '../procedure/timeline';
import { type AppStore, currentProcedure } from '../store/appStore';
import type { ExploreStore } from '../store/exploreStore';
import type { ClassroomStore } from './classroomStore';
import type { CameraPose, ClassroomPatch, ClassroomState, ExploreSync } from './protocol';

export interface SyncStores {
  app: StoreApi<AppStore>;
  explore: StoreApi<ExploreStore>;
  classroom: StoreApi<ClassroomStore>;
}

/** Camera moves smaller than this (mm) are not worth a message. */
export const CAMERA_EPSILON_MM = 0.05;
/** While playing, the audience runs its own clock and only jumps when it is this far behind or ahead (real seconds of playback). */
export const PLAYING_TOLERANCE_S = 0.3;

function sorted(set: ReadonlySet<string>): string[] {
  return [...set].sort();
}

/** What the audience needs to draw the same picture as the console. */
export function captureState(
  stores: SyncStores,
  camera: CameraPose | null,
  showsAllLabels: boolean,
): ClassroomState {
  const app = stores.app.getState();
  const explore = stores.explore.getState();
  const view = stores.classroom.getState();
  return {
    procedureId: app.procedureId,
    timeS: app.timeS,
    playing: app.playing,
    speed: app.speed,
    camera: camera ? { position: [...camera.position], target: [...camera.target] } : null,
    explore: {
      xray: explore.xray,
      cut: { axis: explore.cut.axis, offsetMm: explore.cut.offsetMm, normal: [...explore.cut.normal] },
      hidden: sorted(explore.hidden),
      isolated: sorted(explore.isolated),
      segmentTint: explore.segmentTint,
      opacity: { ...explore.opacity },
    },
    labels: { on: app.labels, all: showsAllLabels },
    blank: view.blank,
    highContrast: view.highContrast,
    language: app.language,
  };
}

function sameVector(a: readonly number[], b: readonly number[], epsilon: number): boolean {
  return a.length === b.length && a.every((value, i) => Math.abs(value - (b[i] as number)) <= epsilon);
}

function sameCamera(a: CameraPose | null, b: CameraPose | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    sameVector(a.position, b.position, CAMERA_EPSILON_MM) && sameVector(a.target, b.target, CAMERA_EPSILON_MM)
  );
}

function sameExplore(a: ExploreSync, b: ExploreSync): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Only the fields of `next` that differ from `prev`; an empty object when nothing changed. */
export function diffState(prev: ClassroomState | null, next: ClassroomState): ClassroomPatch {
  if (prev === null) return { ...next };
  const patch: ClassroomPatch = {};
  if (prev.procedureId !== next.procedureId) patch.procedureId = next.procedureId;
  // Play and pause carry the time too: an audience that ran on its own clock stops where the console did.
  if (prev.timeS !== next.timeS || prev.playing !== next.playing) patch.timeS = next.timeS;
  if (prev.playing !== next.playing) patch.playing = next.playing;
  if (prev.speed !== next.speed) patch.speed = next.speed;
  if (!sameCamera(prev.camera, next.camera)) patch.camera = next.camera;
  if (!sameExplore(prev.explore, next.explore)) patch.explore = next.explore;
  if (prev.labels.on !== next.labels.on || prev.labels.all !== next.labels.all) patch.labels = next.labels;
  if (prev.blank !== next.blank) patch.blank = next.blank;
  if (prev.highContrast !== next.highContrast) patch.highContrast = next.highContrast;
  if (prev.language !== next.language) patch.language = next.language;
  return patch;
}

/** A patch laid over a state: what the sender now holds. */
export function mergeState(state: ClassroomState, patch: ClassroomPatch): ClassroomState {
  return { ...state, ...patch };
}

/**
 * Whether the audience should jump to the console's time. Paused, any difference counts; playing,
 * both clocks run at the same rate, so only a gap larger than a few frames of playback does.
 */
export function shouldSeek(
  localS: number,
  remoteS: number,
  playing: boolean,
  procedureSPerRealS: number,
): boolean {
  const gap = Math.abs(localS - remoteS);
  if (!playing) return gap > 1e-6;
  return gap > procedureSPerRealS * PLAYING_TOLERANCE_S;
}

/**
 * Applies what the console sent to this window's stores, in an order that keeps each step valid
 * (procedure before time, playing before time). `localTimeS` is this window's playhead; the camera
 * is handed to `applyCamera` because it lives in the scene, not in a store.
 */
export function applyPatch(
  patch: ClassroomPatch,
  stores: SyncStores,
  localTimeS: number,
  applyCamera: (pose: CameraPose) => void,
): void {
  const app = stores.app.getState();
  if (patch.procedureId !== undefined && patch.procedureId !== app.procedureId)
    app.setProcedure(patch.procedureId);
  if (patch.speed !== undefined && patch.speed !== stores.app.getState().speed) app.setSpeed(patch.speed);
  if (patch.playing !== undefined && patch.playing !== stores.app.getState().playing) {
    if (patch.playing) stores.app.getState().play();
    else stores.app.getState().pause();
  }
  if (patch.timeS !== undefined) {
    const state = stores.app.getState();
    const procedure = currentProcedure(state);
    const rate = (procedureDurationS(procedure) / procedure.playbackSeconds) * state.speed;
    const local = patch.procedureId !== undefined || patch.playing !== undefined ? state.timeS : localTimeS;
    if (shouldSeek(local, patch.timeS, state.playing, rate)) state.seek(patch.timeS);
  }
  if (patch.explore) {
    const { xray, cut, hidden, isolated, segmentTint, opacity } = patch.explore;
    stores.explore.setState({
      xray,
      cut: { axis: cut.axis, offsetMm: cut.offsetMm, normal: cut.normal },
      hidden: new Set(hidden),
      isolated: new Set(isolated),
      segmentTint,
      opacity,
    });
  }
  if (patch.labels) {
    stores.app.getState().setLabels(patch.labels.on);
    stores.explore.getState().setLabelDensity(patch.labels.all ? 'all' : 'few');
  }
  if (patch.blank !== undefined) stores.classroom.setState({ blank: patch.blank });
  if (patch.highContrast !== undefined) stores.classroom.setState({ highContrast: patch.highContrast });
  if (patch.language !== undefined && patch.language !== stores.app.getState().language)
    stores.app.getState().setLanguage(patch.language);
  if (patch.camera) applyCamera(patch.camera);
}
