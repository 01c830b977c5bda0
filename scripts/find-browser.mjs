// Finds a Chromium for the browser tests: an explicit path, Debian's package, or Playwright's own.
import { existsSync } from 'node:fs';

const HINT =
  'No Chromium found. Install one: on Debian/Ubuntu "sudo apt-get install chromium"; elsewhere ' +
  '"npx playwright install chromium"; or point CHROMIUM_PATH at a Chromium or Chrome executable.';

export async function findBrowser() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return { path, hint: HINT };
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, hint: HINT };
  } catch {
    // Playwright's own browser is optional.
  }
  return { path: undefined, hint: HINT };
}
