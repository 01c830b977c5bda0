import { expect, type Page, test } from '@playwright/test';
import { open, type Probe, readProbe as probe, watchRequests } from './helpers';
import { imageStats, sceneCanvas, waitForFrames } from './pixels';

/** Every request that leaves the app's origin (baseURL). */
const foreignRequests = (page: Page, baseURL: string | undefined) => watchRequests(page, baseURL);

test.describe('WebGL context loss', () => {
  test('lose → restore: the scene comes back, playback continues, the person is told', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, '#procedure=php&t=600');
    await waitForFrames(page, 3);
    const drawnStats = await imageStats(page, await sceneCanvas(page).screenshot());

    // Paused: the canvas renders on demand, so nothing but the restore itself can redraw it.
    await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="scene"] canvas') as HTMLCanvasElement;
      // getContext returns the context three.js already holds.
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const lose = gl.getExtension('WEBGL_lose_context');
      if (!lose) throw new Error('WEBGL_lose_context is not available');
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = lose;
      lose.loseContext();
    });
    await page.waitForFunction(() => (window as unknown as { __hepatic: Probe }).__hepatic.contextLost);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('3D view was interrupted');
    // While lost the 3D drawing is gone (the DOM labels over it stay): proof that the restore
    // below has something to bring back.
    await waitForFrames(page, 3);
    const lostStats = await imageStats(page, await sceneCanvas(page).screenshot());
    expect(lostStats.distinctColours).toBeLessThan(drawnStats.distinctColours / 4);

    const framesBeforeRestore = (await probe(page)).frames;
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await page.waitForFunction(() => !(window as unknown as { __hepatic: Probe }).__hepatic.contextLost);
    await expect(alert).toContainText('3D view is back');
    await expect(alert).not.toContainText('interrupted');

    // Still paused: the scene is drawn again.
    await expect.poll(async () => (await probe(page)).frames).toBeGreaterThan(framesBeforeRestore);
    await waitForFrames(page, 3);
    const restoredStats = await imageStats(page, await sceneCanvas(page).screenshot());
    expect(restoredStats.distinctColours).toBeGreaterThan(drawnStats.distinctColours / 2);

    // Playing: frames advance and draw, and the procedure clock keeps moving.
    const slider = page.getByRole('slider', { name: 'Procedure time' });
    const timeBeforePlay = Number(await slider.getAttribute('aria-valuenow'));
    await page.getByRole('button', { name: 'Play' }).click();
    const before = await probe(page);
    await waitForFrames(page, 5);
    const after = await probe(page);
    expect(after.frames).toBeGreaterThan(before.frames);
    expect(after.drawCalls).toBeGreaterThan(0);
    await expect
      .poll(async () => Number(await slider.getAttribute('aria-valuenow')), { timeout: 10_000 })
      .toBeGreaterThan(timeBeforePlay);
    // The "back" notice is brief: it goes by itself.
    await expect(page.getByText('3D view is back')).toBeHidden({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });
});

test.describe('network isolation', () => {
  for (const procedure of ['php', 'ihp'] as const) {
    test(`a play-through of ${procedure} with every panel opened stays on the app's origin`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const foreign = foreignRequests(page, baseURL);
      let requests = 0;
      page.on('request', () => requests++);
      await open(page, `#procedure=${procedure}&t=0`);
      await page.getByLabel('Playback speed').selectOption('4');
      await page.getByRole('button', { name: 'Play' }).click();

      // Every step, while playing: each step's scene, devices, captions and references load.
      const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
      const count = await steps.count();
      expect(count).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < count; i++) {
        await steps.nth(i).click();
        await waitForFrames(page, 2);
      }

      // Every tab of the side panel, the references dialog, the view toggles.
      const tabs = page.getByRole('tab');
      const tabCount = await tabs.count();
      for (let i = 0; i < tabCount; i++) {
        await tabs.nth(i).click();
        await waitForFrames(page, 2);
      }
      await tabs.first().click();
      await page.getByRole('button', { name: 'References' }).click();
      await expect(page.getByRole('dialog', { name: 'References' })).toBeVisible();
      await page.keyboard.press('Escape');
      for (const toggle of await page.getByRole('checkbox').all()) {
        await toggle.click();
        await toggle.click();
      }
      await page.getByRole('button', { name: 'Reset view' }).click();
      // The other procedure too, then to the very end, where playback stops by itself.
      await page.getByRole('radio', { name: procedure === 'php' ? /\(IHP/ : /\(PHP\)/ }).check();
      await page.getByRole('radio', { name: procedure === 'php' ? /\(PHP\)/ : /\(IHP/ }).check();
      await page.getByRole('button', { name: 'Play' }).click();
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('End');
      await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
      await waitForFrames(page, 5);

      expect(requests).toBeGreaterThan(0);
      expect(foreign).toEqual([]);
    });
  }

  test('the Content-Security-Policy blocks a request to another origin', async ({ page, baseURL }) => {
    const foreign = foreignRequests(page, baseURL);
    const blocked: string[] = [];
    page.on('requestfailed', (request) => {
      // Chromium's reason is "csp" (net::ERR_BLOCKED_BY_CSP in older versions).
      if (/csp/i.test(request.failure()?.errorText ?? '')) blocked.push(request.url());
    });
    await open(page);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
      let fetchError = '';
      try {
        await fetch('http://example.invalid/leak');
      } catch (error) {
        fetchError = String(error);
      }
      const image = new Image();
      const imageFailed = new Promise<boolean>((resolve) => {
        image.onerror = () => resolve(true);
        image.onload = () => resolve(false);
      });
      image.src = 'http://example.invalid/pixel.png';
      const imageBlocked = await imageFailed;
      // Violation events are queued as tasks: wait until both have arrived (the test times out if not).
      await new Promise<void>((resolve) => {
        const check = () => (violations.length >= 2 ? resolve() : setTimeout(check, 5));
        check();
      });
      return { fetchError, imageBlocked, violations };
    });
    expect(outcome.fetchError).toMatch(/TypeError/);
    expect(outcome.imageBlocked).toBe(true);
    expect(outcome.violations.join('\n')).toMatch(/^connect-src http:\/\/example\.invalid/m);
    expect(outcome.violations.join('\n')).toMatch(/^img-src http:\/\/example\.invalid/m);
    // The browser reports the image request, but stopped it itself: it never reached the network.
    await expect.poll(() => blocked.length).toBe(foreign.length);
    expect(blocked.sort()).toEqual(foreign.sort());
  });
});
