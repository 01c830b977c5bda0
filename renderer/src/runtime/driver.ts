import type { StoreApi } from 'zustand';
import { cutPlane } from '../explore/cutPlane';
import { getLiverCentre } from '../explore/cutScope';
import { FLOW_PATH_IDS, type Solution, sampleAt } from '../physiology';
import type { Procedure } from '../procedure/schema';
import { deviceStatesInto, procedureDurationS, stepIndexAt } from '../procedure/timeline';
import { advancedTimeS } from '../store/advancePlayhead';
import type { AppStore } from '../store/appStore';
import type { ExploreStore } from '../store/exploreStore';
import { playhead } from '../store/playhead';
import { drugIntensity } from './drugColour';
import { type Frame, LIVER_TISSUE, TUMOUR } from './frame';
import { pointerInput } from './pointer';

/** What the frame shows: the procedure and its physiology solution. */
export interface FrameSource {
  procedure: Procedure;
  solution: Solution;
}

/** The stores the driver reads (and, for time, writes): the same ones commands are given. */
export interface FrameStores {
  app: StoreApi<AppStore>;
  explore: StoreApi<ExploreStore>;
}

/** How often the DOM hears about the playhead while playing, ms: slow enough to keep React calm. */
export const PUBLISH_INTERVAL_MS = 100;

/**
 * Advances procedure time by `deltaS` real seconds while playing and fills `out` in the order
 * written on `Frame`: time, step, physiology, devices, drug colours, cut, hover. Then, at most every
 * PUBLISH_INTERVAL_MS while playing, copies the playhead into the app store for the DOM. Allocates
 * nothing in steady playback. `nowMs` is the clock for publishing only; the picture depends on time.
 */
export function fillFrame(
  out: Frame,
  stores: FrameStores,
  source: FrameSource,
  deltaS: number,
  nowMs: number,
): void {
  const app = stores.app.getState();
  const { procedure, solution } = source;
  // 1. Time: the playhead moves only while playing; seek writes it directly.
  if (app.playing) {
    playhead.timeS = advancedTimeS(procedure, playhead.timeS, deltaS, app.speed);
    // Reaching the end is a one-off event, not a per-frame update.
    if (playhead.timeS >= procedureDurationS(procedure)) app.pause();
  }
  const timeS = playhead.timeS;
  out.timeS = timeS;
  out.playing = stores.app.getState().playing;
  if (out.procedure !== procedure) {
    out.procedure = procedure;
    out.devices = {};
  }
  out.solution = solution;
  // 2. Step.
  out.stepIndex = stepIndexAt(procedure, timeS);
  // 3. Physiology.
  sampleAt(solution, timeS, out.physiology);
  // 4. Devices.
  deviceStatesInto(procedure, timeS, out.stepIndex, out.devices);
  // 5. Drug colours: each path by the concentration of its own blood, the liver by its tissue's,
  // the tumours by theirs, all on the one absolute scale.
  const sample = out.physiology;
  for (let i = 0; i < FLOW_PATH_IDS.length; i++) out.drug.path[i] = drugIntensity(sample.pathConc[i] ?? 0);
  out.drug.liver = drugIntensity(sample.conc[LIVER_TISSUE] ?? 0);
  out.drug.tumour = drugIntensity(sample.conc[TUMOUR] ?? 0);
  // 6. Cut.
  out.cut.active = cutPlane(stores.explore.getState().cut, getLiverCentre(), out.cut.plane) !== null;
  // 7. Hover.
  out.hover.id = pointerInput.id;
  out.hover.object = pointerInput.object;
  out.hover.point.copy(pointerInput.point);
  out.hover.x = pointerInput.x;
  out.hover.y = pointerInput.y;

  if (out.playing && nowMs - out.publishedAtMs >= PUBLISH_INTERVAL_MS) {
    out.publishedAtMs = nowMs;
    stores.app.getState().publishPlayhead();
  }
}
