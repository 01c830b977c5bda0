// `npx tsx bench/soak.ts [--loops=200] [--every=10] [--check] [--jitless]`: only the memory part of the
// benchmark, for as many loops as a soak needs, against the renderer already built in out/renderer
// (`npm run build` first). Prints each checkpoint as it comes, then the growth; with --check, exits 1
// when a memory budget from bench/budgets.ts is broken.
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { serveStatic } from '../scripts/staticServer';
import { numberArg } from './args';
import { chromiumPath } from './browser';
import { BUDGETS } from './budgets';
import { measureMemory } from './memory';
import { memorySummary } from './report';
import type { Results } from './results';

const loops = numberArg('loops', 200);
const every = numberArg('every', 10);
const app = await serveStatic(resolve(import.meta.dirname, '../out/renderer'));
// --jitless: V8 without its compilers, to tell compiled code warming up from data that leaks.
const jsFlags = process.argv.includes('--jitless') ? ['--js-flags=--jitless'] : [];
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, ...jsFlags],
});
try {
  const memory = await measureMemory(browser, app.origin, loops, every, (p) =>
    console.log(
      `after loop ${p.loops}: heap ${(p.heapBytes / 1024 / 1024).toFixed(2)} MiB ` +
        `(app data ${(p.objectBytes / 1024 / 1024).toFixed(3)}, compiled code ${(p.codeBytes / 1024 / 1024).toFixed(2)}), ` +
        `${p.geometries} geometries, ${p.textures} textures`,
    ),
  );
  console.log(memorySummary(memory));
  if (process.argv.includes('--check')) {
    // Only the memory budgets apply; the rest of the results were not measured.
    const results = { mode: 'full', memory } as Results;
    for (const budget of BUDGETS.filter((b) => /heap|GPU/.test(b.label))) {
      const value = budget.read(results);
      const ok = value <= budget.limit;
      if (!ok) process.exitCode = 1;
      console.log(`${ok ? 'ok    ' : 'BROKEN'} ${budget.label}: ${value.toFixed(2)} (limit ${budget.limit})`);
    }
  }
} finally {
  await browser.close();
  await app.close();
}
