// Memory over a long run: the whole of both procedures walked many times, fast, as a kiosk would
// over a day, with procedure switches, scrubbing and Home/End in between.
import type { Browser, CDPSession, Page } from '@playwright/test';
import { newContext, settle } from './browser';
import { PROCEDURES, type ProcedureId } from './pages';
import { growthPct } from './stats';

export interface MemoryPoint {
  loops: number;
  /** The whole JS heap (CDP Runtime.getHeapUsage), compiled code included. */
  heapBytes: number;
  /**
   * What the app's own data holds: heap-snapshot nodes that are neither compiled code (V8's
   * "code" nodes: machine code, bytecode, feedback) nor browser-native objects. This is what a
   * leak grows; compiled code grows while the JIT warms up and is bounded by the app's size.
   */
  objectBytes: number;
  /** Compiled code and its metadata, from the same snapshot. */
  codeBytes: number;
  geometries: number;
  textures: number;
}

export interface MemoryResult {
  points: MemoryPoint[];
  /** Loop whose figures the steady growth starts from: after the JIT and first uploads settle. */
  steadyFromLoop: number;
  /** App data (objectBytes) growth from `steadyFromLoop` to the last loop, %: what a kiosk's weeks add up. */
  objectSteadyGrowthPct: number;
  /** Whole-heap growth over the same loops, %: includes compiled code still warming up. */
  heapSteadyGrowthPct: number;
  /** Geometries and textures added from `steadyFromLoop` to the last loop (counts, not %). */
  gpuSteadyGrowth: number;
  /** Heap growth from loop 1, %: includes warm-up (compiled code, first uploads). */
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
export function loopInPage(page: Page, procedures: readonly ProcedureId[]): Promise<void> {
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

interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
}

/** Sums a heap snapshot's self sizes into app data and compiled code (see MemoryPoint). */
async function snapshotSplit(cdp: CDPSession): Promise<{ objectBytes: number; codeBytes: number }> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as HeapSnapshotJson;
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = types[0].indexOf('code');
  const native = types[0].indexOf('native');
  let objectBytes = 0;
  let codeBytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = snapshot.nodes[i + typeAt];
    const size = snapshot.nodes[i + sizeAt] as number;
    if (type === code) codeBytes += size;
    else if (type !== native) objectBytes += size;
  }
  return { objectBytes, codeBytes };
}

async function measure(page: Page, loops: number): Promise<MemoryPoint> {
  await settle(page);
  const cdp = await page.context().newCDPSession(page);
  // Twice: the first collection can leave garbage that only the second one frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const split = await snapshotSplit(cdp);
  await cdp.detach();
  const probe = await page.evaluate(() => {
    const h = (window as unknown as { __hepatic: { geometries: number; textures: number } }).__hepatic;
    return { geometries: h.geometries, textures: h.textures };
  });
  return { loops, heapBytes: usedSize, ...split, ...probe };
}

/** The steady part of a run starts here: loop 10, or loop 1 in a run too short to have one. */
export function steadyStart(loops: number): number {
  return loops >= 20 ? 10 : 1;
}

/**
 * Heap and GPU resources after the first loop, after `loops` loops, and every `every` loops in
 * between: the checkpoints tell steady growth (a leak) from a few late first uploads. `loops` is
 * a parameter: 50 in the benchmark, 200 or more for a kiosk soak (`bench/soak.ts`).
 */
export async function measureMemory(
  browser: Browser,
  origin: string,
  loops: number,
  every = 10,
  onPoint: (point: MemoryPoint) => void = () => undefined,
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
    onPoint(first);
    const points = [first];
    let looping = 0;
    for (let i = 2; i <= loops; i++) {
      const started = Date.now();
      await loopInPage(page, order);
      looping += Date.now() - started;
      if (i % every === 0 || i === loops) {
        points.push(await measure(page, i));
        onPoint(points[points.length - 1] as MemoryPoint);
      }
    }
    const secondsPerLoop = looping / 1000 / Math.max(1, loops - 1);
    const last = points[points.length - 1] as MemoryPoint;
    const steadyFromLoop = steadyStart(loops);
    const steady = points.find((p) => p.loops === steadyFromLoop) ?? first;
    return {
      points,
      steadyFromLoop,
      objectSteadyGrowthPct: growthPct(steady.objectBytes, last.objectBytes),
      heapSteadyGrowthPct: growthPct(steady.heapBytes, last.heapBytes),
      gpuSteadyGrowth: last.geometries - steady.geometries + (last.textures - steady.textures),
      heapGrowthPct: growthPct(first.heapBytes, last.heapBytes),
      geometriesGrowthPct: growthPct(first.geometries, last.geometries),
      texturesGrowthPct: growthPct(first.textures, last.textures),
      secondsPerLoop,
    };
  } finally {
    await context.close();
  }
}
