// Each language named in itself ("Nederlands", "Deutsch"), so a person finds their own language
// whatever the app speaks now. From the platform's own locale data (Intl.DisplayNames), not a string
// to translate; the code in capitals where a platform has no name for it.
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    // An unknown code: fall through.
  }
  return code.toUpperCase();
}
