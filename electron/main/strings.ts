// The few user-visible strings of the main process (dialog titles, the error page), kept with the
// other locale files as assets/locales/main-<lang>.json. A language without a file, or a key its
// file lacks, falls back to English.

import en from '../../assets/locales/main-en.json';
import type { Language } from '../shared/languages';

export type MainStrings = typeof en;

const FILES: Record<string, unknown> = import.meta.glob('../../assets/locales/main-*.json', {
  eager: true,
  import: 'default',
});

/** The English strings with every string of the language's file laid over them (its `$meta` left out). */
export function mainStrings(language: Language): MainStrings {
  const file = FILES[`../../assets/locales/main-${language}.json`];
  if (language === 'en' || typeof file !== 'object' || file === null) return en;
  const strings: MainStrings = { ...en };
  for (const key of Object.keys(en) as Array<keyof MainStrings>) {
    const value = (file as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '') strings[key] = value;
  }
  return strings;
}
