// The config file is edited by hand on kiosks and the flags are typed in shortcuts: whatever they
// say, the app starts with valid settings and a warning that names each thing it ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  configFileSchema,
  IDLE_RESET_LIMITS,
  LANGUAGES,
  loadConfigFile,
  parseConfigText,
  resolveSettings,
} from '../../../electron/main/config';
import { parseFlags } from '../../../electron/main/flags';
import { MODES, parseLaunchQuery } from '../../../electron/shared/launchOptions';
import { hostileText, hostileValue, RUNS, TIMEOUT_MS } from './hostile';

const FILE = '/etc/hepatic/config.json';
const FIELDS = Object.keys(configFileSchema.shape);

const fieldValue = fc.oneof(
  hostileValue,
  fc.constantFrom<unknown>(...MODES, 'KIOSK', ...LANGUAGES, true, false, 'true', 10, 3600, 9, 3601, 60.5),
);
const configKey = fc.oneof(fc.constantFrom(...FIELDS, 'toString', '__proto__'), fc.string({ maxLength: 10 }));
const configObject = fc.dictionary(configKey, fieldValue, {
  maxKeys: 7,
});
const configText = fc.oneof(
  hostileText,
  configObject.map((object) => {
    try {
      return JSON.stringify(object) ?? 'undefined';
    } catch {
      return '{}'; // bigint and friends: JSON cannot say them, so the file cannot contain them
    }
  }),
);

const flagName = fc.constantFrom(
  'fullscreen',
  'kiosk',
  'mode',
  'config',
  'inspect',
  'no-sandbox',
  'MODE',
  'x',
);
const flagValue = fc.oneof(
  fc.constantFrom(...MODES, '', '1', '0', 'yes', 'maybe', ' kiosk '),
  fc.string({ maxLength: 12 }),
);
const arg = fc.oneof(
  fc
    .tuple(flagName, fc.option(flagValue))
    .map(([name, value]) => (value === null ? `--${name}` : `--${name}=${value}`)),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('--', '-', '---', '--=x', '-k', '--mode=', '--config=   '),
);
const argv = fc.array(arg, { maxLength: 8 }).map((args) => ['/opt/hepatic/hepatic', ...args]);

/** What the main process relies on in the merged settings. */
function expectValidSettings(settings: ReturnType<typeof resolveSettings>): void {
  expect(MODES).toContain(settings.mode);
  expect(LANGUAGES).toContain(settings.language);
  expect(typeof settings.fullscreen).toBe('boolean');
  expect(typeof settings.allowDevTools).toBe('boolean');
  expect(Number.isInteger(settings.idleResetSeconds)).toBe(true);
  expect(settings.idleResetSeconds).toBeGreaterThanOrEqual(IDLE_RESET_LIMITS.min);
  expect(settings.idleResetSeconds).toBeLessThanOrEqual(IDLE_RESET_LIMITS.max);
  if (settings.mode === 'kiosk') {
    expect(settings.fullscreen).toBe(true);
    expect(settings.allowDevTools).toBe(false);
  }
}

describe('config file under hostile input', () => {
  it(
    'any text: only valid fields kept, every ignored field named with the file',
    () => {
      fc.assert(
        fc.property(configText, (text) => {
          const { config, warnings } = parseConfigText(text, FILE);
          expect(configFileSchema.safeParse(config).success).toBe(true);
          for (const warning of warnings) expect(warning).toContain(FILE);
          let data: unknown;
          try {
            // A byte order mark (Windows editors write one) is read as nothing.
            data = JSON.parse(text.replace(/^\uFEFF/, ''));
          } catch {
            expect(warnings).toHaveLength(1);
            return;
          }
          // A file refused whole (too large, deep or long) gets one warning naming the file.
          if (warnings.length === 1 && warnings[0]?.endsWith('using defaults')) {
            expect(config).toEqual({});
            return;
          }
          if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
          for (const field of Object.keys(data)) {
            if (!(field in config))
              expect(
                warnings.some((w) => w.includes(`"${field}"`)),
                field,
              ).toBe(true);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  // Found by this suite: a "toString" field used to throw "shape[key].safeParse is not a function".
  it('names a field that only exists on the object prototype instead of throwing', () => {
    const { warnings } = parseConfigText('{"toString": {}, "mode": "kiosk"}', FILE);
    expect(warnings.join(' ')).toContain('"toString"');
  });

  it(
    'a reader that fails in any way becomes a warning, never an exception',
    () => {
      // What a file reader really throws: errors with or without a code, now and then a bare value.
      const thrown = fc.oneof(
        fc.constantFrom<unknown>(undefined, null, 'EACCES', 42),
        fc.string().map((message) => new Error(message)),
        fc
          .constantFrom('ENOENT', 'EACCES', 'EISDIR', undefined, 42)
          .map((code) => Object.assign(new Error('x'), { code })),
      );
      fc.assert(
        fc.property(thrown, fc.boolean(), (error, required) => {
          const result = loadConfigFile(
            FILE,
            () => {
              throw error;
            },
            { required },
          );
          expect(result.config).toEqual({});
          for (const warning of result.warnings) expect(warning).toContain(FILE);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('command-line flags under hostile input', () => {
  it(
    'any argv: understood flags are valid, merged settings are valid',
    () => {
      fc.assert(
        fc.property(argv, configText, (args, text) => {
          const flags = parseFlags(args);
          if (flags.mode !== undefined) expect(MODES).toContain(flags.mode);
          if (flags.configPath !== undefined) expect(flags.configPath.trim()).toBe(flags.configPath);
          expect(flags.configPath === '').toBe(false);
          // One warning per argument at most, plus one for a kiosk/mode disagreement.
          expect(flags.warnings.length).toBeLessThanOrEqual(args.length);
          for (const warning of flags.warnings) expect(warning).toMatch(/Flag|--/);
          expectValidSettings(resolveSettings(flags, parseConfigText(text, FILE)));
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'any query string (the browser form of the flags): valid launch options',
    () => {
      const query = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc
          .array(fc.tuple(fc.constantFrom('mode', 'fullscreen', 'x'), flagValue), { maxLength: 4 })
          .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
      );
      fc.assert(
        fc.property(query, (search) => {
          const options = parseLaunchQuery(search);
          expect(MODES).toContain(options.mode);
          expect(typeof options.fullscreen).toBe('boolean');
          if (options.mode === 'kiosk') expect(options.fullscreen).toBe(true);
          for (const warning of options.configWarnings) expect(warning).toMatch(/^\?(mode|fullscreen)/);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('config file limits', () => {
  it('a file too large is refused before it is read', () => {
    let read = false;
    const result = loadConfigFile(
      FILE,
      () => {
        read = true;
        return '{}';
      },
      { required: true, fileSize: () => 50 * 1024 * 1024 },
    );
    expect(read).toBe(false);
    expect(result.config).toEqual({});
    expect(result.warnings).toEqual([
      expect.stringMatching(/config\.json was not used: file is too large \(50\.0 MB/),
    ]);
  });

  it('deep nesting, huge strings and __proto__ keys: named, never thrown, never polluting', () => {
    const deep = parseConfigText(`{"mode": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`, FILE);
    expect(deep.warnings).toEqual([expect.stringMatching(/nested more than 16 levels deep/)]);
    const long = parseConfigText(`{"language": "${'e'.repeat(5000)}"}`, FILE);
    expect(long.warnings).toEqual([expect.stringMatching(/longer than 2000 characters/)]);
    const proto = parseConfigText(
      '{"__proto__": {"allowDevTools": true}, "constructor": {"prototype": {"polluted": 1}}, "mode": "kiosk"}',
      FILE,
    );
    expect(proto.config).toEqual({ mode: 'kiosk' });
    expect(proto.warnings.join('\n')).toMatch(/"__proto__" was ignored[\s\S]*"constructor" was ignored/);
    expect(({} as { allowDevTools?: unknown }).allowDevTools).toBeUndefined();
    expect(Object.getPrototypeOf(proto.config)).toBe(Object.prototype);
  });
});
