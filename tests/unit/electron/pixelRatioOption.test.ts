import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseConfigText, toLaunchOptions } from '../../../electron/main/config';
import { DPR_LIMITS, parseDprValue, parseLaunchQuery } from '../../../electron/shared/launchOptions';

describe('a pinned pixel ratio', () => {
  it('accepts ratios from half to three', () => {
    expect(parseDprValue('1', '?dpr')).toEqual({ ok: true, value: 1 });
    expect(parseDprValue(' 0.75 ', '?dpr')).toEqual({ ok: true, value: 0.75 });
    expect(parseDprValue(String(DPR_LIMITS.min), '?dpr')).toEqual({ ok: true, value: DPR_LIMITS.min });
    expect(parseDprValue(String(DPR_LIMITS.max), '?dpr')).toEqual({ ok: true, value: DPR_LIMITS.max });
  });

  it('refuses anything else, naming where it came from', () => {
    for (const raw of ['0', '0.4', '3.5', '-1', 'abc', '', '1e0', 'Infinity']) {
      const parsed = parseDprValue(raw, '?dpr');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.warning).toContain('?dpr');
    }
  });

  it('?dpr= pins it in a browser; absent or bad, the app chooses and a bad one is named', () => {
    expect(parseLaunchQuery('?dpr=1').dpr).toBe(1);
    expect(parseLaunchQuery('?mode=kiosk&dpr=0.5').dpr).toBe(0.5);
    expect(parseLaunchQuery('').dpr).toBeUndefined();
    const bad = parseLaunchQuery('?dpr=9');
    expect(bad.dpr).toBeUndefined();
    expect(bad.configWarnings).toHaveLength(1);
    expect(bad.configWarnings[0]).toContain('?dpr');
  });

  it('"dpr" in the config file pins it on the desktop; a bad value is named and ignored', () => {
    const good = parseConfigText('{"dpr": 1}', 'config.json');
    expect(good).toEqual({ config: { dpr: 1 }, warnings: [] });
    expect(toLaunchOptions({ ...DEFAULT_SETTINGS, dpr: 1, warnings: [] }).dpr).toBe(1);
    expect(toLaunchOptions({ ...DEFAULT_SETTINGS, warnings: [] })).not.toHaveProperty('dpr');
    const bad = parseConfigText('{"dpr": "sharp"}', 'config.json');
    expect(bad.config).toEqual({});
    expect(bad.warnings[0]).toMatch(/config\.json.*"dpr"/);
  });
});
