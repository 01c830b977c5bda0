import { describe, expect, it } from 'vitest';
import { i18next, initI18n, languageMetaOf, switchLanguage } from '../../../renderer/src/i18n';
import { languageName } from '../../../renderer/src/i18n/languageNames';
import { AVAILABLE_LANGUAGES, loadLanguageFiles } from '../../../renderer/src/i18n/localeFiles';
import { languageMeta, mergeLocales } from '../../../renderer/src/i18n/mergeLocales';
import { FALLBACK_MARKER, markMissing, readableKey } from '../../../renderer/src/i18n/missingKeys';

describe('merging a translated language', () => {
  it('sets $meta aside rather than calling it a key defined twice', () => {
    const meta = { translator: 'A. Vertaler', clinicalReview: 'pending' };
    const merged = mergeLocales({
      'nl/app.json': { $meta: meta, app: { title: 'Titel' } },
      'nl/kiosk.json': { $meta: meta, kiosk: { start: 'Begin' } },
    });
    expect(merged.conflicts).toEqual([]);
    expect(merged.tree).toEqual({ app: { title: 'Titel' }, kiosk: { start: 'Begin' } });
    expect(languageMeta(merged.meta)).toEqual(meta);
  });

  it('names a $meta without translator or review state', () => {
    const merged = mergeLocales({ 'de/app.json': { $meta: { translator: 'X' }, app: { title: 'T' } } });
    expect(merged.metaProblems).toEqual([expect.stringContaining('de/app.json')]);
  });

  it('stays pending while any file is, and names every translator once', () => {
    expect(
      languageMeta({
        a: { translator: 'A', clinicalReview: 'Dr B, 2027-01-10' },
        b: { translator: 'C', clinicalReview: 'pending' },
        c: { translator: 'A', clinicalReview: 'pending' },
      }),
    ).toEqual({ translator: 'A, C', clinicalReview: 'pending' });
    expect(languageMeta({})).toBeNull();
  });
});

describe('a missing string', () => {
  it('is English with a marker in development builds', () => {
    const english = { app: { title: 'Hepatic', sub: { a: 'A', b: 'B' } } };
    const { tree, missing } = markMissing(english, { app: { title: 'Lever', sub: { a: 'Een' } } });
    expect(missing).toEqual(['app.sub.b']);
    expect(tree).toEqual({ app: { title: 'Lever', sub: { a: 'Een', b: `${FALLBACK_MARKER} B` } } });
  });

  it('falls back to English in a language that lacks it, and is never shown as its raw key', () => {
    const i18n = initI18n();
    i18n.addResourceBundle('xx', 'translation', { app: { title: 'Ex title' } });
    const tx = i18n.getFixedT('xx');
    expect(tx('app.title')).toBe('Ex title');
    expect(tx('app.disclaimer')).toBe(i18n.getFixedT('en')('app.disclaimer'));
    expect(i18n.t('controls.noSuchThing')).toBe('No such thing');
    expect(readableKey('patient.handout.tumourMapAlt')).toBe('Tumour map alt');
  });
});

describe('languages', () => {
  it('always offer English first', () => {
    expect(AVAILABLE_LANGUAGES[0]).toBe('en');
  });

  it('are each named in their own language', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('nl')).toBe('Nederlands');
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('fr')).toBe('Français');
    expect(languageName('es')).toBe('Español');
  });

  it('switch after loading, and refuse one without strings', async () => {
    initI18n();
    const other = AVAILABLE_LANGUAGES.find((code) => code !== 'en');
    if (other) {
      expect(await switchLanguage(other)).toEqual({ ok: true });
      expect(i18next.language).toBe(other);
      const loaded = await loadLanguageFiles(other);
      expect(languageMetaOf(other)).toEqual(loaded.about);
    }
    expect(await switchLanguage('en')).toEqual({ ok: true });
    expect(i18next.language).toBe('en');
    expect(languageMetaOf('en')).toBeNull();
    // @ts-expect-error: not a language of the app
    expect((await switchLanguage('tlh')).ok).toBe(false);
    expect(i18next.language).toBe('en');
  });
});
