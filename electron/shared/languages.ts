// The languages the app speaks, shared by the main process (config file, remembered choice, its
// own dialog strings) and the renderer (the switch, `&lang=` in the address). English is the
// source: every other language is checked against it (tests/unit/i18n/completeness.test.ts).
// No 'electron' import here: both sides, and Node tests, load this module.

/** In the order the language switch lists them. Adding one: see the README's "Languages". */
export const LANGUAGES = ['en', 'nl', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
