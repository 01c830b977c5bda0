import { defineConfig } from '@playwright/test';

/** Software WebGL on a shared 2-core machine: one worker, generous timeouts, a real browser flag set. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** scripts/run-e2e.mjs picks a free port, so a second run or a local server never collides. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    {
      name: 'renderer',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${E2E_PORT}`,
        viewport: { width: 1280, height: 720 },
        launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: `npx tsx scripts/serve-renderer.ts --port=${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
