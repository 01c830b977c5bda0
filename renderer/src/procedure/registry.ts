import ihpData from '@assets/procedures/ihp.json';
import phpData from '@assets/procedures/php.json';
import { parseProcedure } from './loader';
import type { Procedure } from './schema';

export const PROCEDURE_IDS = ['php', 'ihp'] as const;
export type ProcedureId = (typeof PROCEDURE_IDS)[number];

export interface ProcedureCatalogue {
  procedures: Record<ProcedureId, Procedure>;
  /** Problems found while loading, each naming the file and field; shown to the person. */
  errors: string[];
}

/**
 * Validates candidate procedure files. One that fails validation is replaced by the built-in
 * file of the same id (which the tests prove valid), and the failure is reported.
 */
export function buildCatalogue(
  candidates: Partial<Record<ProcedureId, { data: unknown; source: string }>>,
  builtIn: Record<ProcedureId, unknown> = { php: phpData, ihp: ihpData },
): ProcedureCatalogue {
  const errors: string[] = [];
  const procedures = {} as Record<ProcedureId, Procedure>;
  for (const id of PROCEDURE_IDS) {
    const candidate = candidates[id] ?? { data: builtIn[id], source: `assets/procedures/${id}.json` };
    let result = parseProcedure(candidate.data, candidate.source);
    if (!result.ok) {
      errors.push(result.error);
      result = parseProcedure(builtIn[id], `assets/procedures/${id}.json`);
    }
    if (!result.ok) throw new Error(`Built-in procedure is invalid: ${result.error}`);
    procedures[id] = result.procedure;
  }
  return { procedures, errors };
}

export function isProcedureId(value: unknown): value is ProcedureId {
  return typeof value === 'string' && (PROCEDURE_IDS as readonly string[]).includes(value);
}
