import { createSample, type Solution, sampleAt } from '../physiology';
import { DRUG_SCALE } from '../physiology/drugScale';
import { COMPARTMENT_COLUMN } from '../physiology/ids';
import type { Procedure } from '../procedure/schema';
import { deviceStatesInto, deviceStateValues, stepIndexAt } from '../procedure/timeline';
import { drugLevel, drugWhereabouts } from './drugLevel';
import {
  DEVICE_ON,
  type DescriptionPhrase,
  describeScene,
  type SceneDescriptionInput,
} from './sceneDescription';

const sample = createSample();

/**
 * The scene description at procedure time `timeS`: the step, device states and physiology the
 * frame would show then, with the explore choices. For the DOM's slow updates (a few a second at
 * most), not for every frame: it builds a new device record each call.
 */
export function describeMoment(
  procedure: Procedure,
  solution: Solution,
  timeS: number,
  explore: SceneDescriptionInput['explore'],
): DescriptionPhrase[] {
  const stepIndex = stepIndexAt(procedure, timeS);
  const devices = deviceStatesInto(procedure, timeS, stepIndex, {});
  sampleAt(solution, timeS, sample);
  return describeScene({ procedure, stepIndex, devices, drug: drugWhereabouts(sample.conc), explore });
}

const LEVEL_CODE = { none: 0, low: 1, high: 2 } as const;

/** Writes one signature number at `n` when there is room; returns the next index. */
function put(out: Float64Array, n: number, value: number): number {
  if (n < out.length) out[n] = value;
  return n + 1;
}

/**
 * What the description depends on at `timeS`, as numbers written into `out` (the step, each device
 * on or off, the drug bands, the filter's share to 5%); returns how many were written. Equal
 * numbers mean an equal description, so a caller can skip rebuilding it. Allocates nothing.
 */
export function describeSignature(
  procedure: Procedure,
  solution: Solution,
  timeS: number,
  out: Float64Array,
): number {
  const stepIndex = stepIndexAt(procedure, timeS);
  // By device index (the listed devices come first), not by id: reading numbers back from a
  // record by a varying key makes V8 allocate one per read.
  const states = deviceStateValues(procedure, timeS, stepIndex);
  sampleAt(solution, timeS, sample);
  // Written by index, with no closure or iterator: this runs on every published playhead.
  let n = 0;
  n = put(out, n, stepIndex);
  const count = procedure.devices.length;
  for (let i = 0; i < count; i++) n = put(out, n, (states[i] as number) >= DEVICE_ON ? 1 : 0);
  // Read `as number`: the sample holds every compartment. With `?? 0` on these typed-array reads
  // bench/allocate.ts counted about 30 bytes a frame more here (a number boxed for the check).
  const conc = sample.conc;
  const liver = Math.max(
    conc[COMPARTMENT_COLUMN.liverBlood] as number,
    conc[COMPARTMENT_COLUMN.liverTissue] as number,
  );
  n = put(out, n, LEVEL_CODE[drugLevel(liver)]);
  n = put(out, n, LEVEL_CODE[drugLevel(conc[COMPARTMENT_COLUMN.tumour] as number)]);
  n = put(out, n, LEVEL_CODE[drugLevel(conc[COMPARTMENT_COLUMN.systemic] as number)]);
  const circuit = conc[COMPARTMENT_COLUMN.circuit] as number;
  n = put(out, n, LEVEL_CODE[drugLevel(circuit)]);
  const outlet = conc[COMPARTMENT_COLUMN.filterOutlet] as number;
  n = put(out, n, circuit >= DRUG_SCALE.traceMgL ? Math.round((1 - outlet / circuit) * 20) : -1);
  return n;
}
