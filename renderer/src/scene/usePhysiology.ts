import { useMemo } from 'react';
import { createSample, FLOW_PATH_IDS, type Solution, sampleAt } from '../physiology';
import type { Procedure } from '../procedure/schema';
import { procedureDurationS } from '../procedure/timeline';
import { useSolution } from '../store/solutionCache';
import { buildTravelTable, type TravelTable } from './particleTravel';
import { pathRadiusMm } from './paths';

export interface SceneModel {
  procedure: Procedure;
  solution: Solution;
  travel: TravelTable;
}

/** Seconds of procedure time between rows of the particle travel table. */
const TRAVEL_STEP_S = 2;

/** The physiology solution plus what the scene derives from it once (particle travel). */
export function useSceneModel(): SceneModel {
  const { procedure, solution } = useSolution();
  return useMemo(() => {
    const durationS = procedureDurationS(procedure);
    const sample = createSample();
    const radii = FLOW_PATH_IDS.map((id) => pathRadiusMm(id));
    const travel = buildTravelTable(
      durationS,
      TRAVEL_STEP_S,
      radii,
      durationS / procedure.playbackSeconds,
      (t, out) => {
        sampleAt(solution, t, sample);
        out.set(sample.pathFlow);
      },
    );
    return { procedure, solution, travel };
  }, [procedure, solution]);
}
