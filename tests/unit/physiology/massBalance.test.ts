import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  MASS_POOLS,
  type Solution,
  solveProcedure,
  summarize,
} from '../../../renderer/src/physiology';
import { ID, load, NAMES, variant } from './fixtures';

/** Largest |drug in every pool - drug infused| over all rows, relative to the drug infused. */
function massBalanceError(solution: Solution): number {
  const pools = MASS_POOLS.length;
  const infused = MASS_POOLS.indexOf('infused');
  const total = solution.mass[(solution.count - 1) * pools + infused] as number;
  let worst = 0;
  for (let r = 0; r < solution.count; r++) {
    let held = 0;
    for (let i = 0; i < pools; i++) if (i !== infused) held += solution.mass[r * pools + i] as number;
    worst = Math.max(worst, Math.abs(held - (solution.mass[r * pools + infused] as number)));
  }
  return worst / total;
}

describe('mass balance', () => {
  it.each(NAMES)(
    '%s: at every second, drug in all pools + eliminated + removed = drug infused',
    (name) => {
      const procedure = load(name);
      const solution = solveProcedure(procedure, defaultParams(procedure));
      expect(massBalanceError(solution)).toBeLessThan(1e-6);
      expect(solution.ivMassBalanceError).toBeLessThan(1e-6);
      const m = summarize(solution);
      expect(m.infusedMg).toBeCloseTo(m.doseMg, 6);
      const { removed, eliminated, inBody } = m.doseFractions;
      expect(removed + eliminated + inBody).toBeCloseTo(1, 9);
    },
    30_000,
  );

  it('holds for random doses and parameters (property)', () => {
    for (const name of NAMES) {
      const procedure = load(name);
      const defaults = defaultParams(procedure);
      fc.assert(
        fc.property(
          fc.record({
            dose: fc.double({ min: 0.1, max: 5, noNaN: true }),
            weight: fc.double({ min: 40, max: 150, noNaN: true }),
            circuitFlow: fc.double({ min: 200, max: 3000, noNaN: true }),
            circuitVolume: fc.double({ min: 100, max: 3000, noNaN: true }),
            leakFraction: fc.double({ min: 0, max: 1, noNaN: true }),
            hepaticExtraction: fc.double({ min: 0, max: 0.9, noNaN: true }),
            liverPartition: fc.double({ min: 0.1, max: 20, noNaN: true }),
            hydrolysisHalfLife: fc.double({ min: 10, max: 1000, noNaN: true }),
            tumourBloodFlow: fc.double({ min: 0.01, max: 1, noNaN: true }),
          }),
          (overrides) => {
            const solution = solveProcedure(procedure, { ...defaults, ...overrides }, { dtS: 6 });
            expect(massBalanceError(solution)).toBeLessThan(1e-6);
          },
        ),
        { numRuns: 12, seed: 31 },
      );
    }
  }, 120_000);

  it('holds for a variant with a second filter in series, which lowers systemic exposure', () => {
    const procedure = variant(ID.php, (data) => {
      data.devices.push({
        id: 'secondFilter',
        kind: 'filter',
        at: 'phpReturnLine',
        labelKey: 'device.filterCartridges',
      });
      const isolation = data.steps.find((step) => step.id === 'isolation');
      if (isolation) isolation.devices.secondFilter = 1;
    });
    const two = solveProcedure(procedure, defaultParams(procedure), { dtS: 2 });
    expect(massBalanceError(two)).toBeLessThan(1e-6);
    const single = load(ID.php);
    const one = solveProcedure(single, defaultParams(single), { dtS: 2 });
    expect(summarize(two).auc.systemic).toBeLessThan(summarize(one).auc.systemic);
  }, 30_000);
});

describe('linearity', () => {
  it.each(NAMES)(
    '%s: doubling the dose doubles every concentration and AUC',
    (name) => {
      const procedure = load(name);
      // Raise the cap so that the doubled dose is not cut.
      const params = {
        ...defaultParams(procedure),
        dose: 1.2,
        ...(name === ID.php ? { maxDose: 1000 } : {}),
      };
      const once = solveProcedure(procedure, params, { dtS: 2 });
      const twice = solveProcedure(procedure, { ...params, dose: 2.4 }, { dtS: 2 });
      once.conc.forEach((c, i) => {
        expect(twice.conc[i]).toBe(2 * c);
      });
      once.pathConc.forEach((c, i) => {
        expect(twice.pathConc[i]).toBe(2 * c);
      });
      const a = summarize(once);
      const b = summarize(twice);
      for (const key of ['liver', 'tumour', 'systemic', 'liverTissue', 'circuit'] as const) {
        expect(b.auc[key]).toBeCloseTo(2 * a.auc[key], 9);
      }
      expect(b.comparator.auc.systemic).toBeCloseTo(2 * a.comparator.auc.systemic, 9);
    },
    30_000,
  );

  it('scales every concentration with any dose (property)', () => {
    const procedure = load(ID.ihp);
    const base = { ...defaultParams(procedure), dose: 1 };
    const reference = solveProcedure(procedure, base, { dtS: 10 });
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 4, noNaN: true }), (dose) => {
        const scaled = solveProcedure(procedure, { ...base, dose }, { dtS: 10 });
        reference.conc.forEach((c, i) => {
          // Concentrations are stored in single precision.
          expect(Math.abs((scaled.conc[i] as number) - dose * c)).toBeLessThanOrEqual(
            1e-6 * dose * c + 1e-12,
          );
        });
      }),
      { numRuns: 8, seed: 5 },
    );
  }, 60_000);

  it('is deterministic: the same input gives the same table', () => {
    const procedure = load(ID.php);
    const a = solveProcedure(procedure, defaultParams(procedure), { dtS: 3 });
    const b = solveProcedure(procedure, defaultParams(procedure), { dtS: 3 });
    expect(b.conc).toEqual(a.conc);
    expect(b.pathConc).toEqual(a.pathConc);
    expect(b.mass).toEqual(a.mass);
  });
});
