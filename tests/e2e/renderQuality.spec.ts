import { expect, test } from '@playwright/test';
import { openApp, readProbe, settledShot, waitForFrames } from './helpers';
import { imageStats } from './pixels';

test.use({ reducedMotion: 'reduce' });

/**
 * Software WebGL (the browser tests' SwiftShader): a pinned pixel ratio holds the canvas's
 * resolution, and the FXAA pass that replaces multisampling still lets renderer.info describe the
 * whole scene, not only the pass's own full-screen triangle.
 */
test('a pinned pixel ratio sets the resolution, and the scene is drawn through the FXAA pass', async ({
  page,
}) => {
  await openApp(page, '?dpr=0.5#procedure=php&t=2400');
  const stats = await imageStats(page, await settledShot(page));
  expect(stats.distinctColours).toBeGreaterThan(50);
  const ratio = await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="scene"] canvas') as HTMLCanvasElement;
    return canvas.width / canvas.clientWidth;
  });
  expect(ratio).toBeCloseTo(0.5, 2);
  const probe = await readProbe(page);
  expect(probe.drawCalls).toBeGreaterThan(10);
  expect(probe.triangles).toBeGreaterThan(10_000);
});

/**
 * The lean frame (scene/quality/leanFrame.ts): while the picture moves below one pixel per CSS
 * pixel on software WebGL, the busiest meshes are drawn with lighter geometry and what the opaque
 * liver hides is left out; a still picture is drawn whole again.
 */
test('playing below full resolution draws the lean scene, and pausing draws the whole scene again', async ({
  page,
}) => {
  await openApp(page, '?dpr=0.5#procedure=php&t=2400');
  await settledShot(page);
  const whole = (await readProbe(page)).triangles;
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForFrames(page, 4);
  const lean = (await readProbe(page)).triangles;
  expect(lean).toBeGreaterThan(5_000);
  expect(lean).toBeLessThan(whole * 0.6);
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForFrames(page, 4);
  const still = (await readProbe(page)).triangles;
  expect(Math.abs(still - whole) / whole).toBeLessThan(0.05);
});
