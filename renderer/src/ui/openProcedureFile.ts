// Opening a procedure file, from the button or from a command: the check runs off the main
// thread (procedure/openProcedureFile.ts), then every file gets one notice naming it, and only
// a file that passed replaces the procedure it names.
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import type { JsonProblem } from '../../../electron/shared/untrustedJson';
import { formatFileSize } from '../i18n/format';
import type { ProcedureLoadResult } from '../procedure/loader';
import { checkProcedureFile } from '../procedure/openProcedureFile';
import type { ProcedureId } from '../procedure/registry';
import type { AppActions } from '../store/appStore';

export interface OpenProcedureFileContext {
  store: Pick<AppActions, 'addNotice' | 'replaceProcedure' | 'setProcedure'>;
  t: TFunction;
  /** The check; the worker-backed one unless a test supplies another. */
  check?: (file: File) => Promise<ProcedureLoadResult>;
}

/** File names are chosen by whoever wrote the file: long ones are cut so the notice stays short. */
export function shortName(name: string): string {
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}

/** What is wrong with the file, in the person's language. */
export function describeProblem(problem: JsonProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('robustness.file.tooLarge', {
        size: formatFileSize(problem.bytes, i18next.language ?? 'en'),
        limit: formatFileSize(problem.limit, i18next.language ?? 'en'),
      });
    case 'tooDeep':
      return t('robustness.file.tooDeep', { limit: problem.limit, line: problem.line });
    case 'stringTooLong':
      return t('robustness.file.stringTooLong', { limit: problem.limit, line: problem.line });
    case 'tooManyValues':
      return t('robustness.file.tooManyValues', { limit: problem.limit });
    case 'syntax':
      return t('robustness.file.syntax', { detail: problem.detail });
    case 'timeout':
      return t('robustness.file.timeout', { seconds: problem.limitMs / 1000 });
    case 'invalid':
      return problem.more > 0
        ? t('robustness.file.invalidMore', { issues: problem.issues.join('; '), count: problem.more })
        : t('robustness.file.invalid', { issues: problem.issues.join('; ') });
    case 'unreadable':
      return t('robustness.file.unreadable', { detail: problem.detail });
  }
}

/** The one notice a file gets: loaded, or not loaded and why. */
export function procedureFileNotice(result: ProcedureLoadResult, name: string, t: TFunction): string {
  const file = shortName(name);
  if (result.ok) return t('robustness.file.loaded', { file, title: t(result.procedure.titleKey) });
  return t('robustness.file.refused', { file, problem: describeProblem(result.problem, t) });
}

/** Checks the file, tells the person, and uses it only if it passed. Never throws. */
export async function openProcedureFile(
  file: File,
  context: OpenProcedureFileContext,
): Promise<ProcedureLoadResult> {
  const result = await (context.check ?? checkProcedureFile)(file);
  context.store.addNotice(procedureFileNotice(result, file.name, context.t));
  if (result.ok) {
    // checkProcedureText accepted only the app's own ids.
    const id = result.procedure.id as ProcedureId;
    context.store.replaceProcedure(id, result.procedure);
    context.store.setProcedure(id);
  }
  return result;
}
