import type { StoreApi } from 'zustand';
import { isPaletteId, type PaletteId } from '../anatomy/palette';
import type { AppStore } from './appStore';

/** Where the display options are kept between runs (the desktop app's and the browser's own storage). */
export const DISPLAY_PREFS_KEY = 'hepatic-perfusion.display';

export interface DisplayPrefs {
  palette: PaletteId;
  reduceMotion: boolean;
}

export interface DisplayPrefsParse {
  /** The options that could be read; absent ones keep their defaults. */
  prefs: Partial<DisplayPrefs>;
  /** What was wrong with the stored text, naming the field; null when nothing was. */
  problem: string | null;
}

/** Reads the stored options. Never throws: anything unusable is named and ignored. */
export function parseDisplayPrefs(raw: string | null): DisplayPrefsParse {
  if (raw === null) return { prefs: {}, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { prefs: {}, problem: 'the saved display options could not be read' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { prefs: {}, problem: 'the saved display options could not be read' };
  }
  const record = value as Record<string, unknown>;
  const prefs: Partial<DisplayPrefs> = {};
  const problems: string[] = [];
  if ('palette' in record) {
    if (isPaletteId(record.palette)) prefs.palette = record.palette;
    else problems.push(`palette "${String(record.palette).slice(0, 40)}" is unknown`);
  }
  if ('reduceMotion' in record) {
    if (typeof record.reduceMotion === 'boolean') prefs.reduceMotion = record.reduceMotion;
    else problems.push('reduceMotion must be true or false');
  }
  return { prefs, problem: problems.length > 0 ? problems.join('; ') : null };
}

export function formatDisplayPrefs(prefs: DisplayPrefs): string {
  return JSON.stringify({ palette: prefs.palette, reduceMotion: prefs.reduceMotion });
}

/** The part of Storage this needs; a test passes a plain object. */
export type PrefsStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): PrefsStorage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    // Storage can be switched off; the options then last as long as the window.
    return null;
  }
}

/**
 * Applies the saved display options to the store, then saves them whenever they change.
 * `onProblem` hears about a damaged saved value (the defaults are used instead).
 */
export function startDisplayPrefs(
  app: StoreApi<AppStore>,
  onProblem: (problem: string) => void,
  storage: PrefsStorage | null = browserStorage(),
): () => void {
  if (!storage) return () => {};
  let raw: string | null = null;
  try {
    raw = storage.getItem(DISPLAY_PREFS_KEY);
  } catch {
    raw = null;
  }
  const { prefs, problem } = parseDisplayPrefs(raw);
  if (prefs.palette) app.getState().setPalette(prefs.palette);
  if (prefs.reduceMotion !== undefined) app.getState().setReduceMotion(prefs.reduceMotion);
  if (problem) onProblem(problem);
  return app.subscribe((state, previous) => {
    if (state.palette === previous.palette && state.reduceMotion === previous.reduceMotion) return;
    try {
      storage.setItem(DISPLAY_PREFS_KEY, formatDisplayPrefs(state));
    } catch {
      // A full or locked storage loses only the remembering, never the choice itself.
    }
  });
}
