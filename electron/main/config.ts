// The optional JSON config file and how it combines with the flags. Pure apart from the
// injected `readFile`: every problem becomes a warning that names the file and the
// field, and the default is used for that field. Nothing here throws.
import { resolve } from 'node:path';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../shared/languages';
import {
  DEFAULT_IDLE_SECONDS,
  DEFAULT_MODE,
  DPR_LIMITS,
  type LaunchOptions,
  MODES,
  type Mode,
} from '../shared/launchOptions';
import {
  checkSize,
  describeJsonProblem,
  type JsonLimits,
  parseUntrustedJson,
  SMALL_FILE_LIMITS,
} from '../shared/untrustedJson';
import type { FlagOptions } from './flags';
import { isPinHash } from './pin';

export { LANGUAGES, type Language };

export const IDLE_RESET_LIMITS = { min: 10, max: 3600 } as const;

export const configFileSchema = z
  .object({
    mode: z.enum(MODES),
    fullscreen: z.boolean(),
    language: z.enum(LANGUAGES),
    idleResetSeconds: z.number().int().min(IDLE_RESET_LIMITS.min).max(IDLE_RESET_LIMITS.max),
    allowDevTools: z.boolean(),
    /** Kiosk: the operator's exit PIN as written by `npm run pin-hash` (never the PIN itself). */
    operatorPinHash: z.string().refine(isPinHash),
    /** A fixed pixel ratio for the 3D view; absent: the app chooses (see README, Performance). */
    dpr: z.number().min(DPR_LIMITS.min).max(DPR_LIMITS.max),
  })
  .partial();

export type FileConfig = z.infer<typeof configFileSchema>;
type ConfigField = keyof FileConfig;

/** What each field accepts, in words, for the warnings. */
const EXPECTED: Record<ConfigField, string> = {
  mode: `one of ${MODES.map((m) => `"${m}"`).join(', ')}`,
  fullscreen: 'true or false',
  language: `one of ${LANGUAGES.map((l) => `"${l}"`).join(', ')}`,
  idleResetSeconds: `a whole number of seconds from ${IDLE_RESET_LIMITS.min} to ${IDLE_RESET_LIMITS.max}`,
  allowDevTools: 'true or false',
  operatorPinHash: 'a hash made by "npm run pin-hash" (scrypt$...)',
  dpr: `a pixel ratio from ${DPR_LIMITS.min} to ${DPR_LIMITS.max}`,
};

/** Fields whose value is never repeated in a warning: a PIN typed there by mistake must not be shown. */
const SECRET_FIELDS: ReadonlySet<ConfigField> = new Set(['operatorPinHash']);

export interface AppSettings {
  mode: Mode;
  fullscreen: boolean;
  language: Language;
  idleResetSeconds: number;
  allowDevTools: boolean;
  /** Kiosk exit PIN hash, or null when none is configured (the kiosk then cannot be left from the screen). */
  operatorPinHash: string | null;
  /** A fixed pixel ratio for the 3D view, or null: the app chooses. */
  dpr: number | null;
  /** Flag and config problems, in the order found. */
  warnings: string[];
}

export const DEFAULT_SETTINGS: Readonly<Omit<AppSettings, 'warnings'>> = {
  mode: DEFAULT_MODE,
  fullscreen: false,
  language: 'en',
  idleResetSeconds: DEFAULT_IDLE_SECONDS,
  allowDevTools: false,
  operatorPinHash: null,
  dpr: null,
};

export interface ConfigResult {
  config: FileConfig;
  warnings: string[];
}

function showValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A config file is a few lines typed by hand; anything far bigger or deeper is not one. */
export const CONFIG_LIMITS: Readonly<JsonLimits> = SMALL_FILE_LIMITS;

function refused(file: string, reason: string): ConfigResult {
  return { config: {}, warnings: [`Config file ${file} ${reason}; using defaults`] };
}

/** Validates the text of a config file field by field; `file` names it in the warnings. */
export function parseConfigText(text: string, file: string): ConfigResult {
  const read = parseUntrustedJson(text, CONFIG_LIMITS);
  if (!read.ok) {
    const { problem } = read;
    return refused(
      file,
      problem.kind === 'syntax'
        ? `is not valid JSON (${problem.detail})`
        : `was not used: ${describeJsonProblem(problem)}`,
    );
  }
  const data = read.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refused(file, 'must contain a JSON object like {"mode": "kiosk"}');
  }

  const config: Record<string, unknown> = {};
  const warnings: string[] = [];
  const shape = configFileSchema.shape;
  // Dropped while parsing so they can never reach a prototype; still named like any unknown field.
  for (const field of read.droppedKeys)
    warnings.push(`Config file ${file}: unknown field "${field}" was ignored`);
  for (const [field, value] of Object.entries(data)) {
    // Own keys only: `in` would accept "toString" or "constructor" from Object.prototype.
    if (!Object.hasOwn(shape, field)) {
      warnings.push(`Config file ${file}: unknown field "${field}" was ignored`);
      continue;
    }
    const key = field as ConfigField;
    const parsed = shape[key].safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else {
      const got = SECRET_FIELDS.has(key) ? 'something else' : showValue(value);
      warnings.push(
        `Config file ${file}: field "${key}" must be ${EXPECTED[key]} (got ${got}); using default ${showValue(DEFAULT_SETTINGS[key])}`,
      );
    }
  }
  return { config: config as FileConfig, warnings };
}

export type ReadText = (path: string) => string;
/** The file's size in bytes (fs.statSync(path).size), so a huge file is refused before it is read. */
export type FileSize = (path: string) => number;

/**
 * Reads and validates a config file. A missing file is only worth a warning when the
 * person asked for it (`--config=`); the default location is optional.
 */
export function loadConfigFile(
  path: string,
  readText: ReadText,
  options: { required: boolean; fileSize?: FileSize },
): ConfigResult {
  let text: string;
  try {
    const tooLarge = options.fileSize ? checkSize(options.fileSize(path), CONFIG_LIMITS) : null;
    if (tooLarge) return refused(path, `was not used: ${describeJsonProblem(tooLarge)}`);
    text = readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' && !options.required) return { config: {}, warnings: [] };
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    return { config: {}, warnings: [`Config file ${path} could not be read (${reason}); using defaults`] };
  }
  return parseConfigText(text, path);
}

/** Flags win over the config file, the config file over defaults; kiosk locks a few things down. */
export function resolveSettings(flags: FlagOptions, file: ConfigResult): AppSettings {
  const warnings = [...flags.warnings, ...file.warnings];
  const merged = { ...DEFAULT_SETTINGS, ...file.config };
  if (flags.mode !== undefined) merged.mode = flags.mode;
  if (flags.fullscreen !== undefined) merged.fullscreen = flags.fullscreen;

  if (merged.mode === 'kiosk') {
    // A public kiosk is always full screen and never opens developer tools.
    merged.fullscreen = true;
    if (merged.allowDevTools) {
      warnings.push('"allowDevTools" is ignored in kiosk mode');
      merged.allowDevTools = false;
    }
    if (merged.operatorPinHash === null) {
      warnings.push(
        'No operator PIN is set ("operatorPinHash" in the config file): the kiosk cannot be closed from the screen. Make one with "npm run pin-hash"',
      );
    }
  }
  return { ...merged, warnings };
}

export interface LoadSettingsInput {
  argv: readonly string[];
  cwd: string;
  /** Used when no --config flag is given; a missing file there is fine. */
  defaultConfigPath: string;
  readText: ReadText;
  /** Checked before reading when given. */
  fileSize?: FileSize;
  parseFlags: (argv: readonly string[]) => FlagOptions;
}

/** Flags → which config file → merged settings. */
export function loadSettings(input: LoadSettingsInput): AppSettings {
  const flags = input.parseFlags(input.argv);
  const { configPath } = flags;
  // resolve() keeps absolute paths as they are and anchors relative ones at cwd.
  const path = configPath === undefined ? input.defaultConfigPath : resolve(input.cwd, configPath);
  return resolveSettings(
    flags,
    loadConfigFile(path, input.readText, { required: configPath !== undefined, fileSize: input.fileSize }),
  );
}

/** The part of the settings the renderer asks for over IPC. */
export function toLaunchOptions(settings: AppSettings): LaunchOptions {
  return {
    mode: settings.mode,
    fullscreen: settings.fullscreen,
    idleSeconds: settings.idleResetSeconds,
    configWarnings: [...settings.warnings],
    language: settings.language,
    ...(settings.dpr === null ? {} : { dpr: settings.dpr }),
  };
}
