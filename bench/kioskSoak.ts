// Kiosk soak: the attract loop run many times, accelerated, as a waiting-room screen would over
// weeks. `npx tsx bench/kioskSoak.ts [--loops=200] [--no-build]` builds the renderer, opens
// `?mode=kiosk&idle=5`, lets the kiosk go idle into its attract loop, then speeds each loop up by
// scrubbing through every step (the URL hash, as a bookmark would) to just before the end; the
// kiosk's own loop (useKioskIdle) sees the end and starts the next pass. Heap, geometries and
// textures are measured at loop 50 and every 25 loops after; growth is loop 50 → the last loop.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import php from '@assets/procedures/php.json';
import type { Browser, Page } from '@playwright/test';
import type { Procedure } from '../renderer/src/procedure/schema';
import { procedureDurationS, stepStartS } from '../renderer/src/procedure/timeline';
import { serveStatic } from '../scripts/staticServer';
import { waitForFrames } from '../tests/e2e/pixels';
import { launch, newContext } from './browser';
import { growthPct } from './stats';

export interface SoakPoint {
  loops: number;
  heapBytes: number;
  geometries: number;
  textures: number;
}

export interface SoakResult {
  points: SoakPoint[];
  /** From the first checkpoint (loop 50 by default) to the last. */
  heapGrowthPct: number;
  geometriesGrowthPct: number;
  texturesGrowthPct: number;
  secondsPerLoop: number;
}

const PROCEDURE = php as unknown as Procedure;
/** Procedure seconds of every step start, then just before the end. */
const SCRUB_TIMES = [
  ...PROCEDURE.steps.map((_, i) => stepStartS(PROCEDURE, i)),
  procedureDurationS(PROCEDURE) - 1,
];

const attractLoops = (page: Page) =>
  page.evaluate(() =>
    Number(document.querySelector('[data-testid="kiosk"]')?.getAttribute('data-attract-loops') ?? 0),
  );

/** One accelerated pass: every step drawn once, then near the end; waits for the kiosk to loop. */
async function acceleratedLoop(page: Page, times: readonly number[]): Promise<void> {
  const before = await attractLoops(page);
  await page.evaluate(async (scrub) => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    for (const t of scrub) {
      window.history.replaceState(null, '', `#procedure=php&t=${t}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await frame();
    }
  }, times);
  await page.waitForFunction(
    (n) =>
      Number(document.querySelector('[data-testid="kiosk"]')?.getAttribute('data-attract-loops') ?? 0) > n,
    before,
    { timeout: 30_000 },
  );
}

async function measure(page: Page, loops: number): Promise<SoakPoint> {
  await waitForFrames(page, 2);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const probe = await page.evaluate(() => {
    const h = (window as unknown as { __hepatic: { geometries: number; textures: number } }).__hepatic;
    return { geometries: h.geometries, textures: h.textures };
  });
  return { loops, heapBytes: usedSize, ...probe };
}

export async function measureKioskSoak(
  browser: Browser,
  origin: string,
  loops = 200,
  firstCheckpoint = 50,
  every = 25,
): Promise<SoakResult> {
  // The portrait kiosk at half scale: software rendering costs per pixel, the leaks looked for do not.
  const context = await newContext(browser, 540, 960);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/index.html?mode=kiosk&idle=5`);
    await page.waitForSelector('[data-kiosk-phase="attract"]', { timeout: 120_000 });
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="kiosk"]')?.getAttribute('data-attract-loops')) >= 1,
    );
    const points: SoakPoint[] = [];
    let looping = 0;
    for (let i = 1; i <= loops; i++) {
      const started = Date.now();
      await acceleratedLoop(page, SCRUB_TIMES);
      looping += Date.now() - started;
      if (i >= firstCheckpoint && ((i - firstCheckpoint) % every === 0 || i === loops)) {
        points.push(await measure(page, i));
        const p = points[points.length - 1] as SoakPoint;
        console.log(
          `loop ${i}: heap ${(p.heapBytes / 1e6).toFixed(2)} MB, geometries ${p.geometries}, textures ${p.textures}`,
        );
      }
    }
    const first = points[0] as SoakPoint;
    const last = points[points.length - 1] as SoakPoint;
    return {
      points,
      heapGrowthPct: growthPct(first.heapBytes, last.heapBytes),
      geometriesGrowthPct: growthPct(first.geometries, last.geometries),
      texturesGrowthPct: growthPct(first.textures, last.textures),
      secondsPerLoop: looping / 1000 / loops,
    };
  } finally {
    await context.close();
  }
}

/** Heap under 5 % and no growth in geometries or textures: the bar for weeks unattended. */
export function soakPasses(result: SoakResult): boolean {
  return result.heapGrowthPct < 5 && result.geometriesGrowthPct <= 0 && result.texturesGrowthPct <= 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const loops = Number(args.find((a) => a.startsWith('--loops='))?.slice(8) ?? 200);
  const root = resolve(import.meta.dirname, '..');
  if (!args.includes('--no-build')) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = await serveStatic(resolve(root, 'out/renderer'));
  const browser = await launch();
  try {
    const result = await measureKioskSoak(browser, server.origin, loops, Math.min(50, loops));
    console.log(JSON.stringify(result, null, 2));
    console.log(soakPasses(result) ? 'Soak passed' : 'Soak FAILED (heap ≥ 5 % or GPU resources grew)');
    process.exitCode = soakPasses(result) ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}
