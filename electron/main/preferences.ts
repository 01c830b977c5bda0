// What the desktop app remembers between starts: today only the language a person chose. Kept in
// its own small file next to the config file (which an administrator writes; this one the app
// writes). Pure apart from the injected file calls. A file that cannot be read never stops the app:
// English is used, the problem is named, and the unreadable file is kept aside, not overwritten.
import { isLanguage, LANGUAGES, type Language } from '../shared/languages';
import { parseUntrustedJson, SMALL_FILE_LIMITS } from '../shared/untrustedJson';

export interface Preferences {
  language: Language | null;
}

export interface PreferencesResult {
  preferences: Preferences;
  /** One line per problem, naming the file; empty when all was well (a missing file is fine). */
  warnings: string[];
}

export interface PreferencesFiles {
  readText(path: string): string;
  writeText(path: string, text: string): void;
  rename(from: string, to: string): void;
}

const NONE: Preferences = { language: null };

/** Validates the text of a preferences file; `file` names it in the problem. */
export function parsePreferencesText(
  text: string,
  file: string,
): { preferences: Preferences; problem: string | null } {
  const read = parseUntrustedJson(text, SMALL_FILE_LIMITS);
  if (!read.ok || typeof read.value !== 'object' || read.value === null || Array.isArray(read.value))
    return { preferences: NONE, problem: `${file} is not a valid preferences file` };
  const { language } = read.value as { language?: unknown };
  if (language === undefined) return { preferences: NONE, problem: null };
  if (!isLanguage(language))
    return {
      preferences: NONE,
      problem: `${file}: the saved language ${JSON.stringify(language).slice(0, 40)} is not one of ${LANGUAGES.join(', ')}`,
    };
  return { preferences: { language }, problem: null };
}

/** Where an unreadable preferences file is moved, so that nothing a person saved is overwritten. */
export function corruptCopyPath(path: string, now: Date): string {
  return `${path}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** Reads the preferences; a broken file is moved aside (and named in the warning) and English is used. */
export function loadPreferences(path: string, files: PreferencesFiles, now: () => Date): PreferencesResult {
  let text: string;
  try {
    text = files.readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') return { preferences: NONE, warnings: [] };
    return {
      preferences: NONE,
      warnings: [`Saved preferences ${path} could not be read (${code ?? String(error)}); using English`],
    };
  }
  const { preferences, problem } = parsePreferencesText(text, path);
  if (problem === null) return { preferences, warnings: [] };
  const aside = corruptCopyPath(path, now());
  try {
    files.rename(path, aside);
    return { preferences, warnings: [`${problem}; using English. The file was kept as ${aside}`] };
  } catch {
    return { preferences, warnings: [`${problem}; using English`] };
  }
}

/** Writes the chosen language; returns a problem line instead of throwing. */
export function saveLanguagePreference(
  path: string,
  language: Language,
  files: PreferencesFiles,
): string | null {
  try {
    files.writeText(path, `${JSON.stringify({ language }, null, 2)}\n`);
    return null;
  } catch (error) {
    return `The language could not be remembered in ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}

/**
 * The language the app opens in: the one a person chose last, else the config file's. A kiosk
 * always opens in its configured language: a visitor's choice does not outlive the visit.
 */
export function startLanguage(configured: Language, remembered: Language | null, kiosk: boolean): Language {
  return kiosk || remembered === null ? configured : remembered;
}
