import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../electron/main/flags';
import { isMode } from '../../../electron/shared/launchOptions';

// argv as Electron gives it: executable, then (unpackaged) the app path, then flags.
const run = (...flags: string[]) => parseFlags(['/usr/bin/electron', '.', ...flags]);

describe('parseFlags', () => {
  it('no flags: nothing set, no warnings', () => {
    expect(run()).toEqual({ warnings: [] });
  });

  it('--fullscreen, with or without a value', () => {
    expect(run('--fullscreen')).toEqual({ fullscreen: true, warnings: [] });
    expect(run('--fullscreen=0')).toEqual({ fullscreen: false, warnings: [] });
    expect(run('--fullscreen=true')).toEqual({ fullscreen: true, warnings: [] });
  });

  it('--kiosk means mode kiosk', () => {
    expect(run('--kiosk')).toEqual({ mode: 'kiosk', warnings: [] });
    expect(run('--kiosk=false')).toEqual({ warnings: [] });
  });

  it('--mode=presenter|standard|kiosk', () => {
    expect(run('--mode=presenter').mode).toBe('presenter');
    expect(run('--mode=standard').mode).toBe('standard');
    expect(run('--mode=kiosk').mode).toBe('kiosk');
  });

  it('--config=PATH keeps the path as written', () => {
    expect(run('--config=./kiosk.json')).toEqual({ configPath: './kiosk.json', warnings: [] });
    expect(run('--config=/etc/hepatic/my config.json').configPath).toBe('/etc/hepatic/my config.json');
  });

  it('an unknown mode is named and ignored', () => {
    const flags = run('--mode=cinema');
    expect(flags.mode).toBeUndefined();
    expect(flags.warnings).toHaveLength(1);
    expect(flags.warnings[0]).toContain('--mode');
    expect(flags.warnings[0]).toContain('cinema');
  });

  it('flags that need a value say so', () => {
    expect(run('--mode').warnings[0]).toMatch(/"--mode" needs a value/);
    expect(run('--mode=').warnings[0]).toMatch(/"--mode" needs a value/);
    expect(run('--config').warnings[0]).toMatch(/"--config" needs a file path/);
    expect(run('--config=  ').configPath).toBeUndefined();
  });

  it('a bad boolean is named and ignored', () => {
    const flags = run('--fullscreen=sometimes');
    expect(flags.fullscreen).toBeUndefined();
    expect(flags.warnings[0]).toContain('--fullscreen');
    expect(flags.warnings[0]).toContain('sometimes');
  });

  it('unknown flags are named in a warning that lists the known ones', () => {
    const flags = run('--kioks');
    expect(flags.warnings).toHaveLength(1);
    expect(flags.warnings[0]).toContain('"--kioks"');
    expect(flags.warnings[0]).toContain('--kiosk');
  });

  it('malformed flags are named too', () => {
    for (const bad of ['-k', '--Mode=kiosk', '---kiosk', '--=x']) {
      const flags = run(bad);
      expect(flags.warnings, bad).toHaveLength(1);
      expect(flags.warnings[0]).toContain(bad);
    }
  });

  it('Chromium, Node and Playwright switches pass silently', () => {
    const flags = parseFlags([
      '/opt/app/electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      '--no-sandbox',
      '--enable-features=Foo',
      'out/main/index.js',
      '--mode=presenter',
    ]);
    expect(flags).toEqual({ mode: 'presenter', warnings: [] });
  });

  it('positional arguments (the app path) are not flags', () => {
    expect(parseFlags(['/opt/Hepatic/hepatic', '/some/file.txt'])).toEqual({ warnings: [] });
  });

  it('--kiosk wins over a different --mode, with a warning', () => {
    const flags = run('--mode=presenter', '--kiosk');
    expect(flags.mode).toBe('kiosk');
    expect(flags.warnings[0]).toMatch(/--kiosk.*--mode=presenter/);
    expect(run('--mode=kiosk', '--kiosk')).toEqual({ mode: 'kiosk', warnings: [] });
  });

  it('the last of repeated flags wins', () => {
    expect(run('--mode=kiosk', '--mode=presenter').mode).toBe('presenter');
  });

  it('ignores argv[0] even if it looks like a flag', () => {
    expect(parseFlags(['--weird-exe-name'])).toEqual({ warnings: [] });
  });

  it('never throws, whatever argv holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.string().map((s) => `--${s}`),
          ),
        ),
        (args) => {
          const flags = parseFlags(['exe', ...args]);
          expect(Array.isArray(flags.warnings)).toBe(true);
          if (flags.mode !== undefined) expect(isMode(flags.mode)).toBe(true);
        },
      ),
    );
  });
});
