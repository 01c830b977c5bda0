// Launches the built desktop app (out/main/index.js) in a real Electron and checks the
// window, the scene and the security settings as the running app sees them.
// Needs: `npm run build`, an Electron binary, and a display (on Linux: xvfb-run).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ElectronApplication, _electron as electron, expect, type Page, test } from '@playwright/test';
import { imageStats, sceneCanvas } from '../e2e/pixels';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'out', 'main', 'index.js');

/**
 * The Electron executable, found the way node_modules/electron does it but without
 * `require('electron')`, which would try to download a missing binary.
 */
function electronBinary(): string | undefined {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(pkg, 'dist', relative)
      : undefined;
  return candidate && existsSync(candidate) ? candidate : undefined;
}

const executablePath = electronBinary();
test.skip(
  !executablePath,
  'Electron binary not installed on this machine (downloads are blocked); runs where one exists',
);

async function launch(...flags: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  expect(existsSync(MAIN), `${MAIN} is missing: run \`npm run build\` first`).toBe(true);
  // An empty config file, so a config.json in this machine's user-data folder cannot interfere.
  const config = join(mkdtempSync(join(tmpdir(), 'hepatic-smoke-')), 'config.json');
  writeFileSync(config, '{}');
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  delete env.ELECTRON_RENDERER_URL; // the built page, not a dev server
  // Chromium refuses to start as root without this (CI containers).
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await electron.launch({
    executablePath,
    args: [...rootArgs, MAIN, `--config=${config}`, ...flags],
    env,
    cwd: ROOT,
  });
  const page = await app.firstWindow();
  return { app, page };
}

test.describe('desktop app', () => {
  let app: ElectronApplication | undefined;
  test.afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  test('opens one window with the title and a drawn scene', async () => {
    const launched = await launch('--mode=presenter');
    app = launched.app;
    const { page } = launched;
    await expect(page).toHaveTitle(/Hepatic Perfusion Explainer/);
    await expect(sceneCanvas(page)).toBeVisible();
    await expect
      .poll(async () => (await imageStats(page, await sceneCanvas(page).screenshot())).distinctColours, {
        message: 'the canvas shows more than one colour',
      })
      .toBeGreaterThan(8);
    expect(app.windows()).toHaveLength(1);
  });

  test('the page gets the narrow API and nothing from Node', async () => {
    const launched = await launch('--mode=presenter');
    app = launched.app;
    const { page } = launched;
    const seen = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown> & {
        hepaticApi: { getLaunchOptions(): Promise<{ mode: string; fullscreen: boolean }> };
      };
      return {
        apiKeys: Object.keys(w.hepaticApi).sort(),
        options: await w.hepaticApi.getLaunchOptions(),
        require: typeof w.require,
        process: typeof w.process,
        opened: window.open('https://example.com/') === null,
      };
    });
    expect(seen).toEqual({
      apiKeys: ['getLaunchOptions', 'printHandout', 'saveScreenshot'],
      options: expect.objectContaining({ mode: 'presenter', fullscreen: false }),
      require: 'undefined',
      process: 'undefined',
      opened: true,
    });
  });

  test('navigation away from the app is blocked', async () => {
    const launched = await launch();
    app = launched.app;
    const { page } = launched;
    const before = page.url();
    expect(before).toMatch(/^file:.*index\.html/);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  });
});
