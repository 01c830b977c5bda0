// The language switch: one command whose argument is the language. The strings load and apply in
// i18n/languageSync.ts, which follows the store; the desktop shell remembers the choice.
import { AVAILABLE_LANGUAGES, isAvailableLanguage } from '../i18n/localeFiles';
import type { Command } from './types';

export const languageCommands: readonly Command[] = [
  {
    id: 'setLanguage',
    labelKey: 'language.label',
    keys: [],
    args: () => AVAILABLE_LANGUAGES,
    perform: ({ app, platform }, arg) => {
      if (!isAvailableLanguage(arg)) return;
      app.getState().setLanguage(arg);
      // A visitor's choice at a kiosk is not kept: the shell refuses it there.
      void platform.rememberLanguage(arg);
    },
    isPressed: ({ app }, arg) => app.getState().language === arg,
  },
];
