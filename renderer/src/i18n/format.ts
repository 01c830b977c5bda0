// Numbers, units and dates for the chosen language, through Intl: decimal commas in nl, de, fr
// and es, the language's own month names. English reads exactly as it did before these helpers
// (the visual baselines and the handout depend on it), which is why a few choices below are
// explicit: dates in British order, no thousands separators in values a person types.

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per language and options, made once: charts format on every redraw. */
export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** At most `digits` decimals (1 by default), grouped as the language groups thousands. */
export function formatNumber(value: number, language: string, digits = 1): string {
  return numberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** Exactly `digits` decimals: `1.5 MB`, `1,5 MB`. */
export function formatFixed(value: number, language: string, digits: number): string {
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/**
 * A value as a person would type it back into a field: every decimal it has, no thousands
 * separator (`1500`, `0.25` in English; `0,25` in German).
 */
export function formatPlain(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 10, useGrouping: false }).format(value);
}

/** A fraction (0.42) as a whole percentage in the language's style: `42%`, `42 %`. */
export function formatPercent(fraction: number, language: string): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Chart axis ticks; null for uPlot's gaps. */
export function formatTick(value: number | null, language: string): string {
  return value === null ? '' : numberFormat(language).format(value);
}

/** English dates are British (1 December 2026), as the handout always printed them. */
function dateLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** A calendar date in words: `1 December 2026`, `1. Dezember 2026`, `1 de diciembre de 2026`. */
export function formatLongDate(date: Date, language: string): string {
  return date.toLocaleDateString(dateLocale(language), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A file's size for a notice: `1.5 MB` from a mebibyte up, whole `KB` below. */
export function formatFileSize(bytes: number, language: string): string {
  return bytes >= 1024 * 1024
    ? `${formatFixed(bytes / 1024 / 1024, language, 1)} MB`
    : `${formatPlain(Math.ceil(bytes / 1024), language)} KB`;
}
