/**
 * Texts a translation may leave exactly as in English. Kept short on purpose: everything else a
 * person reads must be in their language (tests/unit/i18n/completeness.test.ts). Values without a
 * word of four or more letters (units, symbols, "{{value}} mg") need no entry. Add an entry only
 * with its reason:
 * - drug, product and eponym names are the same in every language;
 * - a few words Dutch and German spell exactly as English does.
 */
export const SAME_AS_ENGLISH: Readonly<Record<'all' | 'nl' | 'de' | 'fr' | 'es', readonly string[]>> = {
  all: ['Melphalan', 'melphalan', 'HEPZATO', 'Couinaud'],
  nl: ['Filter', 'Start'],
  de: ['Filter', 'Start'],
  fr: [],
  es: [],
};

export function allowedFor(language: string): ReadonlySet<string> {
  const own = (SAME_AS_ENGLISH as Record<string, readonly string[] | undefined>)[language] ?? [];
  return new Set([...SAME_AS_ENGLISH.all, ...own]);
}
