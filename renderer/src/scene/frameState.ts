import { createSample, type PhysiologySample, sampleAt } from '../physiology';
import type { Procedure } from '../procedure/schema';
import { deviceStatesAt, stepIndexAt } from '../procedure/timeline';
import type { SceneModel } from './usePhysiology';

/**
 * The world at the playhead, computed once per frame before anything draws and read by every
 * animated part of the scene. Mutated in place; never React state.
 */
export const frameState: {
  timeS: number;
  procedure: Procedure | null;
  devices: Record<string, number>;
  physiology: PhysiologySample;
  maxConcentration: number;
} = {
  timeS: -1,
  procedure: null,
  devices: {},
  physiology: createSample(),
  maxConcentration: 1,
};

export function updateFrameState(model: SceneModel, timeS: number): void {
  if (frameState.timeS === timeS && frameState.procedure === model.procedure) return;
  frameState.timeS = timeS;
  frameState.procedure = model.procedure;
  frameState.devices = deviceStatesAt(model.procedure, timeS, stepIndexAt(model.procedure, timeS));
  sampleAt(model.solution, timeS, frameState.physiology);
  frameState.maxConcentration = model.maxConcentration;
}
