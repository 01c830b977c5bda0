// "Open procedure file…" under hostile files: the whole path a file takes (size first, then the
// check the worker runs, under one time limit) answers every file, never throws, never pollutes a
// prototype, and either accepts a usable procedure or names the field or limit at fault.
import ihp from '@assets/procedures/ihp.json';
import php from '@assets/procedures/php.json';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { PROCEDURE_LIMITS, type ProcedureLoadResult } from '../../../renderer/src/procedure/loader';
import { checkOnMainThread, checkProcedureFile } from '../../../renderer/src/procedure/openProcedureFile';
import { checkProcedureText } from '../../../renderer/src/procedure/procedureFileCheck';
import { PROCEDURE_IDS } from '../../../renderer/src/procedure/registry';
import { procedureDurationS } from '../../../renderer/src/procedure/timeline';
import {
  errorNamesAPlace,
  expectNoPollution,
  hostileFileText,
  mutate,
  mutation,
  RUNS,
  TIMEOUT_MS,
} from './hostile';

const NAME = 'variant.json';
const originals = [php, ihp];

afterEach(expectNoPollution);

/** Values of the wrong type for any field. */
const wrongType = fc.constantFrom<unknown>('7', 7, -1, null, true, [], {}, [[]], 'x'.repeat(50), 1e308);

/** Procedure files as people really break them. */
const procedureFileText: fc.Arbitrary<string> = fc.oneof(
  // valid
  fc.constantFrom(...originals.map((o) => JSON.stringify(o, null, 2))),
  // truncated anywhere
  fc.tuple(fc.constantFrom(...originals), fc.double({ min: 0, max: 1, noNaN: true })).map(([o, at]) => {
    const text = JSON.stringify(o);
    return text.slice(0, Math.floor(text.length * at));
  }),
  // structurally mutated (deleted, replaced, extra keys including __proto__, duplicated, swapped)
  fc
    .tuple(fc.constantFrom(...originals), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([o, m]) => safeStringify(mutate(o, m))),
  // a field of the wrong type
  fc
    .tuple(fc.constantFrom(...originals), fc.nat(), wrongType)
    .map(([o, at, value]) => safeStringify(mutate(o, [{ kind: 'replace', at, value }]))),
  // a byte or three changed
  fc
    .tuple(fc.constantFrom(...originals), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }))
    .map(([o, at, bytes]) => {
      const text = JSON.stringify(o);
      const i = at % text.length;
      return text.slice(0, i) + bytes + text.slice(i + 1);
    }),
  // a deeply nested or huge value in a real field
  fc
    .tuple(
      fc.constantFrom(...originals),
      fc.integer({ min: 10, max: 25_000 }),
      fc.constantFrom('steps', 'tumours', 'id'),
    )
    .map(([o, depth, field]) =>
      JSON.stringify(o).replace(
        `"${field}":`,
        `"${field}":${'['.repeat(depth)}${']'.repeat(depth)},"x${field}":`,
      ),
    ),
  fc
    .tuple(fc.constantFrom(...originals), fc.integer({ min: 1000, max: 300_000 }))
    .map(([o, length]) => JSON.stringify({ ...o, titleKey: 'a'.repeat(length) })),
  // __proto__ and constructor where a merge would follow them
  fc
    .constantFrom(...originals)
    .map((o) =>
      JSON.stringify(o).replace(
        '{',
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
      ),
    ),
  hostileFileText,
);

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '{}'; // a bigint cannot be written as JSON, so no file can hold one
  }
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Accepted and usable, or refused with an answer that names the file and the field or limit. */
function expectAnsweredOrNamed(result: ProcedureLoadResult, text: string): void {
  if (result.ok) {
    expect(PROCEDURE_IDS).toContain(result.procedure.id);
    expect(procedureDurationS(result.procedure)).toBeGreaterThan(0);
    return;
  }
  expect(result.error.startsWith(`${NAME}: `), result.error).toBe(true);
  if (result.problem.kind === 'invalid') {
    expect(errorNamesAPlace(result.error, NAME, parsedOrUndefined(text)), result.error).toBe(true);
  } else {
    expect(['tooLarge', 'tooDeep', 'stringTooLong', 'tooManyValues', 'syntax']).toContain(
      result.problem.kind,
    );
  }
  // A message that echoes the file stays short enough to read.
  expect(result.error.length).toBeLessThan(2000);
}

describe('procedure files under hostile input', () => {
  it(
    'any file: never throws or pollutes, and either a usable procedure or the field or limit named',
    () => {
      fc.assert(
        fc.property(procedureFileText, (text) => {
          const result = checkProcedureText(text, NAME);
          expectNoPollution();
          expectAnsweredOrNamed(result, text);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it('the built-in files pass, and one with another id is refused naming "id"', () => {
    for (const o of originals) expect(checkProcedureText(JSON.stringify(o), NAME).ok).toBe(true);
    const other = checkProcedureText(JSON.stringify({ ...php, id: 'tace' }), NAME);
    expect(other.ok ? '' : other.error).toMatch(/^variant\.json: id: must be one of php, ihp/);
  });

  it('20,000 levels of nesting: a depth problem, not a RangeError', () => {
    const text = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(checkProcedureText(text, NAME)).toMatchObject({
      ok: false,
      problem: { kind: 'tooDeep', limit: 32 },
    });
  });

  it('lists the first five validation problems and counts the rest', () => {
    const broken = { ...php, steps: php.steps.map((s) => ({ ...s, startMin: 'soon' })) };
    const result = checkProcedureText(JSON.stringify(broken), NAME);
    if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.problem.issues).toHaveLength(5);
    expect(result.problem.more).toBe(php.steps.length - 5);
    expect(result.error).toMatch(/steps\.0\.startMin: .*\(and \d+ more\)$/);
  });
});

/** A file as the page gets it; `text` counts how often it was read. */
function fakeFile(text: string, size = new Blob([text]).size) {
  const file = { name: NAME, size, reads: 0 } as Blob & { name: string; reads: number };
  file.text = async () => {
    file.reads++;
    return text;
  };
  return file;
}

describe('checkProcedureFile (size, worker, time limit)', () => {
  it('a 3 MB file is refused by its size before it is read', async () => {
    const file = fakeFile('{}', 3 * 1024 * 1024);
    let ran = false;
    const result = await checkProcedureFile(file, {
      run: async () => {
        ran = true;
        return checkProcedureText('{}', NAME);
      },
    });
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'tooLarge', limit: PROCEDURE_LIMITS.maxBytes },
    });
    expect(file.reads).toBe(0);
    expect(ran).toBe(false);
  });

  it('a check that never answers is stopped at the time limit, and told to stop', async () => {
    let aborted = false;
    const result = await checkProcedureFile(fakeFile('{}'), {
      limits: { ...PROCEDURE_LIMITS, timeLimitMs: 50 },
      run: (_, signal) =>
        new Promise(() => {
          signal.addEventListener('abort', () => {
            aborted = true;
          });
        }),
    });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'timeout', limitMs: 50 } });
    expect(result.ok ? '' : result.error).toBe(`${NAME}: checking took longer than 0.05 s`);
    expect(aborted).toBe(true);
  });

  it('a check that fails, or a file that cannot be read, is an answer too', async () => {
    const thrown = await checkProcedureFile(fakeFile('{}'), {
      run: () => {
        throw new Error('worker failed to start');
      },
    });
    expect(thrown).toMatchObject({
      ok: false,
      problem: { kind: 'unreadable', detail: 'worker failed to start' },
    });
    const unreadable = fakeFile('{}');
    unreadable.text = () => Promise.reject(new Error('permission denied'));
    const result = await checkProcedureFile(unreadable, { run: checkOnMainThread });
    expect(result.ok ? '' : result.error).toBe(`${NAME}: could not be read (permission denied)`);
  });

  it('a valid file comes back ready to use', async () => {
    const result = await checkProcedureFile(fakeFile(JSON.stringify(ihp)), { run: checkOnMainThread });
    expect(result.ok && result.procedure.id).toBe('ihp');
  });
});
