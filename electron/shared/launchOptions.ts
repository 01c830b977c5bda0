// Pure launch-option vocabulary shared by the main process (flags, config file)
// and the renderer (the `?mode=` query used when the page runs in a plain browser).
// No 'electron' import here: both sides, and Node tests, load this module.
import type { Language } from './languages';

/** `audience` is the picture a presenter console drives on a second screen (see renderer/src/classroom). */
export const MODES = ['standard', 'presenter', 'kiosk', 'patient', 'audience'] as const;
export type Mode = (typeof MODES)[number];

export interface LaunchOptions {
  mode: Mode;
  fullscreen: boolean;
  /** Kiosk: seconds without a touch before the "Still there?" notice. */
  idleSeconds: number;
  /** Human-readable problems found in flags, query or config file; empty when all was well. */
  configWarnings: string[];
  /** Desktop: the language to open in (remembered, else configured). Absent in a browser: English or `&lang=`. */
  language?: Language;
  /**
   * A fixed device pixel ratio for the 3D view (`?dpr=` in a browser, `"dpr"` in the config file),
   * e.g. 1 so pictures and timings are the same on every run; absent: the app chooses (and on WebGL
   * emulated on the CPU, adapts it to the frame rate).
   */
  dpr?: number;
}

export const DEFAULT_MODE: Mode = 'standard';

export const DEFAULT_IDLE_SECONDS = 90;
/** `?idle=` in the browser build; down to 5 s so browser tests need not wait (the config file asks ≥ 10). */
export const IDLE_QUERY_LIMITS = { min: 5, max: 3600 } as const;

export type Parsed<T> = { ok: true; value: T } | { ok: false; warning: string };

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

/** Validates a mode written by a person; `label` names where it came from (e.g. `--mode`). */
export function parseModeValue(raw: string, label: string): Parsed<Mode> {
  const value = raw.trim().toLowerCase();
  if (isMode(value)) return { ok: true, value };
  return {
    ok: false,
    warning: `${label}: unknown mode "${raw}" (expected ${MODES.join(', ')}); ignored`,
  };
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** Validates an on/off switch written by a person (`1`, `true`, `0`, `false`, ...). */
export function parseBooleanValue(raw: string, label: string): Parsed<boolean> {
  const value = raw.trim().toLowerCase();
  if (TRUE_WORDS.includes(value)) return { ok: true, value: true };
  if (FALSE_WORDS.includes(value)) return { ok: true, value: false };
  return { ok: false, warning: `${label}: expected 1/true or 0/false, got "${raw}"; ignoring it` };
}

/** Validates an idle time in whole seconds written by a person. */
export function parseIdleValue(raw: string, label: string): Parsed<number> {
  const text = raw.trim();
  const value = Number(text);
  if (/^\d+$/.test(text) && value >= IDLE_QUERY_LIMITS.min && value <= IDLE_QUERY_LIMITS.max) {
    return { ok: true, value };
  }
  return {
    ok: false,
    warning: `${label}: expected whole seconds from ${IDLE_QUERY_LIMITS.min} to ${IDLE_QUERY_LIMITS.max}, got "${raw}"; using ${DEFAULT_IDLE_SECONDS}`,
  };
}

/** The pixel ratios a person may pin: half resolution (very slow machines) to a 3x display. */
export const DPR_LIMITS = { min: 0.5, max: 3 } as const;

/** Validates a pinned device pixel ratio written by a person (`1`, `0.75`, `2`). */
export function parseDprValue(raw: string, label: string): Parsed<number> {
  const text = raw.trim();
  const value = Number(text);
  if (/^\d+(\.\d+)?$/.test(text) && value >= DPR_LIMITS.min && value <= DPR_LIMITS.max) {
    return { ok: true, value };
  }
  return {
    ok: false,
    warning: `${label}: expected a pixel ratio from ${DPR_LIMITS.min} to ${DPR_LIMITS.max}, got "${raw}"; the app chooses it`,
  };
}

/**
 * Launch options for the renderer when it runs in a plain browser (e2e tests, demos):
 * `?mode=kiosk&idle=30`, `?mode=presenter&fullscreen=1`. Same validation and defaults as the desktop flags.
 */
export function parseLaunchQuery(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  let mode: Mode = DEFAULT_MODE;
  let fullscreen = false;
  let idleSeconds = DEFAULT_IDLE_SECONDS;

  const rawMode = params.get('mode');
  if (rawMode !== null) {
    const parsed = parseModeValue(rawMode, '?mode');
    if (parsed.ok) mode = parsed.value;
    else warnings.push(parsed.warning);
  }
  const rawFullscreen = params.get('fullscreen');
  if (rawFullscreen !== null) {
    // A bare `?fullscreen` means "on", like the `--fullscreen` flag.
    const parsed =
      rawFullscreen === ''
        ? ({ ok: true, value: true } as const)
        : parseBooleanValue(rawFullscreen, '?fullscreen');
    if (parsed.ok) fullscreen = parsed.value;
    else warnings.push(parsed.warning);
  }
  const rawIdle = params.get('idle');
  if (rawIdle !== null) {
    const parsed = parseIdleValue(rawIdle, '?idle');
    if (parsed.ok) idleSeconds = parsed.value;
    else warnings.push(parsed.warning);
  }
  let dpr: number | undefined;
  const rawDpr = params.get('dpr');
  if (rawDpr !== null) {
    const parsed = parseDprValue(rawDpr, '?dpr');
    if (parsed.ok) dpr = parsed.value;
    else warnings.push(parsed.warning);
  }
  // Kiosk is always full screen, whatever the query says.
  if (mode === 'kiosk') fullscreen = true;
  return { mode, fullscreen, idleSeconds, configWarnings: warnings, ...(dpr === undefined ? {} : { dpr }) };
}
