// The measurements that drive a page: frame time, start-up, React commits, draw calls per step.
import type { Browser, Page } from '@playwright/test';
import { PROCEDURE_IDS, type ProcedureId } from '../renderer/src/procedure/registry';
import { imageStats } from '../tests/e2e/pixels';
import {
  type CommitCounts,
  commitCounts,
  type FrameSampling,
  firstFrameMs,
  newContext,
  sampleFrameIntervals,
  sceneProbe,
  seekByHash,
  settle,
} from './browser';

/** The procedures the app ships, from its catalogue. */
export const PROCEDURES = PROCEDURE_IDS;
export type { ProcedureId };

export interface PageRun {
  startupMs: number;
  intervals: number[];
}

/** Where the app's canvas sits at this viewport, so the baseline canvas can match its size. */
export interface CanvasSize {
  width: number;
  height: number;
}

async function withPage<T>(browser: Browser, width: number, height: number, run: (page: Page) => Promise<T>) {
  const context = await newContext(browser, width, height);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Loads the empty canvas at the app canvas's size and samples its frame intervals. */
export function runBaseline(
  browser: Browser,
  origin: string,
  viewport: CanvasSize,
  canvas: CanvasSize,
  sampling: FrameSampling,
): Promise<PageRun> {
  return withPage(browser, viewport.width, viewport.height, async (page) => {
    await page.goto(`${origin}/index.html?w=${canvas.width}&h=${canvas.height}`);
    const startupMs = await firstFrameMs(page);
    return { startupMs, intervals: await sampleFrameIntervals(page, sampling) };
  });
}

export interface AppRunOptions {
  origin: string;
  viewport: CanvasSize;
  procedure: ProcedureId;
  /** Procedure times (s) to jump to while playing; each starts one sampling window. */
  seekTimes: readonly number[];
  sampling: FrameSampling;
  /** Screenshot the canvas at start-up to prove the first counted frame was not blank (slow). */
  checkStartupPixels: boolean;
  /** Frames of playing before the first window, for the resolution to settle; not counted. */
  settleFrames: number;
  /** Extra measurements done once, on one page, after the frame windows. */
  extra?: (page: Page) => Promise<void>;
}

export interface AppRun extends PageRun {
  canvas: CanvasSize;
  /** The canvas's pixel ratio (drawing buffer over CSS size) at the end of each sampling window. */
  dprs: number[];
  /** Distinct colours in the canvas just after start-up (1 = blank); NaN when not checked. */
  startupColours: number;
}

/** The scene canvas's drawing-buffer width over its CSS width: the pixel ratio it draws at. */
export function canvasPixelRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="scene"] canvas') as HTMLCanvasElement | null;
    return canvas && canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : Number.NaN;
  });
}

/**
 * Loads the app, records its start-up, presses Play and samples frame intervals in windows spread
 * over the whole procedure (seeking by the hash while it plays), so every step's scene counts.
 */
export function runApp(browser: Browser, options: AppRunOptions): Promise<AppRun> {
  const { viewport, procedure } = options;
  return withPage(browser, viewport.width, viewport.height, async (page) => {
    await page.goto(`${options.origin}/index.html#procedure=${procedure}&t=0`);
    const startupMs = await firstFrameMs(page);
    const canvasLocator = page.locator('[data-testid="scene"] canvas');
    const box = await canvasLocator.boundingBox();
    const canvas = { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
    const startupColours = options.checkStartupPixels
      ? (await imageStats(page, await canvasLocator.screenshot({ timeout: 60_000 }))).distinctColours
      : Number.NaN;
    await settle(page);
    await page.getByRole('button', { name: 'Play' }).click();
    // On software WebGL the view adapts its resolution in its first seconds of playing (see
    // scene/quality/pixelRatio.ts): those frames are not counted, and each window's ratio is reported.
    if (options.settleFrames > 0)
      await sampleFrameIntervals(page, { minFrames: options.settleFrames, minMs: 0, maxMs: 30_000, skip: 0 });
    const intervals: number[] = [];
    const dprs: number[] = [];
    for (const timeS of options.seekTimes) {
      await seekByHash(page, `#procedure=${procedure}&t=${timeS}`);
      intervals.push(...(await sampleFrameIntervals(page, options.sampling)));
      dprs.push(await canvasPixelRatio(page));
    }
    await page.getByRole('button', { name: 'Pause' }).click();
    await options.extra?.(page);
    return { startupMs, intervals, canvas, startupColours, dprs };
  });
}

export interface CommitRun extends CommitCounts {
  procedure: ProcedureId;
  seconds: number;
  frames: number;
}

/** React commits during continuous playback at 4×, from the start, split into scene and DOM UI. */
export async function measureCommits(
  page: Page,
  procedure: ProcedureId,
  seconds: number,
): Promise<CommitRun> {
  await seekByHash(page, `#procedure=${procedure}&t=0`);
  await page.getByLabel('Playback speed').selectOption('4');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(500);
  const before = await commitCounts(page);
  const framesBefore = (await sceneProbe(page)).frames;
  const started = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const after = await commitCounts(page);
  const framesAfter = (await sceneProbe(page)).frames;
  const elapsed = (Date.now() - started) / 1000;
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByLabel('Playback speed').selectOption('1');
  return {
    procedure,
    seconds: elapsed,
    frames: framesAfter - framesBefore,
    scene: after.scene - before.scene,
    ui: after.ui - before.ui,
    other: after.other - before.other,
  };
}

export interface StepDraw {
  procedure: ProcedureId;
  step: string;
  drawCalls: number;
  triangles: number;
  /**
   * Renders since the seek. The probe copies renderer.info before each render, so it shows this
   * step only from the second render on; with on-demand rendering fewer than 2 means stale figures.
   */
  renders: number;
}

/** renderer.info at each step's start, with the camera on the step's bookmark. */
export async function measureDrawCalls(
  page: Page,
  procedure: ProcedureId,
  stepIds: readonly string[],
): Promise<StepDraw[]> {
  const out: StepDraw[] = [];
  for (const step of stepIds) {
    const framesBefore = (await sceneProbe(page)).frames;
    await seekByHash(page, `#procedure=${procedure}&step=${step}`);
    await settle(page);
    if ((await sceneProbe(page)).frames - framesBefore < 2) {
      // Only one render followed the seek: the same seek again (another spelling of the hash, so
      // hashchange fires) changes the store, which asks the on-demand canvas for one more frame.
      await seekByHash(page, `#step=${step}&procedure=${procedure}`);
      await settle(page);
    }
    const probe = await sceneProbe(page);
    const renders = probe.frames - framesBefore;
    if (renders < 2)
      process.stderr.write(`[bench] ${procedure}/${step}: ${renders} render(s), figures may be stale\n`);
    out.push({ procedure, step, drawCalls: probe.drawCalls, triangles: probe.triangles, renders });
  }
  return out;
}
