// Every translation against English, over whatever locale folders exist: same files, same keys,
// the plural forms the language needs, the same placeholders, nothing left in English, and the
// translator and clinical review named. The same for the main process's main-<lang>.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../electron/shared/languages';
import {
  countWithoutPlural,
  flatten,
  keyProblems,
  metaProblems,
  placeholderProblems,
  placeholders,
  requiredCategories,
  untranslated,
} from './completeness';
import { AWAITING_TRANSLATION, allowedFor } from './sameAsEnglish';

const LOCALES = resolve(__dirname, '../../../assets/locales');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const englishFiles = readdirSync(join(LOCALES, 'en'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const translated = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'en')
  .map((entry) => entry.name)
  .sort();
const mainTranslated = readdirSync(LOCALES)
  .map((f) => /^main-([a-z-]+)\.json$/i.exec(f)?.[1])
  .filter((code): code is string => code !== undefined && code !== 'en')
  .sort();

// Which languages this run checked, for the log: a run that checked only English says so.
console.info(
  `Locale completeness: en (source) and ${translated.length > 0 ? translated.join(', ') : 'no translation yet'}; main process: ${mainTranslated.length > 0 ? mainTranslated.join(', ') : 'English only'}`,
);

describe('English, the source', () => {
  it('is there, in several files, with hundreds of strings', () => {
    expect(englishFiles.length).toBeGreaterThan(5);
    const all = englishFiles.flatMap((f) => [...flatten(readJson(join(LOCALES, 'en', f))).keys()]);
    expect(all.length).toBeGreaterThan(200);
  });

  it('has both English plural forms wherever a text counts something', () => {
    for (const file of englishFiles) {
      const english = flatten(readJson(join(LOCALES, 'en', file)));
      expect(countWithoutPlural(english), file).toEqual([]);
      expect(keyProblems(english, english, 'en'), file).toEqual([]);
    }
  });

  it('main-en.json is flat text', () => {
    const main = readJson(join(LOCALES, 'main-en.json')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(main)) expect(typeof value, key).toBe('string');
  });
});

describe.each(translated.map((language) => [language]))('translation %s', (language) => {
  const folder = join(LOCALES, language);
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort();

  it('is a language the app knows', () => {
    expect(LANGUAGES as readonly string[]).toContain(language);
  });

  it('has the same files as English (but those awaiting translation)', () => {
    const expected = englishFiles.filter((f) => files.includes(f) || !AWAITING_TRANSLATION.includes(f));
    expect(files).toEqual(expected);
  });

  it.each(englishFiles)('%s: same keys, plurals, placeholders, nothing left in English, $meta', (file) => {
    const path = join(folder, file);
    if (!existsSync(path) && AWAITING_TRANSLATION.includes(file)) {
      console.info(`${language}/${file}: awaiting translation (shown in English until it lands)`);
      return;
    }
    expect(existsSync(path), `${language}/${file} is missing`).toBe(true);
    const content = readJson(path);
    const english = flatten(readJson(join(LOCALES, 'en', file)));
    const other = flatten(content);
    expect(metaProblems(`${language}/${file}`, content)).toEqual([]);
    expect(keyProblems(english, other, language)).toEqual([]);
    expect(placeholderProblems(english, other)).toEqual([]);
    expect(untranslated(english, other, allowedFor(language))).toEqual([]);
  });
});

describe.each(mainTranslated.map((language) => [language]))('main process strings, %s', (language) => {
  it('match main-en.json key for key, with $meta, placeholders and nothing left in English', () => {
    const content = readJson(join(LOCALES, `main-${language}.json`));
    const english = flatten(readJson(join(LOCALES, 'main-en.json')));
    const other = flatten(content);
    expect(metaProblems(`main-${language}.json`, content)).toEqual([]);
    expect(keyProblems(english, other, language)).toEqual([]);
    expect(placeholderProblems(english, other)).toEqual([]);
    expect(untranslated(english, other, allowedFor(language))).toEqual([]);
  });
});

// The checks themselves, on a small fixture, so they are known to catch what they claim to.
describe('the completeness checks', () => {
  const english = flatten({
    app: { title: 'Liver explainer', unit: 'mg/L', drug: 'Melphalan' },
    step: { count_one: 'One step', count_other: '{{count}} steps', at: 'At {{time}}, see <0>this</0>' },
  });

  it('pass a good French translation, which needs the "many" form', () => {
    expect(requiredCategories('fr')).toContain('many');
    const french = flatten({
      $meta: { translator: 'T', clinicalReview: 'pending' },
      app: { title: 'Explication du foie', unit: 'mg/L', drug: 'Melphalan' },
      step: {
        count_one: '{{count}} étape',
        count_many: '{{count}} d’étapes',
        count_other: '{{count}} étapes',
        at: 'À {{time}}, voir <0>ceci</0>',
      },
    });
    expect(keyProblems(english, french, 'fr')).toEqual([]);
    expect(placeholderProblems(english, french)).toEqual([]);
    expect(untranslated(english, french, allowedFor('fr'))).toEqual([]);
  });

  it('catch missing and extra keys, missing plural forms, changed placeholders and English left in', () => {
    const bad = flatten({
      app: { title: 'Liver explainer', unit: 'mg/L', extra: 'Extra' },
      step: { count_one: 'Eén stap', count_few: 'x', at: 'Om {{tijd}}' },
    });
    expect(keyProblems(english, bad, 'nl')).toEqual([
      'missing app.drug',
      'missing step.count_other (nl needs one, other)',
      'extra app.extra (not in English)',
      'step.count_few: "few" is not a plural form of nl (one, other)',
    ]);
    expect(placeholderProblems(english, bad)).toEqual([
      'step.at: placeholders {{tijd}} instead of </0> <0> {{time}}',
    ]);
    expect(untranslated(english, bad, allowedFor('nl'))).toEqual([
      'app.title: "Liver explainer" is still English',
    ]);
    expect(metaProblems('nl/app.json', { app: {} })).toEqual(['nl/app.json: no "$meta" object']);
    expect(metaProblems('nl/app.json', { $meta: { translator: 'X' } })).toEqual([
      'nl/app.json: "$meta.clinicalReview" must be text',
    ]);
  });

  it('read placeholders of every kind', () => {
    expect(placeholders('{{value, number}} and $t(app.title) in <1>bold</1><2/>')).toEqual([
      '$t(app.title)',
      '</1>',
      '<1>',
      '<2/>',
      '{{value}}',
    ]);
  });

  it('ask for plural forms where English counts without them', () => {
    expect(countWithoutPlural(flatten({ a: { wait: 'Wait {{count}} s' } }))).toEqual([
      'a.wait uses {{count}} but has no _one/_other forms',
    ]);
  });
});
