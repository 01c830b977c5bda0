import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../electron/shared/languages';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { startLanguageSync } from '../../../renderer/src/i18n/languageSync';
import { AVAILABLE_LANGUAGES } from '../../../renderer/src/i18n/localeFiles';
import { createAppStore } from '../../../renderer/src/store/appStore';

describe('following the chosen language', () => {
  it('keeps the language it has, with a notice, when the chosen one cannot load', async () => {
    initI18n();
    const store = createAppStore();
    const stop = startLanguageSync(store);
    store.getState().setLanguage('tlh' as Language);
    await vi.waitFor(() => expect(store.getState().language).toBe('en'));
    expect(i18next.language).toBe('en');
    expect(store.getState().notices.at(-1)).toMatch(/"tlh" could not be loaded/);
    stop();
  });

  it('switches the strings when another language is chosen', async () => {
    const other = AVAILABLE_LANGUAGES.find((code) => code !== 'en');
    if (!other) return; // Only English is present: nothing to switch to (the test above covers the path).
    initI18n();
    const store = createAppStore();
    const stop = startLanguageSync(store);
    store.getState().setLanguage(other);
    await vi.waitFor(() => expect(i18next.language).toBe(other), { timeout: 10_000 });
    store.getState().setLanguage('en');
    await vi.waitFor(() => expect(i18next.language).toBe('en'), { timeout: 10_000 });
    stop();
  });
});
