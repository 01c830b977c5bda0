import type { z } from 'zod';
import { type Procedure, procedureSchema } from './schema';

export type ProcedureLoadResult = { ok: true; procedure: Procedure } | { ok: false; error: string };

/** Turns one zod issue into a line a person can act on: the field's path and what is wrong with it. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  return `${path}: ${issue.message}`;
}

/** Validates a parsed procedure file; never throws. `source` names the file in the message. */
export function parseProcedure(data: unknown, source: string): ProcedureLoadResult {
  const result = procedureSchema.safeParse(data);
  if (result.success) return { ok: true, procedure: result.data };
  const lines = result.error.issues.slice(0, 5).map(describeIssue);
  const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
  return { ok: false, error: `${source}: ${lines.join('; ')}${more}` };
}

/** Parses procedure JSON text; a syntax error is reported with the file name like any other problem. */
export function parseProcedureText(text: string, source: string): ProcedureLoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${source}: not valid JSON (${(error as Error).message})` };
  }
  return parseProcedure(data, source);
}
