import { describe, expect, it, vi } from 'vitest';
import {
  corruptCopyPath,
  loadPreferences,
  type PreferencesFiles,
  parsePreferencesText,
  saveLanguagePreference,
  startLanguage,
} from '../../../electron/main/preferences';
import { mainStrings } from '../../../electron/main/strings';

const PATH = '/home/me/.config/Hepatic Perfusion Explainer/preferences.json';
const NOW = new Date('2026-12-01T21:00:00.000Z');

function files(text: string | Error): PreferencesFiles & { written: Map<string, string> } {
  const written = new Map<string, string>();
  return {
    written,
    readText: () => {
      if (text instanceof Error) throw text;
      return text;
    },
    writeText: (path, value) => written.set(path, value),
    rename: vi.fn(),
  };
}

describe('remembered language', () => {
  it('reads a saved language', () => {
    expect(loadPreferences(PATH, files('{"language":"de"}'), () => NOW)).toEqual({
      preferences: { language: 'de' },
      warnings: [],
    });
  });

  it('is silent when nothing was saved yet', () => {
    const missing = Object.assign(new Error('gone'), { code: 'ENOENT' });
    expect(loadPreferences(PATH, files(missing), () => NOW)).toEqual({
      preferences: { language: null },
      warnings: [],
    });
  });

  it.each([
    ['not JSON', '{"language": "de"'],
    ['an array', '["de"]'],
    ['an unknown language', '{"language":"klingon"}'],
    ['a number', '{"language": 7}'],
  ])('falls back to English on %s, names the file and keeps it aside', (_, text) => {
    const fs = files(text);
    const result = loadPreferences(PATH, fs, () => NOW);
    expect(result.preferences.language).toBeNull();
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain(PATH);
    expect(result.warnings[0]).toContain('using English');
    expect(result.warnings[0]).toContain(corruptCopyPath(PATH, NOW));
    // Moved aside, never overwritten: what was there can still be recovered.
    expect(fs.rename).toHaveBeenCalledWith(PATH, corruptCopyPath(PATH, NOW));
    expect(fs.written.size).toBe(0);
  });

  it('names a file it cannot read at all', () => {
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
    const result = loadPreferences(PATH, files(denied), () => NOW);
    expect(result.preferences.language).toBeNull();
    expect(result.warnings[0]).toMatch(/could not be read \(EACCES\); using English/);
  });

  it('ignores fields it does not know', () => {
    expect(parsePreferencesText('{"theme":"dark"}', PATH)).toEqual({
      preferences: { language: null },
      problem: null,
    });
  });

  it('writes the choice, and reports a failed write instead of throwing', () => {
    const fs = files('');
    expect(saveLanguagePreference(PATH, 'nl', fs)).toBeNull();
    expect(JSON.parse(fs.written.get(PATH) ?? '')).toEqual({ language: 'nl' });
    const broken: PreferencesFiles = {
      ...fs,
      writeText: () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      },
    };
    expect(saveLanguagePreference(PATH, 'nl', broken)).toMatch(/ENOSPC/);
  });

  it('opens in the remembered language, except at a kiosk', () => {
    expect(startLanguage('en', 'de', false)).toBe('de');
    expect(startLanguage('fr', null, false)).toBe('fr');
    expect(startLanguage('fr', 'de', true)).toBe('fr');
  });
});

describe('main process strings', () => {
  it('are English for English and for a language without a file', () => {
    expect(mainStrings('en').saveHandoutTitle).toBe('Save handout as PDF');
    for (const language of ['nl', 'de', 'fr', 'es'] as const) {
      const strings = mainStrings(language);
      // Every string there, none empty: a missing translation falls back to English.
      for (const value of Object.values(strings)) expect(value.length).toBeGreaterThan(0);
      expect(Object.keys(strings).sort()).toEqual(Object.keys(mainStrings('en')).sort());
    }
  });
});
