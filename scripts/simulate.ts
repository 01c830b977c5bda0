/**
 * Runs the physiology model for one procedure and prints the figures as one JSON object.
 *
 *   npm run simulate -- --procedure php|ihp [--preset nci|leiden] [--weight KG] [--dose MG_PER_KG]
 *                       [--param NAME=VALUE ...] [--csv FILE] [--step SECONDS]
 *
 * A preset (IHP: nci, leiden) sets its protocol's parameters first; --weight, --dose and --param
 * then override any of them.
 *
 * Bad arguments end with a non-zero exit code and one line on stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  COMPARTMENTS,
  MASS_POOLS,
  type PhysiologyParams,
  parameterDefinitions,
  presetParams,
  solveProcedure,
  summarize,
  validateParams,
} from '../renderer/src/physiology';
import { parseProcedureText } from '../renderer/src/procedure/loader';

export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE =
  'usage: simulate --procedure php|ihp [--preset nci|leiden] [--weight KG] [--dose MG_PER_KG] [--param NAME=VALUE ...] [--csv FILE] [--step SECONDS]';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
};

class UsageError extends Error {}

interface Options {
  procedure: string;
  preset?: string;
  overrides: Record<string, number>;
  csv?: string;
  stepS?: number;
}

function parseNumber(flag: string, text: string): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new UsageError(`${flag} needs a number, got "${text}"`);
  return value;
}

function parseArgs(argv: readonly string[]): Options | 'help' {
  let procedure: string | undefined;
  let preset: string | undefined;
  const overrides: Record<string, number> = {};
  let csv: string | undefined;
  let stepS: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    const match = /^(--[a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}"`);
    const flag = match[1] as string;
    let value = match[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new UsageError(`${flag} needs a value`);
      }
      i++;
    }
    switch (flag) {
      case '--procedure':
        procedure = value;
        break;
      case '--preset':
        preset = value;
        break;
      case '--weight':
        overrides.weight = parseNumber(flag, value);
        break;
      case '--dose':
        overrides.dose = parseNumber(flag, value);
        break;
      case '--param': {
        const eq = value.indexOf('=');
        if (eq <= 0) throw new UsageError(`--param needs NAME=VALUE, got "${value}"`);
        overrides[value.slice(0, eq).trim()] = parseNumber(
          `--param ${value.slice(0, eq).trim()}`,
          value.slice(eq + 1),
        );
        break;
      }
      case '--csv':
        csv = value;
        break;
      case '--step':
        stepS = parseNumber(flag, value);
        if (stepS < 0.1 || stepS > 60)
          throw new UsageError(`--step must be between 0.1 and 60 seconds, got ${stepS}`);
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (!procedure) throw new UsageError('--procedure is required (php or ihp)');
  return {
    procedure,
    overrides,
    ...(preset !== undefined ? { preset } : {}),
    ...(csv !== undefined ? { csv } : {}),
    ...(stepS !== undefined ? { stepS } : {}),
  };
}

function procedureFile(name: string): string {
  if (name.endsWith('.json')) return resolve(name);
  if (!/^[a-zA-Z][a-zA-Z0-9-]*$/.test(name))
    throw new UsageError(`--procedure must be php, ihp or a .json file, got "${name}"`);
  return resolve(ROOT, 'assets', 'procedures', `${name}.json`);
}

/** Numbers rounded to 6 significant digits for reading; exact values stay in the CSV. */
function round(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
  if (Array.isArray(value)) return value.map(round);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  }
  return value;
}

function csvText(solution: ReturnType<typeof solveProcedure>): string {
  const pools = ['infused', 'eliminated', 'removedByFilter', 'removedWithPerfusate'] as const;
  const header = [
    'timeS',
    'timeMin',
    ...COMPARTMENTS.map((c) => `${c}MgL`),
    'ivComparatorSystemicMgL',
    ...pools.map((p) => `${p}Mg`),
  ];
  const lines = [header.join(',')];
  const width = COMPARTMENTS.length;
  for (let r = 0; r < solution.count; r++) {
    const t = r * solution.dtS;
    const row: number[] = [t, t / 60];
    for (let c = 0; c < width; c++) row.push(solution.conc[r * width + c] as number);
    row.push(solution.ivSystemic[r] as number);
    for (const p of pools) row.push(solution.mass[r * MASS_POOLS.length + MASS_POOLS.indexOf(p)] as number);
    lines.push(row.map((v) => Number(v.toPrecision(8))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The whole command, without touching process state: testable. */
export function runCli(argv: readonly string[], io: CliIo = nodeIo): CliResult {
  try {
    const options = parseArgs(argv);
    if (options === 'help') return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    const file = procedureFile(options.procedure);
    let text: string;
    try {
      text = io.readFile(file);
    } catch {
      throw new UsageError(`no procedure "${options.procedure}" (looked for ${file})`);
    }
    const loaded = parseProcedureText(text, file);
    if (!loaded.ok) throw new UsageError(loaded.error);
    const procedure = loaded.procedure;
    let presetValues: PhysiologyParams = {};
    if (options.preset !== undefined) {
      const chosen = presetParams(procedure.id, options.preset);
      if (!chosen.ok) throw new UsageError(`--preset: ${chosen.error}`);
      presetValues = chosen.params;
    }
    const checked = validateParams(procedure, { ...presetValues, ...options.overrides });
    if (!checked.ok) throw new UsageError(checked.errors.join('; '));
    const params: PhysiologyParams = checked.params;
    const solution = solveProcedure(
      procedure,
      params,
      options.stepS !== undefined ? { dtS: options.stepS } : {},
    );
    const m = summarize(solution);
    if (options.csv !== undefined) {
      try {
        io.writeFile(options.csv, csvText(solution));
      } catch (error) {
        throw new UsageError(`could not write ${options.csv}: ${(error as Error).message}`);
      }
    }
    const units: Record<string, string> = { auc: 'mg·min/L', peak: 'mg/L', dose: 'mg', time: 'min' };
    for (const d of parameterDefinitions(procedure)) units[`params.${d.name}`] = d.unit;
    const result = {
      procedure: procedure.id,
      ...(options.preset !== undefined ? { preset: options.preset } : {}),
      params,
      doseMg: m.doseMg,
      infusedMg: m.infusedMg,
      durationMin: solution.durationS / 60,
      stepS: solution.dtS,
      auc: {
        liver: m.auc.liver,
        tumour: m.auc.tumour,
        systemic: m.auc.systemic,
        liverTissue: m.auc.liverTissue,
        circuit: m.auc.circuit,
      },
      aucToInfinity: m.aucInf,
      peak: {
        liver: m.peak.liver,
        systemic: m.peak.systemic,
        tumour: m.peak.tumour,
        liverTissue: m.peak.liverTissue,
        circuit: m.peak.circuit,
      },
      liverToSystemic: m.liverToSystemic,
      regionalAdvantage: m.regionalAdvantage,
      tumourAdvantage: m.tumourAdvantage,
      perfusateToSystemic: m.perfusateToSystemic,
      doseFractions: m.doseFractions,
      removedBy: m.removedBy,
      ...(m.filterExtractionMean !== null
        ? { filterExtractionMean: m.filterExtractionMean, filterExtractionOverall: m.filterExtractionOverall }
        : {}),
      comparator: {
        auc: { systemic: m.comparator.auc.systemic },
        aucToInfinity: m.comparator.aucInf,
        peak: m.comparator.peak,
      },
      massBalanceError: m.massBalanceError,
      ...(options.csv !== undefined ? { csv: options.csv } : {}),
      units,
    };
    return { code: 0, stdout: `${JSON.stringify(round(result), null, 2)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof UsageError)
      return { code: 1, stdout: '', stderr: `simulate: ${oneLine(error.message)} (see --help)\n` };
    const message = error instanceof Error ? error.message : String(error);
    return { code: 2, stdout: '', stderr: `simulate: ${oneLine(message)}\n` };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
