import { createSample, type Solution, sampleAt } from '../physiology';
import { DRUG_SCALE } from '../physiology/drugScale';
import { COMPARTMENT_COLUMN } from '../physiology/ids';
import type { Procedure } from '../procedure/schema';
import { deviceStatesInto, stepIndexAt } from '../procedure/timeline';
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

const devices: Record<string, number> = {};
const LEVEL_CODE = { none: 0, low: 1, high: 2 } as const;

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
  deviceStatesInto(procedure, timeS, stepIndex, devices);
  sampleAt(solution, timeS, sample);
  let n = 0;
  const put = (value: number) => {
    if (n < out.length) out[n] = value;
    n++;
  };
  put(stepIndex);
  for (const device of procedure.devices) put((devices[device.id] ?? 0) >= DEVICE_ON ? 1 : 0);
  const conc = sample.conc;
  const at = (column: number) => conc[column] ?? 0;
  put(LEVEL_CODE[drugLevel(Math.max(at(COMPARTMENT_COLUMN.liverBlood), at(COMPARTMENT_COLUMN.liverTissue)))]);
  put(LEVEL_CODE[drugLevel(at(COMPARTMENT_COLUMN.tumour))]);
  put(LEVEL_CODE[drugLevel(at(COMPARTMENT_COLUMN.systemic))]);
  put(LEVEL_CODE[drugLevel(at(COMPARTMENT_COLUMN.circuit))]);
  const circuit = at(COMPARTMENT_COLUMN.circuit);
  put(
    circuit >= DRUG_SCALE.traceMgL
      ? Math.round((1 - at(COMPARTMENT_COLUMN.filterOutlet) / circuit) * 20)
      : -1,
  );
  return n;
}
