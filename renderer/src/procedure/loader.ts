import {
  describeJsonProblem,
  type JsonLimits,
  type JsonProblem,
  MAX_LISTED_ISSUES,
  readUntrustedJson,
  zodValidator,
} from '../../../electron/shared/untrustedJson';
import { type Procedure, procedureSchema } from './schema';

export type ProcedureLoadResult =
  | { ok: true; procedure: Procedure }
  | {
      ok: false;
      /** "`source`: what is wrong", in English, for logs and command-line tools. */
      error: string;
      /** The same problem as data, for the localised notice. */
      problem: JsonProblem;
    };

/**
 * What a procedure file may be. The built-in files are 10-15 KB, about 700 values and 5 levels
 * deep, so these leave room for long variants while a hostile file is refused in milliseconds.
 */
export const PROCEDURE_LIMITS: Readonly<JsonLimits> = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 32,
  maxStringLength: 10_000,
  maxValues: 100_000,
  timeLimitMs: 5_000,
};

const validateProcedure = zodValidator(procedureSchema);

function failure(problem: JsonProblem, source: string): ProcedureLoadResult {
  return { ok: false, error: `${source}: ${describeJsonProblem(problem)}`, problem };
}

/** Validates a parsed procedure file; never throws. `source` names the file in the message. */
export function parseProcedure(data: unknown, source: string): ProcedureLoadResult {
  const result = validateProcedure(data);
  if (result.ok) return { ok: true, procedure: result.value };
  const more = Math.max(0, result.issues.length - MAX_LISTED_ISSUES);
  return failure({ kind: 'invalid', issues: result.issues.slice(0, MAX_LISTED_ISSUES), more }, source);
}

/**
 * Parses and validates procedure JSON text within PROCEDURE_LIMITS; never throws. Every problem,
 * from a file too deep to parse to a wrong field, comes back naming the file.
 */
export function parseProcedureText(
  text: string,
  source: string,
  limits: JsonLimits = PROCEDURE_LIMITS,
): ProcedureLoadResult {
  const result = readUntrustedJson(text, limits, validateProcedure);
  return result.ok ? { ok: true, procedure: result.value } : failure(result.problem, source);
}
