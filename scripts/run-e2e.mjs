// Runs the Playwright suites against the built renderer with whichever Chromium this machine has.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { findBrowser } from './find-browser.mjs';

/** A port nothing listens on now, so a test run never collides with another server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const { path, hint } = await findBrowser();
if (!path) {
  console.error(hint);
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: path, E2E_PORT: String(process.env.E2E_PORT ?? (await freePort())) },
});
process.exit(result.status ?? 1);
