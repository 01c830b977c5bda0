// The one reader of untrusted JSON (procedure files, the config file, saved files): whatever the
// text, it answers without throwing, within its limits, and nothing it returns can reach a prototype.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  capIssues,
  checkSize,
  describeJsonProblem,
  type JsonLimits,
  parseUntrustedJson,
  readUntrustedFile,
  readUntrustedJson,
  scanJson,
  utf8Length,
  zodValidator,
} from '../../../electron/shared/untrustedJson';
import { expectNoPollution, hostileFileText, RUNS, TIMEOUT_MS } from './hostile';

const LIMITS: JsonLimits = {
  maxBytes: 64 * 1024,
  maxDepth: 20,
  maxStringLength: 1000,
  maxValues: 5000,
  timeLimitMs: 10_000,
};

afterEach(expectNoPollution);

/** What JSON.parse makes of the text with the forbidden keys removed, for comparison. */
function plainParse(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, ''), (key, value) =>
    key === '__proto__' || key === 'constructor' ? undefined : value,
  );
}

describe('parseUntrustedJson', () => {
  it(
    'any text: never throws; accepts exactly what JSON.parse would, within the limits',
    () => {
      fc.assert(
        fc.property(hostileFileText, (text) => {
          const result = parseUntrustedJson(text, LIMITS);
          expectNoPollution();
          if (result.ok) {
            expect(result.value).toEqual(plainParse(text));
            expect(utf8Length(text)).toBeLessThanOrEqual(LIMITS.maxBytes);
          } else {
            expect(describeJsonProblem(result.problem).length).toBeGreaterThan(0);
            // Only a syntax error may be something JSON.parse would have thrown on too.
            if (result.problem.kind === 'syntax') expect(() => plainParse(text)).toThrow();
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it('refuses 20,000 levels of nesting with a depth problem, not a stack overflow', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['{"a":', '}'],
    ] as const) {
      const text = open.repeat(20_000) + close.repeat(20_000);
      const result = parseUntrustedJson(text, { ...LIMITS, maxBytes: 1e6 });
      expect(result).toEqual({ ok: false, problem: { kind: 'tooDeep', limit: 20, line: 1 } });
    }
    // Unbalanced closers first cannot buy extra depth later.
    expect(scanJson(`${']'.repeat(50)}${'['.repeat(21)}`, LIMITS)?.kind).toBe('tooDeep');
  });

  it('counts only structure outside strings, and escaped quotes stay inside them', () => {
    const text = JSON.stringify({ a: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \\" ,,,, {{{{' });
    expect(parseUntrustedJson(text, LIMITS).ok).toBe(true);
    expect(scanJson('[1,2,3]', { ...LIMITS, maxValues: 2 })?.kind).toBe('tooManyValues');
  });

  it('refuses a file too large before looking inside, counting UTF-8 bytes', () => {
    expect(parseUntrustedJson(`"${'x'.repeat(70_000)}"`, LIMITS)).toMatchObject({
      ok: false,
      problem: { kind: 'tooLarge', limit: LIMITS.maxBytes },
    });
    // 30,000 characters of 3 bytes each: under the limit in characters, over it in bytes.
    const wide = `"${'€'.repeat(30_000)}"`;
    expect(wide.length).toBeLessThan(LIMITS.maxBytes);
    expect(parseUntrustedJson(wide, { ...LIMITS, maxStringLength: 1e6 })).toMatchObject({
      problem: { kind: 'tooLarge' },
    });
    expect(utf8Length('a€😀')).toBe(1 + 3 + 4);
    expect(checkSize(3 * 1024 * 1024, { maxBytes: 2 * 1024 * 1024 })?.kind).toBe('tooLarge');
    expect(checkSize(Number.NaN, LIMITS)?.kind).toBe('unreadable');
  });

  it('refuses a huge string, and names its line', () => {
    const text = `{\n"a": 1,\n"b": "${'y'.repeat(2000)}"}`;
    expect(parseUntrustedJson(text, LIMITS)).toEqual({
      ok: false,
      problem: { kind: 'stringTooLong', limit: 1000, line: 3 },
    });
  });

  it('drops __proto__ and constructor keys at any depth, and reports them', () => {
    const text =
      '{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"polluted": true}}, "b": 1}}';
    const result = parseUntrustedJson(text, LIMITS);
    expect(result).toEqual({ ok: true, value: { a: { b: 1 } }, droppedKeys: ['__proto__', 'constructor'] });
    // Even the careless copies that would pollute with JSON.parse's own output are now safe.
    const target = Object.assign({}, result.ok ? result.value : {});
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expectNoPollution();
  });

  it('answers a timeout when the check outlasts its limit', () => {
    let now = 0;
    const clock = () => {
      now += 600;
      return now;
    };
    const result = readUntrustedJson(
      '{"a": 1}',
      { ...LIMITS, timeLimitMs: 1000 },
      zodValidator(z.object({ a: z.number() })),
      clock,
    );
    expect(result).toEqual({ ok: false, problem: { kind: 'timeout', limitMs: 1000 } });
  });

  it('caps validation problems at the first five with a count of the rest', () => {
    const schema = z.object(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, z.number()])));
    const result = readUntrustedJson('{}', LIMITS, zodValidator(schema));
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.problem.issues).toHaveLength(5);
    expect(result.problem.more).toBe(7);
    expect(result.problem.issues[0]).toMatch(/^f0: /);
    expect(describeJsonProblem(result.problem)).toMatch(/\(and 7 more\)$/);
    expect(capIssues(['a', 'b'])).toEqual({ issues: ['a', 'b'], more: 0 });
  });

  it('turns a validator that throws into an answer', () => {
    const result = readUntrustedJson('{}', LIMITS, () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid', more: 0 } });
  });

  it('reads a UTF-8 byte order mark as nothing', () => {
    expect(parseUntrustedJson('\uFEFF{"a": 1}', LIMITS)).toEqual({
      ok: true,
      value: { a: 1 },
      droppedKeys: [],
    });
  });
});

describe('readUntrustedFile', () => {
  const schema = zodValidator(z.object({ tumours: z.array(z.object({ segment: z.string() })) }));

  it('checks the size before reading, then reads, parses and validates', async () => {
    let read = false;
    const text = async () => {
      read = true;
      return '{}';
    };
    const huge = { size: 10 * 1024 * 1024, text } as unknown as Blob;
    expect(await readUntrustedFile(huge, LIMITS, schema)).toMatchObject({
      ok: false,
      problem: { kind: 'tooLarge' },
    });
    expect(read).toBe(false);
    const good = new Blob(['{"tumours": [{"segment": "VII"}], "__proto__": {"polluted": 1}}']);
    expect(await readUntrustedFile(good, LIMITS, schema)).toEqual({
      ok: true,
      value: { tumours: [{ segment: 'VII' }] },
      droppedKeys: ['__proto__'],
    });
    const wrong = new Blob(['{"tumours": [{"segment": 7}]}']);
    expect(await readUntrustedFile(wrong, LIMITS, schema)).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', issues: [expect.stringMatching(/^tumours\.0\.segment: /)] },
    });
  });

  it('a file that cannot be read is an answer, not an exception', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('EACCES')) } as unknown as Blob;
    expect(await readUntrustedFile(broken, LIMITS, schema)).toEqual({
      ok: false,
      problem: { kind: 'unreadable', detail: 'EACCES' },
    });
  });
});
