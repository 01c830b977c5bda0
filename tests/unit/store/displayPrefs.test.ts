import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/store/appStore';
import {
  DISPLAY_PREFS_KEY,
  type PrefsStorage,
  parseDisplayPrefs,
  startDisplayPrefs,
} from '../../../renderer/src/store/displayPrefs';

function memoryStorage(initial: string | null = null): PrefsStorage & { value: string | null } {
  const storage = {
    value: initial,
    getItem: (key: string) => (key === DISPLAY_PREFS_KEY ? storage.value : null),
    setItem: (key: string, value: string) => {
      if (key === DISPLAY_PREFS_KEY) storage.value = value;
    },
  };
  return storage;
}

describe('display options', () => {
  it('reads what was saved', () => {
    expect(parseDisplayPrefs('{"palette":"colourSafe","reduceMotion":true}')).toEqual({
      prefs: { palette: 'colourSafe', reduceMotion: true },
      problem: null,
    });
    expect(parseDisplayPrefs(null)).toEqual({ prefs: {}, problem: null });
  });

  it('names damaged values and keeps the good ones', () => {
    expect(parseDisplayPrefs('{"palette":"neon","reduceMotion":true}')).toEqual({
      prefs: { reduceMotion: true },
      problem: 'palette "neon" is unknown',
    });
    expect(parseDisplayPrefs('{"reduceMotion":"yes"}').problem).toBe('reduceMotion must be true or false');
    expect(parseDisplayPrefs('not json').problem).toMatch(/could not be read/);
    expect(parseDisplayPrefs('[1]').problem).toMatch(/could not be read/);
  });

  it('applies saved options at start and saves each change', () => {
    const app = createAppStore();
    const storage = memoryStorage('{"palette":"colourSafe"}');
    const problems: string[] = [];
    const stop = startDisplayPrefs(app, (p) => problems.push(p), storage);
    expect(app.getState().palette).toBe('colourSafe');
    expect(app.getState().reduceMotion).toBe(false);
    app.getState().setReduceMotion(true);
    expect(JSON.parse(storage.value ?? '')).toEqual({ palette: 'colourSafe', reduceMotion: true });
    stop();
    expect(problems).toEqual([]);
  });

  it('keeps running on defaults when the saved text is damaged or storage fails', () => {
    const app = createAppStore();
    const problems: string[] = [];
    startDisplayPrefs(app, (p) => problems.push(p), memoryStorage('{{{'));
    expect(app.getState().palette).toBe('standard');
    expect(problems).toHaveLength(1);
    const broken: PrefsStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    const other = createAppStore();
    startDisplayPrefs(other, () => {}, broken);
    expect(() => other.getState().setPalette('colourSafe')).not.toThrow();
    expect(other.getState().palette).toBe('colourSafe');
  });
});
