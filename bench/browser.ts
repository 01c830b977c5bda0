// Headless Chromium for the benchmark, and the small in-page probes it installs before load.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { waitForFrames } from '../tests/e2e/pixels';

/**
 * App and baseline both run as a person sees them, at the display's 60 Hz. The ratio then reads
 * "display frames per app frame" (1 = 60 fps, 2 = 30 fps), and it is steadier than against an
 * uncapped baseline: tried here, an empty canvas at 1-4 ms swung 2-3x with the machine's load
 * while the GPU-bound app moved far less, and an uncapped app flooded the software GPU until the
 * page stopped answering.
 */

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH.');
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * Runs before any page script. `__name`: tsx compiles this file with esbuild's keepNames, which
 * wraps named functions inside page.evaluate callbacks in a helper the page does not have.
 * The fake DevTools hook: production React calls inject() once per renderer (react-dom and r3f's
 * reconciler) and onCommitFiberRoot() after every commit, which is all a commit counter needs.
 * The first-frame probe runs before r3f's loop in every frame, and the app's probe copies
 * renderer.info at the start of a frame (the previous render's figures), so the render that first
 * drew triangles is two ticks before the tick that sees them: its end is the start of the frame
 * after it, the previous tick's timestamp. For the empty baseline, any frame counts.
 */
const INIT_SCRIPT = `
window.__name = (f) => f;
(() => {
  const counts = {};
  const names = {};
  let next = 0;
  window.__benchCommits = { counts, names };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      next++;
      this.renderers.set(next, renderer);
      names[next] = String(renderer && renderer.rendererPackageName);
      counts[next] = 0;
      return next;
    },
    onCommitFiberRoot(id) { counts[id] = (counts[id] || 0) + 1; },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  };
  let previous = 0;
  const tick = (now) => {
    const app = window.__hepatic;
    const empty = window.__bench;
    if (app && app.frames > 0 && app.triangles > 0) window.__benchFirstFrameMs = previous;
    else if (!app && empty && empty.frames > 0) window.__benchFirstFrameMs = now;
    else {
      previous = now;
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
})();
`;

/**
 * Reduced motion: the camera cuts to each step's bookmark instead of gliding (the only thing the
 * app changes for it), so a measurement never waits seconds for the camera to settle.
 */
export async function newContext(browser: Browser, width: number, height: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  await context.addInitScript({ content: INIT_SCRIPT });
  return context;
}

/** Milliseconds from navigation start to the first drawn frame (see INIT_SCRIPT). */
export async function firstFrameMs(page: Page, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __benchFirstFrameMs?: number }).__benchFirstFrameMs,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

export interface FrameSampling {
  /** Intervals to collect at least, however long they take. */
  minFrames: number;
  /** Keep collecting until this much time has passed too (fast pages give more samples). */
  minMs: number;
  /** Stop here even if `minFrames` is not reached: a stalled page must not hang the run. */
  maxMs: number;
  /** Frames to drop first: the one after a seek or a resume can be long for reasons of its own. */
  skip: number;
}

/** Intervals between animation frames, as the page's own clock sees them. */
export function sampleFrameIntervals(page: Page, sampling: FrameSampling): Promise<number[]> {
  return page.evaluate(
    ({ minFrames, minMs, maxMs, skip }) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = -1;
        let start = -1;
        let skipped = 0;
        const tick = (now: number) => {
          if (skipped < skip) skipped++;
          else if (start < 0) start = now;
          else out.push(now - last);
          last = now;
          const elapsed = start < 0 ? 0 : now - start;
          const enough = out.length >= minFrames && elapsed >= minMs;
          if (enough || elapsed >= maxMs) resolve(out);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    sampling,
  );
}

export interface CommitCounts {
  scene: number;
  ui: number;
  other: number;
}

/** Commits so far, split by renderer package: r3f's reconciler is the scene, react-dom the DOM UI. */
export async function commitCounts(page: Page): Promise<CommitCounts> {
  const { counts, names } = await page.evaluate(
    () =>
      (
        window as unknown as {
          __benchCommits: { counts: Record<string, number>; names: Record<string, string> };
        }
      ).__benchCommits,
  );
  const out: CommitCounts = { scene: 0, ui: 0, other: 0 };
  for (const [id, count] of Object.entries(counts)) {
    const name = names[id];
    if (name === '@react-three/fiber') out.scene += count;
    else if (name === 'react-dom') out.ui += count;
    else out.other += count;
  }
  return out;
}

export interface SceneProbe {
  frames: number;
  cameraSettled: boolean;
  contextLost: boolean;
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
}

export function sceneProbe(page: Page): Promise<SceneProbe> {
  return page.evaluate(() => ({ ...(window as unknown as { __hepatic: SceneProbe }).__hepatic }));
}

/** Seeks by the URL hash, as a bookmark would; the app listens for hashchange. */
export async function seekByHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((value) => {
    window.location.hash = value;
  }, hash);
}

/**
 * Waits until the probe shows the current state: one frame renders it (the camera cuts there under
 * reduced motion), the next frame's probe copies renderer.info of that render.
 */
export async function settle(page: Page): Promise<void> {
  await waitForFrames(page, 2);
  const settled = () => (window as unknown as { __hepatic?: SceneProbe }).__hepatic?.cameraSettled === true;
  if (await page.evaluate(settled)) return;
  await page.waitForFunction(settled, undefined, { timeout: 60_000, polling: 'raf' });
  await waitForFrames(page, 2);
}

export async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL2';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  });
}
