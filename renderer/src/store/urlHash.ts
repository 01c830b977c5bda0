import type { Language } from '../../../electron/shared/languages';
import { AVAILABLE_LANGUAGES, isAvailableLanguage } from '../i18n/localeFiles';
import { formatTumourList, type PatientTumour, parseTumourList } from '../patient/tumourList';
import {
  isProcedureId,
  PROCEDURE_IDS,
  type ProcedureCatalogue,
  type ProcedureId,
} from '../procedure/registry';
import { stepSettledS } from '../procedure/settledTime';
import { procedureDurationS } from '../procedure/timeline';

export interface HashState {
  procedureId: ProcedureId;
  timeS: number;
  /** The patient's tumours (`tumours=VII:28,IVa:18`; empty means none); absent keeps the procedure's own. */
  tumours: PatientTumour[];
  /** `lang=de`; absent keeps the language the app started in (English, or the one remembered). */
  language: Language;
}

export interface HashParseResult {
  /** The fields that could be used; absent fields keep the app's defaults. */
  state: Partial<HashState>;
  /** One line per ignored field, naming it. */
  problems: string[];
}

/**
 * Longest hash read, in characters. The app writes about 50 (`#procedure=php&step=…&t=1260`);
 * a longer one is pasted junk or an attack, and is ignored whole rather than parsed.
 */
export const MAX_HASH_LENGTH = 1_000;

/**
 * Reads `#procedure=php&step=infusion&t=1260`. Time wins over step; a step alone means its settled moment (its outcome shown).
 * Never throws: anything unusable is named in `problems` and ignored.
 */
export function parseHash(hash: string, catalogue: ProcedureCatalogue): HashParseResult {
  const problems: string[] = [];
  const state: Partial<HashState> = {};
  if (typeof hash !== 'string') return { state, problems: ['the link could not be read'] };
  if (hash.length > MAX_HASH_LENGTH) {
    return {
      state,
      problems: [`the link is too long (${hash.length} characters; at most ${MAX_HASH_LENGTH})`],
    };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state, problems: ['the link could not be read'] };
  }
  const procedureParam = params.get('procedure');
  if (procedureParam !== null) {
    if (isProcedureId(procedureParam)) state.procedureId = procedureParam;
    else problems.push(`procedure "${procedureParam.slice(0, 40)}" is not one of php, ihp`);
  }
  const procedure = catalogue.procedures[state.procedureId ?? PROCEDURE_IDS[0]];
  const duration = procedureDurationS(procedure);
  const stepParam = params.get('step');
  if (stepParam !== null) {
    const index = procedure.steps.findIndex((step) => step.id === stepParam);
    if (index >= 0) state.timeS = stepSettledS(procedure, index);
    else problems.push(`step "${stepParam.slice(0, 40)}" is not a step of ${procedure.id}`);
  }
  const timeParam = params.get('t');
  if (timeParam !== null) {
    const value = /^\d+(\.\d+)?$/.test(timeParam) ? Number(timeParam) : Number.NaN;
    if (Number.isFinite(value) && value <= duration) state.timeS = value;
    else problems.push(`t "${timeParam.slice(0, 40)}" must be seconds between 0 and ${duration}`);
  }
  const tumoursParam = params.get('tumours');
  if (tumoursParam !== null) {
    const parsed = parseTumourList(tumoursParam);
    state.tumours = parsed.tumours;
    problems.push(...parsed.problems);
  }
  const languageParam = params.get('lang');
  if (languageParam !== null) {
    if (isAvailableLanguage(languageParam)) state.language = languageParam;
    else
      problems.push(
        `language "${languageParam.slice(0, 40)}" is not one of ${AVAILABLE_LANGUAGES.join(', ')}; using English`,
      );
  }
  return { state, problems };
}

/** The hash for a moment: whole seconds keep links short and stable; English, the default, is not written. */
export function formatHash(
  procedureId: ProcedureId,
  stepId: string,
  timeS: number,
  tumours: readonly PatientTumour[] | null = null,
  language: Language = 'en',
): string {
  const moment = `#procedure=${procedureId}&step=${encodeURIComponent(stepId)}&t=${Math.round(timeS)}`;
  const withTumours = tumours === null ? moment : `${moment}&tumours=${formatTumourList(tumours)}`;
  return language === 'en' ? withTumours : `${withTumours}&lang=${language}`;
}
