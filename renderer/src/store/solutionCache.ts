import { defaultParams, type Solution, solveProcedure } from '../physiology';
import type { Procedure } from '../procedure/schema';
import { currentProcedure, useAppStore } from './appStore';

const cache = new WeakMap<Procedure, WeakMap<object, Solution>>();

/**
 * One physiology solution per procedure and parameter set, shared by the scene and the charts.
 * Keyed by object identity: the store replaces the overrides object whenever a value changes.
 */
export function solutionFor(procedure: Procedure, overrides: Readonly<Record<string, number>>): Solution {
  let byOverrides = cache.get(procedure);
  if (!byOverrides) {
    byOverrides = new WeakMap();
    cache.set(procedure, byOverrides);
  }
  let solution = byOverrides.get(overrides);
  if (!solution) {
    solution = solveProcedure(procedure, { ...defaultParams(procedure), ...overrides });
    byOverrides.set(overrides, solution);
  }
  return solution;
}

/** The current procedure and its solution; re-renders only when either changes. */
export function useSolution(): { procedure: Procedure; solution: Solution } {
  const procedure = useAppStore(currentProcedure);
  const overrides = useAppStore((s) => s.physiologyOverrides[s.procedureId]);
  return { procedure, solution: solutionFor(procedure, overrides) };
}
