import { describe, expect, it } from 'vitest';
import {
  formatFileSize,
  formatFixed,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPlain,
  formatTick,
  numberFormat,
} from '../../../renderer/src/i18n/format';

describe('formatting for the chosen language', () => {
  it('reads in English exactly as the app printed before (toFixed, String, en-GB dates)', () => {
    expect(formatNumber(12.345, 'en')).toBe('12.3');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatPercent(0.425, 'en')).toBe('43%');
    expect(formatPlain(1500, 'en')).toBe(String(1500));
    expect(formatPlain(0.025, 'en')).toBe(String(0.025));
    expect(formatFixed(1.25, 'en', 1)).toBe((1.25).toFixed(1));
    expect(formatFileSize(3 * 1024 * 1024 + 200_000, 'en')).toBe('3.2 MB');
    expect(formatFileSize(1_000 * 1024, 'en')).toBe('1000 KB');
    expect(formatLongDate(new Date(2026, 11, 1), 'en')).toBe('1 December 2026');
    // uPlot's own ticks used the browser's English: the same text.
    expect(formatTick(1000, 'en')).toBe(new Intl.NumberFormat('en-US').format(1000));
    expect(formatTick(null, 'en')).toBe('');
  });

  it.each(['nl', 'de', 'fr', 'es'])('writes a decimal comma in %s', (language) => {
    expect(formatNumber(12.345, language)).toBe('12,3');
    expect(formatPlain(0.025, language)).toBe('0,025');
    expect(formatFixed(1.25, language, 1)).toMatch(/^1,[23]$/);
    expect(formatFileSize(3 * 1024 * 1024 + 200_000, language)).toBe('3,2 MB');
    expect(formatTick(0.1, language)).toBe('0,1');
  });

  it('groups thousands and writes percentages and dates as each language does', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(12345.5, 'fr').replace(/\s/g, ' ')).toBe('12 345,5');
    expect(formatPercent(0.42, 'de').replace(/\s/g, ' ')).toBe('42 %');
    expect(formatLongDate(new Date(2026, 11, 1), 'de')).toBe('1. Dezember 2026');
    expect(formatLongDate(new Date(2026, 11, 1), 'nl')).toBe('1 december 2026');
    expect(formatLongDate(new Date(2026, 11, 1), 'fr')).toBe('1 décembre 2026');
    expect(formatLongDate(new Date(2026, 11, 1), 'es')).toBe('1 de diciembre de 2026');
  });

  it('makes each formatter once (charts format on every redraw)', () => {
    expect(numberFormat('de', { maximumFractionDigits: 2 })).toBe(
      numberFormat('de', { maximumFractionDigits: 2 }),
    );
  });
});
