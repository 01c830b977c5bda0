// The kiosk's fields of the config file: idle time and the operator PIN hash. Whatever the file
// holds, the kiosk starts: bad fields fall back to defaults with a warning naming the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  configFileSchema,
  DEFAULT_SETTINGS,
  IDLE_RESET_LIMITS,
  loadConfigFile,
  parseConfigText,
  resolveSettings,
  toLaunchOptions,
} from '../../../electron/main/config';
import { hashPin, isPinHash } from '../../../electron/main/pin';

const FILE = '/etc/hepatic/config.json';
const HASH = hashPin('97531', Buffer.alloc(16, 1));

function kioskSettings(text: string) {
  return resolveSettings({ mode: 'kiosk', warnings: [] }, parseConfigText(text, FILE));
}

describe('kiosk config fields', () => {
  it('takes a valid PIN hash and idle time', () => {
    const settings = kioskSettings(JSON.stringify({ operatorPinHash: HASH, idleResetSeconds: 45 }));
    expect(settings).toMatchObject({ operatorPinHash: HASH, idleResetSeconds: 45, warnings: [] });
    expect(toLaunchOptions(settings).idleSeconds).toBe(45);
  });

  it('idle defaults to 90 s', () => {
    expect(DEFAULT_SETTINGS.idleResetSeconds).toBe(90);
  });

  it.each([-5, 0, 9, 3601, 12.5, '60', null, true, Number.NaN])(
    'an idle of %j is refused and named',
    (idle) => {
      const settings = kioskSettings(
        `{"idleResetSeconds": ${JSON.stringify(idle)}, "operatorPinHash": "${HASH}"}`,
      );
      expect(settings.idleResetSeconds).toBe(90);
      expect(settings.warnings).toHaveLength(1);
      expect(settings.warnings[0]).toContain('"idleResetSeconds"');
    },
  );

  it.each(['1234', 'scrypt$nope', '', 42, null, ['x']])(
    'a PIN hash of %j is refused, never echoed',
    (hash) => {
      const settings = kioskSettings(JSON.stringify({ operatorPinHash: hash }));
      expect(settings.operatorPinHash).toBeNull();
      expect(settings.warnings[0]).toContain('"operatorPinHash"');
      if (typeof hash === 'string' && hash !== '') expect(settings.warnings.join('\n')).not.toContain(hash);
      expect(settings.warnings.some((w) => w.includes('No operator PIN'))).toBe(true);
    },
  );

  it.each([
    ['missing', undefined],
    ['not JSON', '{"mode": "kiosk",'],
    ['an array', '[1, 2]'],
    ['empty', ''],
  ])('a %s file starts the kiosk on defaults', (_label, text) => {
    const result =
      text === undefined
        ? loadConfigFile(FILE, () => Object.assign(new Error('gone'), { code: 'ENOENT' }) as never, {
            required: true,
          })
        : parseConfigText(text, FILE);
    const settings = resolveSettings({ mode: 'kiosk', warnings: [] }, result);
    expect(settings).toMatchObject({
      mode: 'kiosk',
      fullscreen: true,
      idleResetSeconds: 90,
      operatorPinHash: null,
    });
    expect(settings.warnings.length).toBeGreaterThanOrEqual(1);
  });

  it('an unreadable file starts the kiosk on defaults and says why', () => {
    const unreadable = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const settings = resolveSettings(
      { mode: 'kiosk', warnings: [] },
      loadConfigFile(FILE, unreadable, { required: false }),
    );
    expect(settings.warnings[0]).toContain('EACCES');
    expect(settings.idleResetSeconds).toBe(90);
  });
});

describe('config validation, property-based', () => {
  const anyValue = fc.oneof(
    fc.integer({ min: -10_000, max: 10_000 }),
    fc.double(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('kiosk', 'standard', 'presenter', 'en', HASH, 'scrypt$16384$8$1$x$y'),
    fc.array(fc.integer(), { maxLength: 3 }),
  );
  const fieldName = fc.oneof(
    fc.constantFrom(...Object.keys(configFileSchema.shape)),
    fc.string({ maxLength: 12 }),
  );
  const anyObject = fc.dictionary(fieldName, anyValue, { maxKeys: 8 });

  it('never throws; every kept field is valid; every dropped field is named', () => {
    fc.assert(
      fc.property(anyObject, (object) => {
        const text = JSON.stringify(object);
        const { config, warnings } = parseConfigText(text, FILE);
        expect(configFileSchema.safeParse(config).success).toBe(true);
        for (const key of Object.keys(object)) {
          if (!(key in config)) expect(warnings.some((w) => w.includes(`"${key}"`))).toBe(true);
        }
        const settings = resolveSettings({ warnings: [] }, { config, warnings });
        expect(Number.isInteger(settings.idleResetSeconds)).toBe(true);
        expect(settings.idleResetSeconds).toBeGreaterThanOrEqual(IDLE_RESET_LIMITS.min);
        expect(settings.idleResetSeconds).toBeLessThanOrEqual(IDLE_RESET_LIMITS.max);
        expect(settings.operatorPinHash === null || isPinHash(settings.operatorPinHash)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const settings = resolveSettings({ mode: 'kiosk', warnings: [] }, parseConfigText(text, FILE));
        expect(settings.mode).toBe('kiosk');
        expect(settings.fullscreen).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
