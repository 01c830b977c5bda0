import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  PRESETS,
  parameterDefinitions,
  presetParams,
  presetsFor,
  solveProcedure,
  summarize,
} from '../../../renderer/src/physiology';
import { hydrolysisFactor } from '../../../renderer/src/physiology/hydrolysis';
import { ID, load } from './fixtures';

describe('IHP protocol presets', () => {
  const procedure = load(ID.ihp);
  const solve = (presetId: string, extra: Record<string, number> = {}) => {
    const preset = presetParams(ID.ihp, presetId);
    if (!preset.ok) throw new Error(preset.error);
    return summarize(
      solveProcedure(procedure, { ...defaultParams(procedure), ...preset.params, ...extra }, { dtS: 2 }),
    );
  };

  it('names only parameters the procedure has, with a source or a reason for each', () => {
    const names = new Set(parameterDefinitions(procedure).map((d) => d.name));
    for (const preset of presetsFor(ID.ihp)) {
      for (const name of Object.keys(preset.params)) {
        expect(names.has(name), `${preset.id} ${name}`).toBe(true);
        expect(
          (preset.sources[name] ?? []).length > 0 || name in preset.assumed,
          `${preset.id} ${name}`,
        ).toBe(true);
      }
    }
    expect(PRESETS.map((p) => p.id)).toEqual(['nci', 'leiden']);
  });

  it('Leiden: perfusate peak and AUC within 20% of the published 35× and 13× (PMID 10789721)', () => {
    const m = solve('leiden');
    const published = presetsFor(ID.ihp).find((p) => p.id === 'leiden')?.published;
    expect(published).toBeDefined();
    const { perfusateToSystemicPeak: peak, perfusateToSystemicAuc: auc } = published as NonNullable<
      typeof published
    >;
    expect(Math.abs(m.perfusateToSystemic.peak / peak - 1)).toBeLessThan(0.2);
    expect(Math.abs(m.perfusateToSystemic.auc / auc - 1)).toBeLessThan(0.2);
  }, 30_000);

  it('NCI: no leak, so the body sees far less of the perfusate than with Leiden’s leak', () => {
    const nci = solve('nci');
    const leiden = solve('leiden');
    expect(nci.perfusateToSystemic.auc).toBeGreaterThan(3 * leiden.perfusateToSystemic.auc);
    // A leak set by the clinician raises the body's share; zero is allowed.
    const leaky = solve('nci', { leakFraction: 0.05 });
    expect(leaky.aucInf.systemic).toBeGreaterThan(nci.aucInf.systemic);
  }, 30_000);

  it('NCI warms the perfusate: hydrolysis about 25% faster at 40 °C than at 37 °C (Taha 1981)', () => {
    expect(hydrolysisFactor(37)).toBe(1);
    expect(hydrolysisFactor(40)).toBeCloseTo(1.25, 2);
    const warm = solve('nci');
    const body = solve('nci', { perfusateTemperature: 37 });
    // Warmer perfusate: more drug broken down in the circuit, less in the liver's blood over time.
    expect(warm.doseFractions.eliminated).toBeGreaterThan(body.doseFractions.eliminated);
  }, 30_000);

  it('NCI is what the IHP file itself says: its dose, dose basis and bolus delivery', () => {
    const nci = presetParams(ID.ihp, 'nci');
    if (!nci.ok) throw new Error(nci.error);
    const defaults = defaultParams(procedure);
    for (const name of ['dose', 'idealWeightDosing', 'infusionMin', 'leakFraction', 'perfusateTemperature']) {
      expect(defaults[name], name).toBe(nci.params[name]);
    }
    expect(procedure.drug.delivery).toBe('bolus');
    expect(procedure.drug.doseBasis).toBe('idealBodyWeight');
  });

  it('refuses an unknown preset with one line naming the choices', () => {
    const bad = presetParams(ID.ihp, 'rotterdam');
    expect(bad).toEqual({ ok: false, error: 'unknown preset "rotterdam" for ihp (choose nci, leiden)' });
    const none = presetParams(ID.php, 'nci');
    expect(none.ok).toBe(false);
  });
});
