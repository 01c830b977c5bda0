import { createSample, type Solution, sampleAt } from '../physiology';
import type { Procedure } from '../procedure/schema';
import { deviceStatesInto, stepIndexAt } from '../procedure/timeline';
import { drugWhereabouts } from './drugLevel';
import { type DescriptionPhrase, describeScene, type SceneDescriptionInput } from './sceneDescription';

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
