// Physiology parameters come from the clinician's panel and from files: whatever they are,
// validateParams returns complete parameters in range or messages naming each parameter at fault.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterDefinitions, validateParams } from '../../../renderer/src/physiology';
import { buildCatalogue, PROCEDURE_IDS } from '../../../renderer/src/procedure/registry';
import { hostileValue, nastyValue, RUNS, TIMEOUT_MS } from './hostile';

const catalogue = buildCatalogue({});
const procedures = PROCEDURE_IDS.map((id) => catalogue.procedures[id]);
const allNames = [...new Set(procedures.flatMap((p) => parameterDefinitions(p).map((d) => d.name)))];

/** Values around each parameter's range: inside, on the edges, just outside, and nonsense. */
const value = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: 0, max: 10_000, noNaN: true }),
  fc.integer({ min: -10, max: 5000 }),
  nastyValue,
  fc.constantFrom<unknown>('5', '1e3', [1], { value: 1 }),
);
const key = fc.oneof({ arbitrary: fc.constantFrom(...allNames), weight: 4 }, fc.string({ maxLength: 12 }));
const input = fc.oneof(
  { arbitrary: fc.dictionary(key, value, { maxKeys: 6 }), weight: 4 },
  { arbitrary: hostileValue, weight: 1 },
);

describe('physiology parameters under hostile input', () => {
  it.each(PROCEDURE_IDS.map((id) => [id]))(
    '%s: complete parameters in range, or errors that each name what is wrong',
    (id) => {
      const procedure = catalogue.procedures[id];
      const definitions = parameterDefinitions(procedure);
      const names = definitions.map((d) => d.name);
      // Any subset of the parameters with values inside their ranges: reaches the cross-checks.
      const inRange = fc.record(
        Object.fromEntries(
          definitions.map((d) => [d.name, fc.double({ min: d.min, max: d.max, noNaN: true })]),
        ),
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.oneof(input, inRange), (raw) => {
          const result = validateParams(procedure, raw);
          if (result.ok) {
            expect(Object.keys(result.params).sort()).toEqual([...names].sort());
            for (const d of definitions) {
              const v = result.params[d.name] as number;
              expect(Number.isFinite(v) && v >= d.min && v <= d.max, `${d.name} = ${v}`).toBe(true);
            }
            return;
          }
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            const named =
              names.some((name) => error.includes(name)) ||
              error.startsWith('unknown parameter') ||
              error.startsWith('parameters ');
            expect(named, error).toBe(true);
          }
          // A field the procedure does not have is always called out as unknown.
          if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
            for (const k of Object.keys(raw)) {
              if (!names.includes(k)) {
                expect(result.errors.some((e) => e.startsWith('unknown parameter'))).toBe(true);
              }
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
