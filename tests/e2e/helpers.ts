import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { sceneCanvas, waitForFrames } from './pixels';

export { sceneCanvas, waitForFrames };

/** The test probe's fields (runtime/probe.ts): a read-only view of the app's frame. */
export interface Probe {
  frames: number;
  cameraSettled: boolean;
  contextLost: boolean;
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  sectionDiscs: number;
  sectionTumours: number;
  sectionPaintMs: number;
  labelPasses: number;
  labelsSettled: boolean;
  labelPassMs: number;
}

/** A copy of the probe's current values. */
export function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => ({ ...(window as unknown as { __hepatic: Probe }).__hepatic }));
}

/**
 * The 3D view's pixel ratio, pinned: on software WebGL it would otherwise adapt to the frame rate
 * (and so to the machine's load), and pictures would differ from run to run.
 */
export const PINNED_DPR = 'dpr=1';

/** `address` (`?query#hash`, `#hash` or '') with the pixel ratio pinned, unless it pins one itself. */
export function withPinnedDpr(address: string): string {
  if (/[?&]dpr=/.test(address.split('#')[0] ?? '')) return address;
  return address.startsWith('?') ? `?${PINNED_DPR}&${address.slice(1)}` : `?${PINNED_DPR}${address}`;
}

/** Opens the app (at a hash, if given) and waits until the scene has drawn its first frame. */
export async function open(page: Page, hash = ''): Promise<void> {
  await page.goto(`/index.html${withPinnedDpr(hash)}`);
  await expect(sceneCanvas(page)).toBeVisible();
  await page.waitForFunction(() => ((window as unknown as { __hepatic?: Probe }).__hepatic?.frames ?? 0) > 0);
}

/** Frames drawn after the camera settles before a screenshot: the scene has caught up with any change. */
export const SETTLE_FRAMES = 4;

/** Lets the camera settle and the scene draw the current state, then screenshots the scene. */
export async function settledShot(page: Page, options: { withoutLabels?: boolean } = {}): Promise<Buffer> {
  await page.waitForFunction(
    () => (window as unknown as { __hepatic?: Probe }).__hepatic?.cameraSettled === true,
  );
  await waitForFrames(page, SETTLE_FRAMES);
  // The labels are page text over the canvas; a check of the 3D picture alone leaves them out
  // (where each label points may differ after a round trip, by design: it keeps a point that still shows).
  // `display: none`, not `visibility: hidden`: each label sets its own visibility, which would win.
  return sceneCanvas(page).screenshot(
    options.withoutLabels ? { style: '.scene-labels { display: none !important; }' } : {},
  );
}

/** Waits for `count` animation frames of the page: real time passing, counted in frames, not ms. */
export async function waitForTicks(page: Page, count: number): Promise<void> {
  await waitForFrames(page, count);
}

/** Every request that leaves the app's origin; data: and blob: URLs never reach the network. */
export function watchRequests(page: Page, baseURL = test.info().project.use.baseURL): string[] {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    const local = url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
    if (!local) foreign.push(url);
  });
  return foreign;
}

/** Collects console errors and uncaught page errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens the app with a query and hash (`?mode=patient#procedure=php`) and waits for the scene's first frame. */
export async function openApp(page: Page, address: string): Promise<void> {
  await page.goto(`/index.html${withPinnedDpr(address)}`);
  await expect(sceneCanvas(page)).toBeVisible();
  await page.waitForFunction(() => ((window as unknown as { __hepatic?: Probe }).__hepatic?.frames ?? 0) > 0);
}

/** Clicks the first visible control that performs this registered command (whatever its label's language). */
export async function clickCommand(page: Page, command: string): Promise<void> {
  await page.locator(`[data-command="${command}"]:visible`).first().click();
}

/** Every axe violation of any impact on the page as it is now, one line each: rule, impact, where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
