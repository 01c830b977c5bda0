import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadConfigFile,
  loadSettings,
  parseConfigText,
  resolveSettings,
  toLaunchOptions,
} from '../../../electron/main/config';
import { parseFlags } from '../../../electron/main/flags';

const FILE = '/etc/hepatic/config.json';
const readText = (path: string) => readFileSync(path, 'utf8');

describe('parseConfigText', () => {
  it('accepts a complete valid file', () => {
    const text = JSON.stringify({
      mode: 'presenter',
      fullscreen: true,
      language: 'en',
      idleResetSeconds: 300,
      allowDevTools: true,
    });
    expect(parseConfigText(text, FILE)).toEqual({
      config: {
        mode: 'presenter',
        fullscreen: true,
        language: 'en',
        idleResetSeconds: 300,
        allowDevTools: true,
      },
      warnings: [],
    });
  });

  it('an empty object is fine', () => {
    expect(parseConfigText('{}', FILE)).toEqual({ config: {}, warnings: [] });
  });

  it('broken JSON: one warning naming the file, defaults used', () => {
    const result = parseConfigText('{"mode": "kiosk",', FILE);
    expect(result.config).toEqual({});
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain(FILE);
    expect(result.warnings[0]).toContain('not valid JSON');
  });

  it.each(['[]', '"kiosk"', '42', 'null'])('a non-object (%s) is refused as a whole', (text) => {
    const result = parseConfigText(text, FILE);
    expect(result.config).toEqual({});
    expect(result.warnings[0]).toContain(FILE);
    expect(result.warnings[0]).toContain('JSON object');
  });

  it('a bad field names the file and the field; the good fields stay', () => {
    const result = parseConfigText(JSON.stringify({ mode: 'kiosk', idleResetSeconds: 5 }), FILE);
    expect(result.config).toEqual({ mode: 'kiosk' });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain(FILE);
    expect(result.warnings[0]).toContain('"idleResetSeconds"');
    expect(result.warnings[0]).toContain('10 to 3600');
    expect(result.warnings[0]).toContain('using default 90');
  });

  it.each([
    ['mode', 'cinema'],
    ['fullscreen', 'yes'],
    ['language', 'xx'],
    ['idleResetSeconds', 3601],
    ['idleResetSeconds', 12.5],
    ['idleResetSeconds', '120'],
    ['allowDevTools', 1],
  ])('rejects %s = %j', (field, value) => {
    const result = parseConfigText(JSON.stringify({ [field]: value }), FILE);
    expect(result.config).toEqual({});
    expect(result.warnings[0]).toContain(`"${field}"`);
  });

  it('accepts the idle reset limits themselves', () => {
    expect(parseConfigText('{"idleResetSeconds": 10}', FILE).config.idleResetSeconds).toBe(10);
    expect(parseConfigText('{"idleResetSeconds": 3600}', FILE).config.idleResetSeconds).toBe(3600);
  });

  it('unknown fields are named and ignored', () => {
    const result = parseConfigText('{"mdoe": "kiosk"}', FILE);
    expect(result.config).toEqual({});
    expect(result.warnings[0]).toContain('"mdoe"');
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'a field named like an Object.prototype member (%s) is unknown, not a crash',
    (field) => {
      const result = parseConfigText(`{"${field}": {}, "mode": "kiosk"}`, FILE);
      expect(result.config).toEqual({ mode: 'kiosk' });
      expect(Object.getPrototypeOf(result.config)).toBe(Object.prototype);
      expect(result.warnings).toEqual([`Config file ${FILE}: unknown field "${field}" was ignored`]);
    },
  );

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ toString: v })),
        ),
        (text) => {
          const result = parseConfigText(text, FILE);
          expect(Array.isArray(result.warnings)).toBe(true);
        },
      ),
    );
  });
});

describe('loadConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hepatic-config-'));

  it('reads a real file', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, '{"mode":"presenter"}');
    expect(loadConfigFile(path, readText, { required: true })).toEqual({
      config: { mode: 'presenter' },
      warnings: [],
    });
  });

  it('a missing default file is silent', () => {
    expect(loadConfigFile(join(dir, 'absent.json'), readText, { required: false })).toEqual({
      config: {},
      warnings: [],
    });
  });

  it('a missing requested file is a warning naming it', () => {
    const path = join(dir, 'absent.json');
    const result = loadConfigFile(path, readText, { required: true });
    expect(result.config).toEqual({});
    expect(result.warnings[0]).toContain(path);
    expect(result.warnings[0]).toContain('ENOENT');
  });

  it('an unreadable path (a folder) is a warning, even when optional', () => {
    const path = join(dir, 'folder.json');
    mkdirSync(path);
    const result = loadConfigFile(path, readText, { required: false });
    expect(result.warnings[0]).toContain(path);
    expect(result.warnings[0]).toContain('EISDIR');
  });

  it('survives a reader that throws something odd', () => {
    const result = loadConfigFile(
      FILE,
      () => {
        throw 'disk on fire';
      },
      { required: true },
    );
    expect(result.warnings[0]).toContain('disk on fire');
  });
});

describe('resolveSettings', () => {
  const noFile = { config: {}, warnings: [] };

  it('defaults', () => {
    expect(resolveSettings({ warnings: [] }, noFile)).toEqual({ ...DEFAULT_SETTINGS, warnings: [] });
    expect(DEFAULT_SETTINGS).toEqual({
      mode: 'standard',
      fullscreen: false,
      language: 'en',
      idleResetSeconds: 90,
      allowDevTools: false,
      operatorPinHash: null,
      dpr: null,
    });
  });

  it('config over defaults, flags over config', () => {
    const file = {
      config: { mode: 'kiosk' as const, fullscreen: false, idleResetSeconds: 60 },
      warnings: [],
    };
    expect(resolveSettings({ warnings: [] }, file)).toMatchObject({ mode: 'kiosk', idleResetSeconds: 60 });
    const settings = resolveSettings({ mode: 'presenter', fullscreen: true, warnings: [] }, file);
    expect(settings).toMatchObject({ mode: 'presenter', fullscreen: true, idleResetSeconds: 60 });
  });

  it('kiosk forces full screen and no devtools, and says so', () => {
    const file = { config: { allowDevTools: true, fullscreen: false }, warnings: [] };
    const settings = resolveSettings({ mode: 'kiosk', warnings: [] }, file);
    expect(settings.fullscreen).toBe(true);
    expect(settings.allowDevTools).toBe(false);
    expect(settings.warnings).toEqual([
      '"allowDevTools" is ignored in kiosk mode',
      expect.stringContaining('No operator PIN'),
    ]);
  });

  it('devtools stay allowed outside kiosk when the config says so', () => {
    expect(
      resolveSettings({ warnings: [] }, { config: { allowDevTools: true }, warnings: [] }).allowDevTools,
    ).toBe(true);
  });

  it('keeps flag warnings before file warnings', () => {
    const settings = resolveSettings({ warnings: ['flag'] }, { config: {}, warnings: ['file'] });
    expect(settings.warnings).toEqual(['flag', 'file']);
  });
});

describe('loadSettings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hepatic-settings-'));
  writeFileSync(join(dir, 'kiosk.json'), '{"mode":"kiosk","idleResetSeconds":90}');
  const base = { cwd: dir, defaultConfigPath: join(dir, 'default.json'), readText, parseFlags };

  it('reads --config relative to the working directory', () => {
    const settings = loadSettings({ ...base, argv: ['exe', '--config=kiosk.json'] });
    expect(settings).toMatchObject({
      mode: 'kiosk',
      fullscreen: true,
      idleResetSeconds: 90,
      warnings: [expect.stringContaining('No operator PIN')],
    });
  });

  it('flags win over the file they point to', () => {
    const settings = loadSettings({ ...base, argv: ['exe', '--config=kiosk.json', '--mode=presenter'] });
    expect(settings.mode).toBe('presenter');
    expect(settings.idleResetSeconds).toBe(90);
  });

  it('uses the default location when no --config is given, silently if absent', () => {
    expect(loadSettings({ ...base, argv: ['exe'] })).toEqual({ ...DEFAULT_SETTINGS, warnings: [] });
    writeFileSync(join(dir, 'default.json'), '{"mode":"presenter"}');
    expect(loadSettings({ ...base, argv: ['exe'] }).mode).toBe('presenter');
  });

  it('a missing --config file: defaults plus a warning naming it', () => {
    const settings = loadSettings({ ...base, argv: ['exe', '--config=nope.json'] });
    expect(settings.warnings).toHaveLength(1);
    expect(settings.warnings[0]).toContain(join(dir, 'nope.json'));
  });

  it('toLaunchOptions hands the renderer mode, fullscreen and every warning', () => {
    const settings = loadSettings({ ...base, argv: ['exe', '--bogus', '--kiosk'] });
    expect(toLaunchOptions(settings)).toEqual({
      mode: 'kiosk',
      fullscreen: true,
      idleSeconds: 90,
      configWarnings: [expect.stringContaining('--bogus'), expect.stringContaining('No operator PIN')],
      language: 'en',
    });
  });
});
