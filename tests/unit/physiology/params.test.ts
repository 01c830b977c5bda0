import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import assumptions from '../../../assets/locales/en/assumptions.json';
import { defaultParams, parameterDefinitions, validateParams } from '../../../renderer/src/physiology';
import { ID, load, NAMES, type ProcedureName } from './fixtures';

describe('parameter definitions', () => {
  it.each(NAMES)(
    '%s: every parameter has a unit, a range holding its default, and a source or a reason',
    (name) => {
      const definitions = parameterDefinitions(load(name));
      expect(new Set(definitions.map((d) => d.name)).size).toBe(definitions.length);
      for (const d of definitions) {
        expect(d.unit.length, d.name).toBeGreaterThan(0);
        expect(d.min, d.name).toBeLessThan(d.max);
        expect(d.default >= d.min && d.default <= d.max, `${d.name} default ${d.default}`).toBe(true);
        expect(d.source.length > 0 || (d.assumed ?? '').length > 10, d.name).toBe(true);
        expect(d.labelKey).toBe(`physiology.param.${d.name}`);
      }
    },
  );

  it('takes its dose defaults from the procedure data', () => {
    const php = defaultParams(load(ID.php));
    const ihp = defaultParams(load(ID.ihp));
    expect([php.dose, php.maxDose, php.infusionMin]).toEqual([3, 220, 30]);
    // Open IHP defaults to the NCI protocol its file cites: 1.5 mg/kg as a bolus (presets.ts).
    expect([ihp.dose, ihp.infusionMin, ihp.leakFraction]).toEqual([1.5, 1, 0]);
    expect(ihp.maxDose).toBeUndefined();
  });

  it('offers only what the procedure uses: filter figures for PHP, bypass and washout for IHP', () => {
    const names = (name: ProcedureName) => parameterDefinitions(load(name)).map((d) => d.name);
    expect(names(ID.php)).toContain('filterExtractionEarly');
    expect(names(ID.php)).not.toContain('bypassFlow');
    expect(names(ID.ihp)).toEqual(expect.arrayContaining(['bypassFlow', 'washoutVolume', 'leakFraction']));
    expect(names(ID.ihp)).not.toContain('filterExtractionEarly');
  });

  it.each(NAMES)('%s: every assumption is a locale key with English text', (name) => {
    for (const d of parameterDefinitions(load(name))) {
      if (d.assumed) expect(englishText(d.assumed), `${d.name}: ${d.assumed}`).not.toBe('');
    }
  });

  it('marks the fitted defaults as fitted', () => {
    const ihp = parameterDefinitions(load(ID.ihp));
    for (const name of ['hepaticExtraction', 'liverPartition']) {
      const key = ihp.find((d) => d.name === name)?.assumed ?? '';
      expect(englishText(key), name).toMatch(/fitted/);
    }
  });
});

/** The English text of a locale key under physiology.assumed (the panel shows it translated). */
function englishText(key: string): string {
  const leaf = key.replace(/^physiology\.assumed\./, '');
  return (assumptions.physiology.assumed as Record<string, string>)[leaf] ?? '';
}

describe('validateParams', () => {
  const php = load(ID.php);

  it('accepts nothing or a partial object, merged onto the defaults', () => {
    expect(validateParams(php, undefined)).toEqual({ ok: true, params: defaultParams(php) });
    const result = validateParams(php, { dose: 2.5 });
    expect(result.ok && result.params.dose).toBe(2.5);
    expect(result.ok && result.params.weight).toBe(70);
  });

  it('names the parameter, the value and the range', () => {
    expect(validateParams(php, { leakFraction: 1.5 })).toEqual({
      ok: false,
      errors: ['leakFraction = 1.5 is out of range (allowed 0…1 fraction)'],
    });
    const wrong = validateParams(php, { weight: 'heavy', clearance: Number.NaN, bogus: 1 });
    expect(wrong.ok).toBe(false);
    const errors = wrong.ok ? [] : wrong.errors;
    expect(errors[0]).toBe('weight = "heavy" is not a finite number (allowed 35…200 kg)');
    expect(errors[1]).toBe('clearance = NaN is not a finite number (allowed 0.5…30 mL/min/kg)');
    expect(errors[2]).toMatch(
      /^unknown parameter "bogus" = 1 \(this procedure has: weight, idealWeightDosing, height, sex, dose/,
    );
  });

  it('checks parameters against each other', () => {
    const pk = validateParams(php, { volumeSteadyState: 3, clearance: 1 });
    expect(pk.ok).toBe(false);
    expect(pk.ok ? '' : pk.errors[0]).toMatch(
      /volumeSteadyState \/ clearance = 3000\.0 min .* eliminationHalfLife/,
    );
    const filter = validateParams(php, { filterEarlyMin: 60, filterLateMin: 30 });
    expect(filter.ok ? '' : filter.errors[0]).toMatch(
      /^filterEarlyMin = 60 min must be earlier than filterLateMin = 30/,
    );
    const flow = validateParams(php, { liverBloodFlow: 3000, cardiacOutput: 4000 });
    expect(flow.ok ? '' : flow.errors[0]).toMatch(
      /^liverBloodFlow = 3000 mL\/min must be at most 60% of cardiacOutput/,
    );
  });

  it('rejects what is not an object of numbers, without throwing', () => {
    for (const input of [42, 'dose=3', [1, 2], true]) {
      const result = validateParams(php, input);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.errors[0]).toMatch(/^parameters must be an object/);
    }
  });

  it('on any input (2,000 generated): valid complete parameters, or errors each naming a parameter', () => {
    for (const name of NAMES) {
      const procedure = load(name);
      const definitions = parameterDefinitions(procedure);
      const names = definitions.map((d) => d.name);
      const key = fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 3 }, fc.string({ maxLength: 10 }));
      const value = fc.oneof(
        fc.double(),
        fc.double({ min: -1, max: 13_000, noNaN: true }),
        fc.integer({ min: -5, max: 300 }),
        fc.anything(),
      );
      const input = fc.oneof(fc.dictionary(key, value, { maxKeys: 8 }), fc.anything());
      fc.assert(
        fc.property(input, (raw) => {
          const result = validateParams(procedure, raw);
          if (result.ok) {
            for (const d of definitions) {
              const v = result.params[d.name] as number;
              expect(v >= d.min && v <= d.max, `${d.name} = ${v}`).toBe(true);
            }
            expect(Object.keys(result.params).sort()).toEqual([...names].sort());
          } else {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) {
              const named =
                names.some((n) => error.includes(n)) || /^(unknown parameter|parameters )/.test(error);
              expect(named, error).toBe(true);
            }
          }
        }),
        { numRuns: 1000, seed: 20240611 },
      );
    }
  }, 60_000);
});
