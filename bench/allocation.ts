// Bytes allocated per frame in steady playback: V8's sampling heap profiler (CDP), counting objects
// that were collected again as well as those still alive, over a run of frames while playing.
import type { Browser, Page } from '@playwright/test';
import { newContext, settle } from './browser';

export interface AllocationSite {
  /** Function name as the (minified) bundle has it, with its place in the bundle. */
  site: string;
  bytes: number;
}

export interface AllocationResult {
  frames: number;
  warmFrames: number;
  /** Viewport, CSS pixels. */
  width: number;
  height: number;
  /** Sampled bytes allocated during the counted frames (an estimate: one sample per samplingBytes). */
  bytes: number;
  bytesPerFrame: number;
  samplingBytes: number;
  /** Whether playback was still running at the end (a run that reached the end is not steady). */
  stillPlaying: boolean;
  topSites: AllocationSite[];
  /** The largest allocating stacks: the allocating function and up to STACK_DEPTH callers, innermost first. */
  topStacks: AllocationSite[];
}

/** Callers shown under each allocating function: enough to tell which part of the app asked. */
const STACK_DEPTH = 5;

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

function siteOf(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

/** Sums every node's sampled bytes, by site and by stack (site and its nearest callers). */
function summarize(root: ProfileNode): {
  bytes: number;
  sites: Map<string, number>;
  stacks: Map<string, number>;
} {
  const sites = new Map<string, number>();
  const stacks = new Map<string, number>();
  const path: string[] = [];
  let bytes = 0;
  const visit = (node: ProfileNode) => {
    const site = siteOf(node);
    path.push(site);
    bytes += node.selfSize;
    if (node.selfSize > 0) {
      sites.set(site, (sites.get(site) ?? 0) + node.selfSize);
      const stack = path
        .slice(-1 - STACK_DEPTH)
        .reverse()
        .join('\n      < ');
      stacks.set(stack, (stacks.get(stack) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child);
    path.pop();
  };
  visit(root);
  return { bytes, sites, stacks };
}

function largest(sites: Map<string, number>, count: number): AllocationSite[] {
  return [...sites.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([site, bytes]) => ({ site, bytes }));
}

/** Waits, inside the page and with one callback reused, until the scene has drawn `count` more frames. */
function waitForSceneFrames(page: Page, count: number): Promise<number> {
  return page.evaluate((n) => {
    const probe = (window as unknown as { __hepatic: { frames: number } }).__hepatic;
    const target = probe.frames + n;
    return new Promise<number>((resolve) => {
      const tick = () => (probe.frames >= target ? resolve(probe.frames) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
  }, count);
}

/** Where and how long the allocation run plays. */
export interface AllocationPlan {
  /** Frames counted. */
  frames: number;
  /** Frames played first, so the per-frame code has been called often enough for V8 to optimise it. */
  warmFrames: number;
  width: number;
  height: number;
  /** Given the raw sampling profile (CDP's SamplingHeapProfile), e.g. to save it for DevTools. */
  onProfile?: (profile: unknown) => void;
}

/**
 * Plays the procedure from its start at 1× with the camera following the steps, lets `warmFrames`
 * frames pass (first uploads, optimised code), rewinds to the start by the URL hash (a long warm-up
 * would otherwise run into the end of the procedure) and lets 30 more frames pass, then samples
 * allocation over `frames` frames.
 */
export async function measureAllocation(
  browser: Browser,
  origin: string,
  { frames, warmFrames, width, height, onProfile }: AllocationPlan,
  samplingBytes = 256,
): Promise<AllocationResult> {
  const context = await newContext(browser, width, height);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/index.html#procedure=php&t=0`);
    await settle(page);
    await page.locator('button[aria-label="Play"]').click();
    await waitForSceneFrames(page, warmFrames);
    await page.evaluate(() => {
      window.location.hash = 'procedure=php&t=0';
    });
    await waitForSceneFrames(page, 30);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await page.evaluate(
      () => (window as unknown as { __hepatic: { frames: number } }).__hepatic.frames,
    );
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: samplingBytes,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    const after = await waitForSceneFrames(page, frames);
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: ProfileNode };
    };
    await cdp.detach();
    onProfile?.(profile);
    const stillPlaying = (await page.locator('button[aria-label="Pause"]').count()) > 0;
    const counted = after - before;
    const { bytes, sites, stacks } = summarize(profile.head);
    return {
      frames: counted,
      warmFrames,
      width,
      height,
      bytes,
      bytesPerFrame: bytes / Math.max(1, counted),
      samplingBytes,
      stillPlaying,
      topSites: largest(sites, 8),
      topStacks: largest(stacks, 20),
    };
  } finally {
    await context.close();
  }
}
