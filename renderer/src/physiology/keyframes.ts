import type { Procedure, Step } from '../procedure/schema';
import { deviceStateVector } from './deviceStates';
import type { FlowModel } from './flowNetwork';

/** Keyframes per device transition at which device states are read and the flow network solved; linear in between. */
const KEYFRAMES_PER_TRANSITION = 16;

/** Device states and flows at the keyframes of a procedure. */
export interface Keyframes {
  /** Seconds. */
  times: number[];
  /** keyframes × devices */
  states: Float64Array;
  /** keyframes × edges */
  flows: Float64Array;
  /** 1 where nothing changes between keyframe j and j + 1. */
  still: Uint8Array;
}

/** The stretches (s) in which a step moves devices. */
export function transitionWindows(procedure: Procedure): Array<[number, number]> {
  return (procedure.steps as Step[])
    .filter((s) => Object.keys(s.devices).length > 0)
    .map((s) => [s.startMin * 60, (s.startMin + Math.min(s.transitionMin ?? 2, s.durationMin)) * 60]);
}

/** Times (s) at which device states are read and the network solved: every transition finely, plus both ends. */
export function keyframeTimes(windows: Array<[number, number]>, durationS: number, dtS: number): number[] {
  const times = [0, durationS];
  for (const [a, b] of windows) {
    // No closer than one time step, so that at most one keyframe lies between two rows.
    const pieces = Math.max(1, Math.min(KEYFRAMES_PER_TRANSITION, Math.floor((b - a) / dtS)));
    for (let j = 0; j <= pieces; j++) times.push(Math.min(durationS, a + ((b - a) * j) / pieces));
  }
  times.sort((x, y) => x - y);
  return times.filter((t, i) => i === 0 || t - (times[i - 1] as number) > 1e-9);
}

export function keyframes(procedure: Procedure, model: FlowModel, times: number[]): Keyframes {
  const d = procedure.devices.length;
  const edges = model.edges.length;
  const states = new Float64Array(times.length * d);
  const flows = new Float64Array(times.length * edges);
  const row = new Float64Array(d);
  const flowRow = new Float64Array(edges);
  times.forEach((t, i) => {
    deviceStateVector(procedure, t, row);
    states.set(row, i * d);
    model.solve(row, flowRow);
    flows.set(flowRow, i * edges);
  });
  const still = new Uint8Array(times.length);
  for (let j = 0; j + 1 < times.length; j++) {
    let same = true;
    for (let i = 0; same && i < d; i++) same = states[j * d + i] === states[(j + 1) * d + i];
    for (let e = 0; same && e < edges; e++) same = flows[j * edges + e] === flows[(j + 1) * edges + e];
    still[j] = same ? 1 : 0;
  }
  return { times, states, flows, still };
}
