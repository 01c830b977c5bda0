import { expect, type Page, test } from '@playwright/test';
import { sceneCanvas } from './pixels';

type Snapshot = {
  procedureId: string;
  stepIndex: number;
  timeS: number;
  playing: boolean;
  exploreCleared: boolean;
};
type Probe = {
  __hepatic?: { frames: number };
  __kiosk?: { snapshot(): Snapshot };
  __explore?: { pointFor(id: string): [number, number] | null };
};

const snapshot = (page: Page) =>
  page.evaluate(() => (window as unknown as Probe).__kiosk?.snapshot() as Snapshot);

/** Every control a visitor could see and touch, with its size. */
function visibleControls(page: Page) {
  return page.evaluate(() => {
    const selector =
      'button, input, select, textarea, a[href], [role="button"], [role="radio"], [role="tab"], [role="slider"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        // A visually hidden native radio still counts: it covers its whole big label.
        return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName,
          width: box.width,
          height: box.height,
        };
      });
  });
}

async function expectTouchSized(page: Page) {
  const controls = await visibleControls(page);
  expect(controls.length).toBeGreaterThan(5);
  for (const control of controls) {
    expect(control.width, `${control.name} width`).toBeGreaterThanOrEqual(48);
    expect(control.height, `${control.name} height`).toBeGreaterThanOrEqual(48);
  }
}

// The camera cuts instead of gliding, so a structure's point on screen is where it is drawn.
test.use({ reducedMotion: 'reduce' });

for (const [width, height] of [
  [1080, 1920],
  [1920, 1080],
] as const) {
  test.describe(`kiosk at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('touch-only controls, idle countdown, reset into the attract loop, a tap leaves it', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto('/index.html?mode=kiosk&idle=5');
      await expect(page.getByTestId('kiosk')).toBeVisible();
      await expect(sceneCanvas(page)).toBeVisible();
      await page.waitForFunction(() => ((window as unknown as Probe).__hepatic?.frames ?? 0) > 0);

      // Only what a visitor needs, every control touch-sized (an idle layer may already be up on a
      // slow machine: its buttons are checked too).
      await expect(page.getByRole('button', { name: /open procedure file/i })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /references/i })).toHaveCount(0);
      await expect(page.getByText(/model parameters/i)).toHaveCount(0);
      await expect(page.getByRole('tab')).toHaveCount(0);
      await expect(
        page.locator('input[type="file"], input[type="number"], input[type="range"], select'),
      ).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
      await expect(page.getByRole('radio')).toHaveCount(2);
      await expectTouchSized(page);

      // The scene takes at least 70 % of the screen.
      const scene = await page.getByTestId('scene').boundingBox();
      expect(scene).not.toBeNull();
      const share = ((scene?.width ?? 0) * (scene?.height ?? 0)) / (width * height);
      console.log(`scene share at ${width}×${height}: ${(share * 100).toFixed(1)} %`);
      expect(share).toBeGreaterThanOrEqual(0.7);

      // A visitor (in one go: the idle time is only 5 s): the other procedure, its step 4, and a
      // last touch. Returns the page's clock at that touch and what the kiosk shows.
      const visit = await page.evaluate(() => {
        document.querySelector<HTMLButtonElement>('[data-testid="kiosk-attract"]')?.click();
        document.querySelector<HTMLInputElement>('input[name="kiosk-procedure"][value="ihp"]')?.click();
        document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Steps"] button')[3]?.click();
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        return { touchedAt: Date.now(), shown: (window as unknown as Probe).__kiosk?.snapshot() as Snapshot };
      });
      expect(visit.shown).toMatchObject({ procedureId: 'ihp', stepIndex: 3 });
      // The visitor taps the middle of the view (the liver or a vessel in front of it): the
      // structure is selected and framed, so there is explore state for the reset to clear.
      const canvasBox = await sceneCanvas(page).boundingBox();
      await page.mouse.click(
        (canvasBox?.x ?? 0) + (canvasBox?.width ?? 0) / 2,
        (canvasBox?.y ?? 0) + (canvasBox?.height ?? 0) / 2,
      );
      const tapped = await page.evaluate(() => ({
        touchedAt: Date.now(),
        shown: (window as unknown as Probe).__kiosk?.snapshot() as Snapshot & { selected: string | null },
      }));
      expect(tapped.shown.selected, 'a structure is selected').not.toBeNull();
      expect(tapped.shown.exploreCleared).toBe(false);
      visit.touchedAt = tapped.touchedAt;

      // After the idle time, "Still there?" counts down from 10.
      const notice = page.getByRole('alertdialog', { name: 'Still there?' });
      await page.waitForSelector('[role="alertdialog"]', { timeout: 20_000 });
      const noticeAfterS = ((await page.evaluate(() => Date.now())) - visit.touchedAt) / 1000;
      console.log(`"Still there?" seen ${noticeAfterS.toFixed(1)} s after the last touch`);
      expect(noticeAfterS).toBeGreaterThanOrEqual(5);
      // One read of the notice (on a loaded machine the 10 s can run out between two reads).
      const noticeText = await page.evaluate(
        () => document.querySelector('[role="alertdialog"]')?.textContent ?? '',
      );
      expect(noticeText).toMatch(/Still there\?.*in \d+ seconds.*Keep looking/);

      // Then everything resets and the attract loop plays under "Touch to start".
      const attract = page.getByTestId('kiosk-attract');
      await expect(attract).toBeVisible({ timeout: 20_000 });
      await expect(attract).toContainText('Touch to start');
      const reset = await snapshot(page);
      expect(reset).toMatchObject({ procedureId: 'php', stepIndex: 0, playing: true, exploreCleared: true });
      await expect
        .poll(async () => (await snapshot(page)).timeS, { timeout: 10_000 })
        .toBeGreaterThan(reset.timeS);
      await expect(notice).toHaveCount(0);

      // A tap leaves it: step 1, paused.
      await attract.click();
      const left = await snapshot(page);
      expect(left).toMatchObject({
        procedureId: 'php',
        stepIndex: 0,
        timeS: 0,
        playing: false,
        exploreCleared: true,
      });
      await expect(attract).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  });
}

test('"Keep looking" cancels the countdown; launch problems stay hidden from visitors', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/index.html?mode=kiosk&idle=5&fullscreen=maybe');
  await expect(page.getByTestId('kiosk')).toBeVisible();
  // Visitors never see launch problems.
  await expect(page.getByText(/\?fullscreen/)).toHaveCount(0);

  const attract = page.getByTestId('kiosk-attract');
  if (await attract.isVisible()) await attract.click();
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible({ timeout: 15_000 });
  // The countdown re-renders every second; a software-rendered scene can starve Playwright's
  // "stable" check, so the tap goes straight to the button.
  await page.getByRole('button', { name: 'Keep looking' }).click({ force: true });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
});

test('the operator corner opens the PIN screen, which lists start-up problems', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/index.html?mode=kiosk&idle=60&fullscreen=maybe');
  await expect(page.getByTestId('kiosk')).toBeVisible();
  await expect(page.getByText(/\?fullscreen/)).toHaveCount(0);
  // Five taps in the top-left corner, the last held for two seconds.
  const corner = page.getByTestId('kiosk-operator-corner');
  const box = await corner.boundingBox();
  if (!box) throw new Error('no operator corner');
  await page.mouse.move(box.x + 10, box.y + 10);
  for (let i = 0; i < 4; i++) {
    await page.mouse.down();
    await page.mouse.up();
  }
  await page.mouse.down();
  const dialog = page.getByRole('dialog', { name: 'Operator' });
  await expect(dialog).toBeVisible({ timeout: 4000 });
  await page.mouse.up();
  await expect(dialog.getByTestId('kiosk-problems')).toContainText('?fullscreen');
  await dialog.getByRole('button', { name: '1' }).click();
  await dialog.getByRole('button', { name: '2' }).click();
  await dialog.getByRole('button', { name: '3' }).click();
  await dialog.getByRole('button', { name: '4' }).click();
  await dialog.getByRole('button', { name: 'Close the kiosk' }).click();
  // In a plain browser there is no shell to close.
  await expect(dialog.getByRole('status')).toContainText('only in the desktop app');
  await dialog.getByRole('button', { name: 'Back to the explainer' }).click();
  await expect(dialog).toHaveCount(0);
});
