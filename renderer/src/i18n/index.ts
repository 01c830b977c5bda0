import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../electron/shared/languages';
import { englishFiles, isAvailableLanguage, loadLanguageFiles } from './localeFiles';
import type { LocaleMeta } from './mergeLocales';
import { mergeLocales } from './mergeLocales';
import { markMissing, readableKey } from './missingKeys';

const english = mergeLocales(englishFiles);
if (english.conflicts.length > 0) console.warn(`Locale keys defined twice: ${english.conflicts.join(', ')}`);

export const localeConflicts = english.conflicts;

const DEV = import.meta.env?.DEV === true;

/** Each loaded language's metadata (translator, clinical review); English, the source, has none. */
const metaByLanguage = new Map<Language, LocaleMeta | null>([['en', null]]);

/**
 * English is bundled, synchronous and offline; other languages are added by `switchLanguage`.
 * A key missing in a translation shows the English text (marked `⟦en⟧` in development builds);
 * a key missing everywhere shows readable words, never the raw key.
 */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { translation: english.tree } },
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      saveMissing: DEV,
      missingKeyHandler: DEV
        ? (languages, _namespace, key) => console.warn(`Missing string "${key}" (${languages.join(', ')})`)
        : false,
      parseMissingKeyHandler: (key, defaultValue) =>
        typeof defaultValue === 'string' && defaultValue !== '' ? defaultValue : readableKey(key),
    });
  }
  return i18next;
}

export type SwitchOutcome = { ok: true } | { ok: false; problem: string };

/**
 * Loads a language's strings (its own chunk, from the app's files) and switches to it. The app stays
 * in its current language when the chunk cannot be loaded, and the outcome names why.
 */
export async function switchLanguage(language: Language): Promise<SwitchOutcome> {
  initI18n();
  if (!isAvailableLanguage(language)) return { ok: false, problem: `no strings for "${language}"` };
  if (!i18next.hasResourceBundle(language, 'translation')) {
    try {
      const loaded = await loadLanguageFiles(language);
      if (loaded.conflicts.length > 0)
        console.warn(`${language}: locale keys defined twice: ${loaded.conflicts.join(', ')}`);
      for (const problem of loaded.metaProblems) console.warn(problem);
      let tree = loaded.tree;
      if (DEV) {
        const marked = markMissing(english.tree, tree);
        if (marked.missing.length > 0)
          console.warn(
            `${language}: ${marked.missing.length} strings shown in English: ${marked.missing.join(', ')}`,
          );
        tree = marked.tree;
      }
      i18next.addResourceBundle(language, 'translation', tree, true, true);
      metaByLanguage.set(language, loaded.about);
    } catch (error) {
      return { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
  }
  await i18next.changeLanguage(language);
  return { ok: true };
}

/** Translator and clinical review of a loaded language; null for English or a language not loaded. */
export function languageMetaOf(language: string): LocaleMeta | null {
  return metaByLanguage.get(language as Language) ?? null;
}

export { i18next };
