// The few user-visible strings of the main process, kept with the other locale files.
import en from '../../assets/locales/main-en.json';
import type { Language } from './config';

export type MainStrings = typeof en;

const BY_LANGUAGE: Record<Language, MainStrings> = { en };

export function mainStrings(language: Language): MainStrings {
  return BY_LANGUAGE[language];
}
