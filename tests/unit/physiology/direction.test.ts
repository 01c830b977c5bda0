import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  type PhysiologyParams,
  solveProcedure,
  summarize,
} from '../../../renderer/src/physiology';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import { ID, load, NAMES, variant, withoutDevices } from './fixtures';

const systemicAuc = (procedure: Procedure, overrides: PhysiologyParams = {}) =>
  summarize(solveProcedure(procedure, { ...defaultParams(procedure), ...overrides }, { dtS: 2 })).aucInf
    .systemic;

describe('direction of effects', () => {
  it.each(NAMES)(
    '%s: more leak gives more systemic exposure',
    (name) => {
      const procedure = load(name);
      const low = systemicAuc(procedure, { leakFraction: 0.005 });
      const mid = systemicAuc(procedure, { leakFraction: 0.05 });
      const high = systemicAuc(procedure, { leakFraction: 0.2 });
      expect(mid).toBeGreaterThan(low);
      expect(high).toBeGreaterThan(mid);
    },
    30_000,
  );

  it('PHP: a more efficient filter gives less systemic exposure', () => {
    const procedure = load(ID.php);
    const poor = systemicAuc(procedure, { filterExtractionEarly: 0.6, filterExtractionLate: 0.5 });
    const usual = systemicAuc(procedure);
    const best = systemicAuc(procedure, { filterExtractionEarly: 0.99, filterExtractionLate: 0.99 });
    expect(usual).toBeLessThan(poor);
    expect(best).toBeLessThan(usual);
  }, 30_000);

  it('IHP: a larger washout leaves less drug for the body', () => {
    const procedure = load(ID.ihp);
    expect(systemicAuc(procedure, { washoutVolume: 3000 })).toBeLessThan(
      systemicAuc(procedure, { washoutVolume: 200 }),
    );
  }, 30_000);
});

describe('no isolation reproduces the comparator', () => {
  it.each(NAMES)(
    '%s: without isolating devices and infused into an arm vein, it is the IV comparator',
    (name) => {
      const procedure = variant(name, (data) => {
        withoutDevices(data, (_, kind) => kind !== 'infusion');
        for (const device of data.devices) device.at = 'leftAxillaryVein';
      });
      const solution = solveProcedure(procedure, defaultParams(procedure), { dtS: 2 });
      for (let r = 0; r < solution.count; r++) {
        const systemic = solution.conc[r * 6] as number;
        // Both are stored in single precision.
        expect(Math.abs(systemic - (solution.ivSystemic[r] as number))).toBeLessThanOrEqual(
          1e-6 * systemic + 1e-12,
        );
      }
      const m = summarize(solution);
      expect(m.regionalAdvantage).toBeCloseTo(1, 6);
      expect(m.doseFractions.removed).toBe(0);
    },
    30_000,
  );

  it('PHP: without isolation the hepatic-artery infusion gives nearly the IV systemic exposure', () => {
    const procedure = variant(ID.php, (data) => {
      withoutDevices(data, (_, kind) => kind !== 'infusion' && kind !== 'catheter');
    });
    const m = summarize(solveProcedure(procedure, defaultParams(procedure), { dtS: 2 }));
    // Only the liver's first-pass uptake and breakdown separate the two.
    expect(m.aucInf.systemic / m.comparator.aucInf.systemic).toBeGreaterThan(0.95);
    expect(m.aucInf.systemic / m.comparator.aucInf.systemic).toBeLessThan(1.0001);
    // The liver still sees the drug first: a small regional advantage, far below an isolated one.
    expect(m.regionalAdvantage).toBeGreaterThan(1);
    expect(m.regionalAdvantage).toBeLessThan(3);
    expect(m.doseFractions.removed).toBe(0);
  }, 30_000);

  it('isolation gives a large regional advantage in both procedures', () => {
    for (const name of NAMES) {
      const procedure = load(name);
      const m = summarize(solveProcedure(procedure, defaultParams(procedure), { dtS: 2 }));
      // AUCs to infinity on both sides (PHP ≈ 8, IHP ≈ 15 with the defaults).
      expect(m.regionalAdvantage, name).toBeGreaterThan(5);
      expect(m.tumourAdvantage, name).toBeGreaterThan(m.regionalAdvantage * 0.5);
      expect(m.peak.systemic, name).toBeLessThan(m.comparator.peak.systemic);
    }
  }, 30_000);
});
