// What "Open procedure file…" checks, as plain functions: the worker runs them on the file's
// text, and the tests run them in Node. The page's side (size first, the worker, the time
// limit) is in openProcedureFile.ts.
import { describeJsonProblem, type JsonProblem } from '../../../electron/shared/untrustedJson';
import { type ProcedureLoadResult, parseProcedureText } from './loader';
import { isProcedureId, PROCEDURE_IDS } from './registry';

/** What the page sends the worker: the file itself (a Blob clones cheaply) and its name. */
export interface ProcedureCheckRequest {
  file: Blob;
  name: string;
}

/** A result that names the file, from a problem found outside the loader (size, time, reading). */
export function problemResult(problem: JsonProblem, name: string): ProcedureLoadResult {
  return { ok: false, error: `${name}: ${describeJsonProblem(problem)}`, problem };
}

export function unreadableResult(name: string, error: unknown): ProcedureLoadResult {
  const detail = error instanceof Error ? error.message : String(error);
  return problemResult({ kind: 'unreadable', detail: detail.slice(0, 120) }, name);
}

/**
 * Parses and validates a procedure file's text; it must also replace one of the app's
 * procedures, so its id must be one of theirs. Never throws.
 */
export function checkProcedureText(text: string, name: string): ProcedureLoadResult {
  const result = parseProcedureText(text, name);
  if (!result.ok || isProcedureId(result.procedure.id)) return result;
  const issue = `id: must be one of ${PROCEDURE_IDS.join(', ')} (the procedure this file replaces)`;
  return problemResult({ kind: 'invalid', issues: [issue], more: 0 }, name);
}
