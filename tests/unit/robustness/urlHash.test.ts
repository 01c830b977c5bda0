// The hash is typed, pasted and bookmarked by people: whatever it says, parseHash yields a state
// the store can apply, and names every field it ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, PROCEDURE_IDS } from '../../../renderer/src/procedure/registry';
import { procedureDurationS } from '../../../renderer/src/procedure/timeline';
import { MAX_HASH_LENGTH, parseHash } from '../../../renderer/src/store/urlHash';
import { RUNS, TIMEOUT_MS } from './hostile';

const catalogue = buildCatalogue({});
const stepIds = PROCEDURE_IDS.flatMap((id) => catalogue.procedures[id].steps.map((s) => s.id));

const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...PROCEDURE_IDS, ...stepIds, '', '-1', '1e3', '0x10', 'NaN', 'Infinity', '%', '%zz'),
  fc.double().map(String),
  fc.nat(20_000).map(String),
);
const key = fc.oneof(fc.constantFrom('procedure', 'step', 't'), fc.string({ maxLength: 8 }));
const field = fc.tuple(key, value).map(([k, v]) => `${k}=${v}`);
const hash = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  // Huge hashes: a pasted document, or a valid hash padded far past any real link.
  fc.string({ unit: 'binary', minLength: 900, maxLength: 5000 }),
  fc.nat(100_000).map((n) => `#procedure=ihp&t=10&pad=${'x'.repeat(n)}`),
  fc.array(field, { maxLength: 6 }).map((fields) => `#${fields.join('&')}`),
  fc.array(field, { maxLength: 6 }).map((fields) => `#${fields.map(encodeURIComponent).join('&')}`),
);

describe('URL hash under hostile input', () => {
  it(
    'never throws; yields a usable state and names every ignored field',
    () => {
      fc.assert(
        fc.property(hash, (text) => {
          const { state, problems } = parseHash(text, catalogue);
          if (state.procedureId !== undefined) expect(PROCEDURE_IDS).toContain(state.procedureId);
          if (state.timeS !== undefined) {
            const duration = procedureDurationS(catalogue.procedures[state.procedureId ?? 'php']);
            expect(Number.isFinite(state.timeS)).toBe(true);
            expect(state.timeS).toBeGreaterThanOrEqual(0);
            expect(state.timeS).toBeLessThanOrEqual(duration);
          }
          for (const problem of problems)
            expect(problem).toMatch(/^(procedure|step|t) "|could not be read|^the link is too long/);
          // Past the length limit nothing is read from it.
          if (text.length > MAX_HASH_LENGTH) expect(state).toEqual({});
          // Every field the app reads is either used or named.
          if (text.length > MAX_HASH_LENGTH) return;
          const params = new URLSearchParams(text.replace(/^#/, ''));
          if (params.has('procedure') && state.procedureId === undefined) {
            expect(problems.some((p) => p.startsWith('procedure '))).toBe(true);
          }
          if (params.has('t') && state.timeS === undefined) {
            expect(problems.some((p) => p.startsWith('t '))).toBe(true);
          }
          // Echoed values are cut short, so a huge hash cannot flood the notice area.
          for (const problem of problems) expect(problem.length).toBeLessThan(160);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

it('a hash of 100,000 characters is refused whole, by its length', () => {
  const { state, problems } = parseHash(`#procedure=ihp&t=10&step=${'a'.repeat(100_000)}`, catalogue);
  expect(state).toEqual({});
  expect(problems).toEqual([`the link is too long (100025 characters; at most ${MAX_HASH_LENGTH})`]);
});
