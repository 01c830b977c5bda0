// Procedure files come from disk and from people (the "open procedure file" button): whatever
// they contain, the loader returns a procedure the engine can use or an error naming the field.
import ihp from '@assets/procedures/ihp.json';
import php from '@assets/procedures/php.json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ProcedureLoadResult,
  parseProcedure,
  parseProcedureText,
} from '../../../renderer/src/procedure/loader';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import { deviceStatesAt, procedureDurationS, stepIndexAt } from '../../../renderer/src/procedure/timeline';
import { errorNamesAPlace, hostileText, hostileValue, mutate, mutation, RUNS, TIMEOUT_MS } from './hostile';

const SOURCE = 'hostile.json';

/** What the rest of the app assumes of a procedure that passed validation. */
function expectUsable(procedure: Procedure): void {
  const duration = procedureDurationS(procedure);
  expect(Number.isFinite(duration) && duration > 0).toBe(true);
  for (const step of procedure.steps) {
    // Own keys only: "toString" must not pass as a camera bookmark because {} inherits it.
    expect(Object.hasOwn(procedure.cameras, step.camera), `camera "${step.camera}"`).toBe(true);
    for (const id of Object.keys(step.devices)) {
      expect(procedure.devices.some((d) => d.id === id)).toBe(true);
    }
  }
  for (const timeS of [0, duration / 3, duration]) {
    const index = stepIndexAt(procedure, timeS);
    expect(procedure.steps[index]).toBeDefined();
    for (const value of Object.values(deviceStatesAt(procedure, timeS, index))) {
      expect(value >= 0 && value <= 1).toBe(true);
    }
  }
  // A valid procedure survives a save and a reload unchanged, unless the saved file breaks a
  // limit of the file reader (a 100,000-character title passes the schema, not the reader).
  const again = parseProcedureText(JSON.stringify(procedure), SOURCE);
  if (again.ok || again.problem.kind === 'invalid') {
    expect(again).toEqual({ ok: true, procedure: JSON.parse(JSON.stringify(procedure)) });
  } else {
    expect(['tooLarge', 'stringTooLong', 'tooManyValues', 'tooDeep']).toContain(again.problem.kind);
  }
}

function expectUsableOrNamed(result: ProcedureLoadResult, data: unknown): void {
  if (result.ok) expectUsable(result.procedure);
  else expect(errorNamesAPlace(result.error, SOURCE, data), result.error).toBe(true);
}

describe('procedure files under hostile input', () => {
  it(
    'any value: a usable procedure or an error naming the place',
    () => {
      fc.assert(
        fc.property(hostileValue, (data) => expectUsableOrNamed(parseProcedure(data, SOURCE), data)),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'any text: never throws, and a syntax error names the file',
    () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const result = parseProcedureText(text, SOURCE);
          if (!result.ok) expect(result.error.startsWith(`${SOURCE}: `)).toBe(true);
          else expectUsable(result.procedure);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it.each([
    ['php', php],
    ['ihp', ihp],
  ])(
    'mutated %s files: a usable procedure or an error naming the place',
    (_, original) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          const data = mutate(original, mutations);
          expectUsableOrNamed(parseProcedure(data, SOURCE), data);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  // The camera rig would otherwise read a function from Object.prototype as a bookmark.
  it('names a step camera that only exists on the object prototype', () => {
    const data = structuredClone(php) as { steps: { camera: string }[] };
    (data.steps[0] as { camera: string }).camera = 'toString';
    const result = parseProcedure(data, SOURCE);
    expect(result.ok ? 'accepted' : result.error).toMatch(/steps\.0\.camera/);
  });
});
