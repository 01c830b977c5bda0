// Runs the Playwright suites against the built renderer with whichever Chromium this machine has.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

const { path, hint } = await findBrowser();
if (!path) {
  console.error(hint);
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: path },
});
process.exit(result.status ?? 1);
