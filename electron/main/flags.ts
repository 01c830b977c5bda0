// Command-line flags of the app. Pure: takes argv, returns what it understood plus a
// warning for everything it did not. Never throws; a bad flag never stops the app.
import { type Mode, parseBooleanValue, parseModeValue } from '../shared/launchOptions';

export interface FlagOptions {
  mode?: Mode;
  fullscreen?: boolean;
  /** As written on the command line; resolved against the working directory by config.ts. */
  configPath?: string;
  warnings: string[];
}

export const APP_FLAGS = ['--fullscreen', '--kiosk', '--mode=standard|presenter|kiosk', '--config=PATH'];

// Switches that belong to Chromium, Node or test drivers (Playwright adds
// --inspect=0 and --remote-debugging-port=0). They reach process.argv too; they are
// not ours to judge, so they pass silently instead of cluttering the warnings.
const RUNTIME_SWITCHES = new Set([
  'inspect',
  'inspect-brk',
  'inspect-port',
  'remote-debugging-port',
  'remote-debugging-pipe',
  'no-sandbox',
  'no-zygote',
  'disable-gpu',
  'disable-gpu-sandbox',
  'disable-software-rasterizer',
  'disable-dev-shm-usage',
  'enable-logging',
  'log-file',
  'log-level',
  'v',
  'vmodule',
  'lang',
  'user-data-dir',
  'ozone-platform',
  'ozone-platform-hint',
  'enable-features',
  'disable-features',
  'use-gl',
  'use-angle',
  'enable-unsafe-swiftshader',
  'ignore-gpu-blocklist',
  'force-device-scale-factor',
  'js-flags',
  'trace-warnings',
  'trace-deprecation',
  'enable-source-maps',
  'no-first-run',
]);

const FLAG_PATTERN = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s;

/** Reads argv as Electron gives it (executable first). Unknown or malformed flags become warnings. */
export function parseFlags(argv: readonly string[]): FlagOptions {
  const result: FlagOptions = { warnings: [] };
  const warn = (message: string) => result.warnings.push(message);
  let kiosk = false;
  let modeFlag: Mode | undefined;

  for (const arg of argv.slice(1)) {
    if (arg === '--' || !arg.startsWith('-')) continue; // app path or other positional argument
    const match = FLAG_PATTERN.exec(arg);
    if (!match) {
      warn(`Flag "${arg}" is malformed and was ignored (known flags: ${APP_FLAGS.join(', ')})`);
      continue;
    }
    const name = match[1] ?? '';
    const value = match[2];
    switch (name) {
      case 'fullscreen':
      case 'kiosk': {
        const parsed =
          value === undefined ? ({ ok: true, value: true } as const) : parseBooleanValue(value, `--${name}`);
        if (!parsed.ok) warn(parsed.warning);
        else if (name === 'fullscreen') result.fullscreen = parsed.value;
        else kiosk = parsed.value;
        break;
      }
      case 'mode': {
        if (!value) {
          warn('Flag "--mode" needs a value, e.g. --mode=presenter; ignored');
          break;
        }
        const parsed = parseModeValue(value, '--mode');
        if (parsed.ok) modeFlag = parsed.value;
        else warn(parsed.warning);
        break;
      }
      case 'config': {
        if (!value?.trim())
          warn('Flag "--config" needs a file path, e.g. --config=/etc/hepatic/config.json; ignored');
        else result.configPath = value.trim();
        break;
      }
      default:
        if (!RUNTIME_SWITCHES.has(name)) {
          warn(`Unknown flag "--${name}" was ignored (known flags: ${APP_FLAGS.join(', ')})`);
        }
    }
  }

  if (kiosk) {
    if (modeFlag && modeFlag !== 'kiosk') {
      warn(`Flags "--kiosk" and "--mode=${modeFlag}" disagree; using kiosk`);
    }
    result.mode = 'kiosk';
  } else if (modeFlag) {
    result.mode = modeFlag;
  }
  return result;
}
