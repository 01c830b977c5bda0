// Memory over a long run: the whole of both procedures walked many times, fast, as a kiosk would
// over a day, with procedure switches, scrubbing and Home/End in between.
import type { Browser, Page } from '@playwright/test';
import { newContext, settle } from './browser';
import { PROCEDURES, type ProcedureId } from './pages';
import { growthPct } from './stats';

export interface MemoryPoint {
  loops: number;
  heapBytes: number;
  geometries: number;
  textures: number;
}

export interface MemoryResult {
  points: MemoryPoint[];
  heapGrowthPct: number;
  geometriesGrowthPct: number;
  texturesGrowthPct: number;
  secondsPerLoop: number;
}

/**
 * One accelerated loop, inside the page so no round trip slows it: for each procedure, switch to it
 * (its radio button), click through every step, scrub to a few times through the hash, press End
 * and Home, and play a couple of frames. React commits every action; the scene draws a frame after
 * the switch, after the steps and while playing: enough to upload and show each procedure's
 * resources, few enough that 50 loops of a software-rendered scene stay within minutes.
 */
function loopInPage(page: Page, procedures: readonly ProcedureId[]): Promise<void> {
  return page.evaluate(async (ids) => {
    const frames = (n: number) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
    const key = (name: string) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
    for (const id of ids) {
      document.querySelector<HTMLInputElement>(`input[name="procedure"][value="${id}"]`)?.click();
      await frames(1);
      for (const button of document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Steps"] button')) {
        button.click();
      }
      await frames(1);
      for (const t of [600, 3000, 5400]) {
        // replaceState and a hashchange of our own: a real navigation would add a history entry
        // per scrub, and the heap would grow with the benchmark's doing, not the app's.
        window.history.replaceState(null, '', `#procedure=${id}&t=${t}`);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }
      key('End');
      key('Home');
      document.querySelector<HTMLButtonElement>('button[aria-label="Play"]')?.click();
      await frames(2);
      document.querySelector<HTMLButtonElement>('button[aria-label="Pause"]')?.click();
    }
    key('Home');
    await frames(1);
  }, procedures);
}

async function measure(page: Page, loops: number): Promise<MemoryPoint> {
  await settle(page);
  const cdp = await page.context().newCDPSession(page);
  // Twice: the first collection can leave garbage that only the second one frees.
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

/**
 * Heap and GPU resources after the first loop, after `loops` loops, and every `every` loops in
 * between: the checkpoints tell steady growth (a leak) from a few late first uploads.
 */
export async function measureMemory(
  browser: Browser,
  origin: string,
  loops: number,
  every = 10,
): Promise<MemoryResult> {
  const context = await newContext(browser, 1280, 720);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/index.html#procedure=php&t=0`);
    await settle(page);
    // Ends on php each time, so both measurements see the same scene.
    const order = [...PROCEDURES].reverse();
    await loopInPage(page, order);
    const first = await measure(page, 1);
    const points = [first];
    let looping = 0;
    for (let i = 2; i <= loops; i++) {
      const started = Date.now();
      await loopInPage(page, order);
      looping += Date.now() - started;
      if (i % every === 0 || i === loops) points.push(await measure(page, i));
    }
    const secondsPerLoop = looping / 1000 / Math.max(1, loops - 1);
    const last = points[points.length - 1] as MemoryPoint;
    return {
      points,
      heapGrowthPct: growthPct(first.heapBytes, last.heapBytes),
      geometriesGrowthPct: growthPct(first.geometries, last.geometries),
      texturesGrowthPct: growthPct(first.textures, last.textures),
      secondsPerLoop,
    };
  } finally {
    await context.close();
  }
}
