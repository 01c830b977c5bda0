// What a person sees for each file: one notice naming the file and the problem (or success), in
// the locale's words; and only a file that passed replaces a procedure.
import php from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import type { JsonProblem } from '../../../electron/shared/untrustedJson';
import { initI18n } from '../../../renderer/src/i18n';
import type { ProcedureLoadResult } from '../../../renderer/src/procedure/loader';
import { checkProcedureText, problemResult } from '../../../renderer/src/procedure/procedureFileCheck';
import { openProcedureFile, procedureFileNotice } from '../../../renderer/src/ui/openProcedureFile';

const t = initI18n().t;
const NAME = 'hostile.json';

const PROBLEMS: [JsonProblem, RegExp][] = [
  [
    { kind: 'tooLarge', bytes: 3 * 1024 * 1024, limit: 2 * 1024 * 1024 },
    /it is 3\.0 MB, and a procedure file can be at most 2\.0 MB/,
  ],
  [{ kind: 'tooDeep', limit: 32, line: 1 }, /nested more than 32 levels deep \(line 1\)/],
  [{ kind: 'stringTooLong', limit: 10_000, line: 4 }, /text longer than 10000 characters \(line 4\)/],
  [{ kind: 'tooManyValues', limit: 100_000 }, /more than 100000 values/],
  [
    { kind: 'syntax', detail: 'Unexpected end of JSON input' },
    /not valid JSON \(Unexpected end of JSON input\)/,
  ],
  [{ kind: 'timeout', limitMs: 5000 }, /took longer than 5 seconds/],
  [
    { kind: 'invalid', issues: ['steps.0.camera: unknown camera'], more: 0 },
    /steps\.0\.camera: unknown camera\./,
  ],
  [{ kind: 'invalid', issues: ['a: x', 'b: y'], more: 12 }, /a: x; b: y \(and 12 more problems\)/],
  [{ kind: 'unreadable', detail: 'permission denied' }, /could not be read \(permission denied\)/],
];

function fakeStore() {
  const calls: string[] = [];
  return {
    calls,
    notices: [] as string[],
    addNotice(message: string) {
      this.notices.push(message);
    },
    replaceProcedure(id: string) {
      calls.push(`replace ${id}`);
    },
    setProcedure(id: string) {
      calls.push(`set ${id}`);
    },
  };
}

describe('procedure file notices', () => {
  it.each(PROBLEMS)('%o: names the file and the problem, and says the procedure stays', (problem, words) => {
    const notice = procedureFileNotice(problemResult(problem, NAME), NAME, t);
    expect(notice).toMatch(/^hostile\.json was not opened: /);
    expect(notice).toMatch(words);
    expect(notice).toMatch(/The procedure in use stays as it was\.$/);
    expect(notice).not.toMatch(/robustness\.file/); // every key exists
  });

  it('a file that passed is named with the procedure it now plays', () => {
    const notice = procedureFileNotice(checkProcedureText(JSON.stringify(php), NAME), NAME, t);
    expect(notice).toBe(
      'Opened hostile.json: “Percutaneous hepatic perfusion (PHP)” now plays from this file.',
    );
  });

  it('a very long file name is cut short', () => {
    const notice = procedureFileNotice(
      problemResult({ kind: 'timeout', limitMs: 5000 }, 'x'),
      `${'n'.repeat(500)}.json`,
      t,
    );
    expect(notice.length).toBeLessThan(200);
  });

  it('only a file that passed replaces a procedure; every file gets one notice', async () => {
    const store = fakeStore();
    const file = { name: NAME } as File;
    const refused: ProcedureLoadResult = problemResult({ kind: 'tooDeep', limit: 32, line: 1 }, NAME);
    await openProcedureFile(file, { store, t, check: async () => refused });
    expect(store.calls).toEqual([]);
    await openProcedureFile(file, {
      store,
      t,
      check: async () => checkProcedureText(JSON.stringify(php), NAME),
    });
    expect(store.calls).toEqual(['replace php', 'set php']);
    expect(store.notices).toHaveLength(2);
  });
});
