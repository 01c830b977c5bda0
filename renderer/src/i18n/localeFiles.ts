// Where each language's strings come from. English is bundled with the app's start-up code; every
// other language is a separate chunk (electron.vite.config.ts groups a folder into one), shipped
// with the app and loaded from disk only when a person chooses it: never from the network.
import { isLanguage, LANGUAGES, type Language } from '../../../electron/shared/languages';
import { type LocaleMeta, languageMeta, type MergedLocale, mergeLocales } from './mergeLocales';

export const englishFiles: Record<string, unknown> = import.meta.glob('../../../assets/locales/en/*.json', {
  eager: true,
  import: 'default',
});

const lazyFiles = import.meta.glob<unknown>(
  ['../../../assets/locales/*/*.json', '!../../../assets/locales/en/*.json'],
  { import: 'default' },
);

/** `../../../assets/locales/de/app.json` → `de`. */
function languageOfPath(path: string): string | null {
  return /\/locales\/([^/]+)\/[^/]+\.json$/.exec(path)?.[1] ?? null;
}

/** The languages the app knows that have a folder of strings here, English first. */
export const AVAILABLE_LANGUAGES: readonly Language[] = LANGUAGES.filter(
  (code) => code === 'en' || Object.keys(lazyFiles).some((path) => languageOfPath(path) === code),
);

export function isAvailableLanguage(value: unknown): value is Language {
  return isLanguage(value) && AVAILABLE_LANGUAGES.includes(value);
}

export interface LoadedLanguage extends MergedLocale {
  language: Language;
  /** The language's `$meta`, merged over its files; null for English, the source. */
  about: LocaleMeta | null;
}

/** Loads every file of one language (one chunk) and merges them. Rejects when the chunk cannot load. */
export async function loadLanguageFiles(language: Language): Promise<LoadedLanguage> {
  if (language === 'en') {
    const merged = mergeLocales(englishFiles);
    return { ...merged, language, about: null };
  }
  const entries = Object.entries(lazyFiles).filter(([path]) => languageOfPath(path) === language);
  const contents = await Promise.all(entries.map(async ([path, load]) => [path, await load()] as const));
  const merged = mergeLocales(Object.fromEntries(contents));
  return { ...merged, language, about: languageMeta(merged.meta) };
}
