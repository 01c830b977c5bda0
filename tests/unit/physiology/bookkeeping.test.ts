import { describe, expect, it } from 'vitest';
import { defaultParams, solveProcedure, summarize } from '../../../renderer/src/physiology';
import { load, NAMES } from './fixtures';

/** Exposure bookkeeping that must not depend on how the simulation is run. */
describe('exposure bookkeeping', () => {
  it.each(NAMES)(
    '%s: AUC to infinity does not depend on the follow-up length (0–600 min, within 0.5%)',
    (name) => {
      const procedure = load(name);
      const at = (followUpMin: number) =>
        summarize(solveProcedure(procedure, { ...defaultParams(procedure), followUpMin }, { dtS: 5 }));
      const base = at(0);
      for (const followUpMin of [60, 240, 600]) {
        const m = at(followUpMin);
        for (const key of ['systemic', 'liver', 'liverTissue', 'tumour'] as const) {
          expect(Math.abs(m.aucInf[key] / base.aucInf[key] - 1), `${key} at ${followUpMin} min`).toBeLessThan(
            0.005,
          );
        }
        expect(Math.abs(m.perfusateToSystemic.auc / base.perfusateToSystemic.auc - 1)).toBeLessThan(0.005);
        expect(Math.abs(m.regionalAdvantage / base.regionalAdvantage - 1)).toBeLessThan(0.005);
      }
    },
    60_000,
  );

  it.each(NAMES)(
    '%s: the IV comparator’s AUC to infinity is dose / clearance (within 1%)',
    (name) => {
      const procedure = load(name);
      const params = defaultParams(procedure);
      const m = summarize(solveProcedure(procedure, params, { dtS: 5 }));
      const clearanceMlMin = (params.clearance as number) * (params.weight as number);
      const expected = (1000 * m.infusedMg) / clearanceMlMin;
      expect(Math.abs(m.comparator.aucInf.systemic / expected - 1)).toBeLessThan(0.01);
    },
    30_000,
  );
});
