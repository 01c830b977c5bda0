import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isMode,
  MODES,
  parseBooleanValue,
  parseLaunchQuery,
  parseModeValue,
} from '../../../electron/shared/launchOptions';

describe('parseModeValue', () => {
  it('accepts every mode, ignoring case and spaces', () => {
    for (const mode of MODES) {
      expect(parseModeValue(` ${mode.toUpperCase()} `, '--mode')).toEqual({ ok: true, value: mode });
    }
  });

  it('names the source and the bad value', () => {
    const parsed = parseModeValue('cinema', '--mode');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.warning).toContain('--mode');
      expect(parsed.warning).toContain('"cinema"');
      expect(parsed.warning).toContain('standard, presenter, kiosk, patient, audience');
    }
  });
});

describe('the audience mode', () => {
  it('is reachable from the query a presenter console opens', () => {
    expect(parseLaunchQuery('?mode=audience')).toEqual({
      mode: 'audience',
      fullscreen: false,
      idleSeconds: 90,
      configWarnings: [],
    });
    expect(parseLaunchQuery('?mode=audience&fullscreen=1').fullscreen).toBe(true);
  });
});

describe('parseBooleanValue', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    ['0', false],
    ['false', false],
    ['off', false],
  ])('%s → %s', (raw, value) => {
    expect(parseBooleanValue(raw, '--fullscreen')).toEqual({ ok: true, value });
  });

  it('rejects anything else with the label in the warning', () => {
    const parsed = parseBooleanValue('maybe', '?fullscreen');
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.warning).toMatch(/\?fullscreen.*"maybe"/);
  });
});

describe('parseLaunchQuery (browser fallback)', () => {
  it('defaults to standard, windowed, no warnings', () => {
    expect(parseLaunchQuery('')).toEqual({
      mode: 'standard',
      fullscreen: false,
      idleSeconds: 90,
      configWarnings: [],
    });
  });

  it('reads ?mode= and ?fullscreen=1', () => {
    expect(parseLaunchQuery('?mode=presenter&fullscreen=1')).toEqual({
      mode: 'presenter',
      fullscreen: true,
      idleSeconds: 90,
      configWarnings: [],
    });
  });

  it('reads the gentle patient mode, windowed unless asked', () => {
    expect(parseLaunchQuery('?mode=patient')).toEqual({
      mode: 'patient',
      fullscreen: false,
      idleSeconds: 90,
      configWarnings: [],
    });
  });

  it('treats a bare ?fullscreen as on', () => {
    expect(parseLaunchQuery('?fullscreen').fullscreen).toBe(true);
  });

  it('kiosk is always full screen', () => {
    expect(parseLaunchQuery('?mode=kiosk&fullscreen=0')).toMatchObject({ mode: 'kiosk', fullscreen: true });
  });

  it('falls back to defaults with a warning per bad parameter', () => {
    const options = parseLaunchQuery('?mode=cinema&fullscreen=please');
    expect(options.mode).toBe('standard');
    expect(options.fullscreen).toBe(false);
    expect(options.configWarnings).toHaveLength(2);
    expect(options.configWarnings[0]).toContain('?mode');
    expect(options.configWarnings[1]).toContain('?fullscreen');
  });

  it('reads ?idle= in whole seconds within 5..3600', () => {
    expect(parseLaunchQuery('?mode=kiosk&idle=5')).toMatchObject({ idleSeconds: 5, configWarnings: [] });
    expect(parseLaunchQuery('?idle=3600').idleSeconds).toBe(3600);
  });

  it.each(['-5', '4', '3601', '12.5', 'soon', '', '1e3', '0x10'])(
    'refuses ?idle=%s with a warning and 90 s',
    (raw) => {
      const options = parseLaunchQuery(`?mode=kiosk&idle=${raw}`);
      expect(options.idleSeconds).toBe(90);
      expect(options.configWarnings).toHaveLength(1);
      expect(options.configWarnings[0]).toContain('?idle');
    },
  );

  it('never throws and always returns a valid mode', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const options = parseLaunchQuery(search);
        expect(isMode(options.mode)).toBe(true);
        expect(typeof options.fullscreen).toBe('boolean');
        expect(Number.isInteger(options.idleSeconds)).toBe(true);
        expect(options.idleSeconds).toBeGreaterThanOrEqual(5);
        expect(options.idleSeconds).toBeLessThanOrEqual(3600);
      }),
    );
  });
});
