import { useMemo } from 'react';
import { defaultParams, FLOW_PATH_IDS, type Solution, sampleAt, createSample, solveProcedure } from '../physiology';
import type { Procedure } from '../procedure/schema';
import { procedureDurationS } from '../procedure/timeline';
import { currentProcedure, useAppStore } from '../store/appStore';
import { pathRadiusMm } from './paths';
import { buildTravelTable, type TravelTable } from './particleTravel';

export interface SceneModel {
  procedure: Procedure;
  solution: Solution;
  travel: TravelTable;
  /** Highest concentration anywhere in the procedure: the top of the drug colour scale. */
  maxConcentration: number;
}

/** Solves the physiology once per procedure and parameter set; frames only sample the result. */
export function useSceneModel(): SceneModel {
  const procedure = useAppStore(currentProcedure);
  const overrides = useAppStore((s) => s.physiologyOverrides[s.procedureId]);
  return useMemo(() => {
    const params = { ...defaultParams(procedure), ...overrides };
    const solution = solveProcedure(procedure, params);
    const durationS = procedureDurationS(procedure);
    const sample = createSample();
    let maxConcentration = 0;
    const radii = FLOW_PATH_IDS.map((id) => pathRadiusMm(id));
    const travel = buildTravelTable(durationS, 2, radii, durationS / procedure.playbackSeconds, (t, out) => {
      sampleAt(solution, t, sample);
      out.set(sample.pathFlow);
      for (const value of sample.pathConc) if (value > maxConcentration) maxConcentration = value;
    });
    return { procedure, solution, travel, maxConcentration };
  }, [procedure, overrides]);
}
