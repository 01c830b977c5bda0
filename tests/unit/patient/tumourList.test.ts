import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTumourList,
  MAX_DIAMETER_MM,
  MAX_PATIENT_TUMOURS,
  MIN_DIAMETER_MM,
  PATIENT_SEGMENTS,
  type PatientTumour,
  parseTumourList,
} from '../../../renderer/src/patient/tumourList';
import { buildCatalogue } from '../../../renderer/src/procedure/registry';
import { formatHash, parseHash } from '../../../renderer/src/store/urlHash';

const tumour = fc.record({
  segment: fc.constantFrom(...PATIENT_SEGMENTS),
  diameterMm: fc.integer({ min: MIN_DIAMETER_MM * 10, max: MAX_DIAMETER_MM * 10 }).map((n) => n / 10),
});
const list = fc.array(tumour, { maxLength: MAX_PATIENT_TUMOURS });

describe('patient tumour list', () => {
  it('reads segments and sizes, ignoring case', () => {
    expect(parseTumourList('VII:28,iva:18, VI:40.5')).toEqual({
      tumours: [
        { segment: 'VII', diameterMm: 28 },
        { segment: 'IVa', diameterMm: 18 },
        { segment: 'VI', diameterMm: 40.5 },
      ],
      problems: [],
    });
  });

  it('reads an empty list as a liver with no tumours', () => {
    expect(parseTumourList('')).toEqual({ tumours: [], problems: [] });
  });

  it('keeps the valid entries and names each bad one', () => {
    const { tumours, problems } = parseTumourList('VII:28,IX:20,VI:4,VI:151,garbage,V:30');
    expect(tumours).toEqual([
      { segment: 'VII', diameterMm: 28 },
      { segment: 'V', diameterMm: 30 },
    ]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('"IX:20"');
    expect(problems[1]).toContain('"VI:4"');
    expect(problems[2]).toContain('"VI:151"');
    expect(problems[3]).toContain('"garbage"');
  });

  it('round-trips every valid list (1,000 cases)', () => {
    fc.assert(
      fc.property(list, (tumours: PatientTumour[]) => {
        expect(parseTumourList(formatTumourList(tumours))).toEqual({ tumours, problems: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, keeps only valid tumours and accounts for every entry (1,000 cases)', () => {
    const entry = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(fc.constantFrom(...PATIENT_SEGMENTS, 'IX', 'iv', ''), fc.double())
        .map(([s, d]) => `${s}:${d}`),
      tumour.map((t) => `${t.segment}:${t.diameterMm}`),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const raw = entries.join(',');
        const { tumours, problems } = parseTumourList(raw);
        for (const t of tumours) {
          expect(PATIENT_SEGMENTS).toContain(t.segment);
          expect(t.diameterMm).toBeGreaterThanOrEqual(MIN_DIAMETER_MM);
          expect(t.diameterMm).toBeLessThanOrEqual(MAX_DIAMETER_MM);
        }
        const nonEmpty = raw.split(',').filter((e) => e.trim() !== '').length;
        expect(tumours.length + problems.length).toBe(nonEmpty);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('never throws on any text at all (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const result = parseTumourList(raw);
        expect(Array.isArray(result.tumours)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('travels in the address with the moment', () => {
    const catalogue = buildCatalogue({});
    const hash = formatHash('php', 'infusion', 2100, [{ segment: 'VI', diameterMm: 35 }]);
    expect(hash).toBe('#procedure=php&step=infusion&t=2100&tumours=VI:35');
    expect(parseHash(hash, catalogue).state.tumours).toEqual([{ segment: 'VI', diameterMm: 35 }]);
    expect(parseHash('#t=10', catalogue).state.tumours).toBeUndefined();
    expect(parseHash('#tumours=', catalogue).state.tumours).toEqual([]);
    const bad = parseHash('#tumours=VII:28,XX:3', catalogue);
    expect(bad.state.tumours).toEqual([{ segment: 'VII', diameterMm: 28 }]);
    expect(bad.problems.join(' ')).toContain('"XX:3"');
  });
});
