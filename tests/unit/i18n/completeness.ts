// The checks a translation must pass against English, as plain functions over string trees, so the
// test can run them on every locale folder present and on small fixtures alike.

export type Flat = Map<string, string>;

/** i18next's plural suffixes (cardinal); `_zero` is i18next's optional extra for a count of 0. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_CATEGORIES.join('|')})$`);

export function flatten(tree: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof tree !== 'object' || tree === null) return out;
  for (const [key, value] of Object.entries(tree)) {
    if (prefix === '' && key === '$meta') continue;
    const here = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(here, value);
    else flatten(value, here, out);
  }
  return out;
}

/** `a.b_one` → `{ base: 'a.b', category: 'one' }` when English has `a.b_other`; else null. */
function pluralPart(key: string, english: Flat): { base: string; category: string } | null {
  const match = PLURAL_SUFFIX.exec(key);
  if (!match) return null;
  const base = key.slice(0, match.index);
  return english.has(`${base}_other`) ? { base, category: match[1] as string } : null;
}

/** Plural families of English: base key → the categories English has. */
export function pluralFamilies(english: Flat): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const key of english.keys()) {
    const part = pluralPart(key, english);
    if (!part) continue;
    const family = families.get(part.base) ?? new Set<string>();
    family.add(part.category);
    families.set(part.base, family);
  }
  return families;
}

/** What a language's plural forms must be: Intl's categories (fr and es also need `many`). */
export function requiredCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories];
}

/** Keys English has that the language lacks, and keys it has that English does not (plural-aware). */
export function keyProblems(english: Flat, other: Flat, language: string): string[] {
  const problems: string[] = [];
  const families = pluralFamilies(english);
  const required = requiredCategories(language);
  for (const key of english.keys()) {
    if (pluralPart(key, english)) continue;
    if (!other.has(key)) problems.push(`missing ${key}`);
  }
  for (const [base] of families) {
    for (const category of required)
      if (!other.has(`${base}_${category}`))
        problems.push(`missing ${base}_${category} (${language} needs ${required.join(', ')})`);
  }
  for (const key of other.keys()) {
    const part = pluralPart(key, english);
    if (part) {
      if (part.category !== 'zero' && !required.includes(part.category))
        problems.push(
          `${key}: "${part.category}" is not a plural form of ${language} (${required.join(', ')})`,
        );
    } else if (!english.has(key)) problems.push(`extra ${key} (not in English)`);
  }
  return problems;
}

/** `{{value}}`, `{{date, long}}` (by name), `$t(key)` and `<0>`/`</0>` tags, sorted and unique. */
export function placeholders(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)) found.add(`{{${match[1]}}}`);
  for (const match of text.matchAll(/\$t\(([^),]+)[^)]*\)/g)) found.add(`$t(${match[1]})`);
  for (const match of text.matchAll(/<\/?(\d+)\s*\/?>/g)) found.add(match[0].replace(/\s/g, ''));
  return [...found].sort();
}

/**
 * Each key's placeholders must match English's. A plural family is compared as a whole (every
 * form's placeholders together), `{{count}}` aside: "one second" needs no number, "1 seconde" may.
 */
export function placeholderProblems(english: Flat, other: Flat): string[] {
  const problems: string[] = [];
  const familyOf = (flat: Flat, base: string) =>
    [...flat.entries()]
      .filter(([key]) => key.startsWith(`${base}_`) && PLURAL_SUFFIX.test(key.slice(base.length)))
      .flatMap(([, value]) => placeholders(value))
      .filter((p) => p !== '{{count}}');
  const families = pluralFamilies(english);
  for (const [key, value] of english) {
    if (pluralPart(key, english)) continue;
    const translated = other.get(key);
    if (translated === undefined) continue;
    const want = placeholders(value).join(' ');
    const got = placeholders(translated).join(' ');
    if (want !== got) problems.push(`${key}: placeholders ${got || '(none)'} instead of ${want || '(none)'}`);
  }
  for (const base of families.keys()) {
    const want = [...new Set(familyOf(english, base))].sort().join(' ');
    const got = [...new Set(familyOf(other, base))].sort().join(' ');
    if (want !== got)
      problems.push(`${base}_*: placeholders ${got || '(none)'} instead of ${want || '(none)'}`);
  }
  return problems;
}

/** A value with no word of four letters or more (units, symbols, `{{value}} mg`, `VIII`) may stay as it is. */
export function isShortToken(value: string): boolean {
  // Placeholders, tags and Roman numerals (Couinaud segments: VIII, IVa) are not words.
  const text = value.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\s*\/?>|\b[IVX]+[ab]?\b/g, ' ');
  return !/\p{L}{4,}/u.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keys whose translated text is the English text, unless only allowed words and short tokens remain. */
export function untranslated(english: Flat, other: Flat, allowed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const words = [...allowed].map(escapeRegExp).join('|');
  const allowedWord = words ? new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'gu') : null;
  for (const [key, value] of other) {
    if (english.get(key) !== value) continue;
    if (isShortToken(allowedWord ? value.replace(allowedWord, ' ') : value)) continue;
    problems.push(`${key}: "${value.slice(0, 60)}" is still English`);
  }
  return problems;
}

/**
 * Every English text that counts something in words (`{{count}} seconds`) is a plural family
 * (`_one`, `_other`), so each language can inflect it. A bare number (`{{name}} ×{{count}}`,
 * `Step 2 of {{count}}`) needs none: the check looks for `{{count}}` followed by a word.
 */
export function countWithoutPlural(english: Flat): string[] {
  return [...english.entries()]
    .filter(([key, value]) => /\{\{count\}\}\s+\p{L}/u.test(value) && !pluralPart(key, english))
    .map(([key]) => `${key} uses {{count}} but has no _one/_other forms`);
}

/** The `$meta` every translated file carries. */
export function metaProblems(file: string, content: unknown): string[] {
  const meta = (content as { $meta?: unknown } | null)?.$meta as Record<string, unknown> | undefined;
  if (typeof meta !== 'object' || meta === null) return [`${file}: no "$meta" object`];
  const problems: string[] = [];
  for (const field of ['translator', 'clinicalReview'])
    if (typeof meta[field] !== 'string' || (meta[field] as string).trim() === '')
      problems.push(`${file}: "$meta.${field}" must be text`);
  return problems;
}
