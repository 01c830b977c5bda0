import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeLocales } from './mergeLocales';

const english = mergeLocales(
  import.meta.glob('../../../assets/locales/en/*.json', { eager: true, import: 'default' }),
);
if (english.conflicts.length > 0) console.warn(`Locale keys defined twice: ${english.conflicts.join(', ')}`);

export const localeConflicts = english.conflicts;

/** Bundled, synchronous and offline: every string ships with the app. */
export function initI18n(language = 'en'): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'en',
      resources: { en: { translation: english.tree } },
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return i18next;
}

export { i18next };
