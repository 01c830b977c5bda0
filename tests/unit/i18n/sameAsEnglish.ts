/**
 * Words a translation may leave exactly as in English, whole or inside a longer text ("Segment VI",
 * "Melphalan (mg/L)"). Kept short on purpose: everything else a person reads must be in their
 * language (tests/unit/i18n/completeness.test.ts). Texts without a word of four or more letters
 * (units, symbols, "{{value}} mg") need no entry. Add an entry only with its reason:
 * - drug, product and eponym names are the same in every language;
 * - "Aorta" is the Latin anatomical name, used as it is in Dutch, German and Spanish;
 * - the rest are words these languages spell exactly as English does, in the same sense.
 */
export const SAME_AS_ENGLISH: Readonly<Record<'all' | 'nl' | 'de' | 'fr' | 'es', readonly string[]>> = {
  all: ['Melphalan', 'melphalan', 'HEPZATO', 'Couinaud'],
  nl: ['Aorta', 'Segment', 'Oxygenator', 'Filters', 'Labels'],
  de: ['Aorta', 'Segment', 'Oxygenator', 'Clearance'],
  fr: ['Segment', 'Segments', 'Circuit', 'Structures', 'Patient', 'Pause', 'Dose', 'fraction'],
  es: ['Aorta'],
};

export function allowedFor(language: string): ReadonlySet<string> {
  const own = (SAME_AS_ENGLISH as Record<string, readonly string[] | undefined>)[language] ?? [];
  return new Set([...SAME_AS_ENGLISH.all, ...own]);
}

/**
 * English files added after the translations were written, whose translations are being made.
 * Until a language has the file, the app shows those strings in English (i18next's fallback) and
 * the test skips that file for that language, saying so; once the file is there it is checked in
 * full. Remove an entry when every language has it.
 */
export const AWAITING_TRANSLATION: readonly string[] = [];
