import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { Procedure } from '../../renderer/src/procedure/schema';
import { stepSettledS } from '../../renderer/src/procedure/settledTime';
import { open, settledShot, waitForTicks, watchErrors, watchRequests } from './helpers';
import { differingFraction, imageStats } from './pixels';

test.use({ reducedMotion: 'reduce' });

test('loads without console errors and draws a scene that is not blank', async ({ page }) => {
  const errors = watchErrors(page);
  const foreign = watchRequests(page);
  await open(page);
  const stats = await imageStats(page, await settledShot(page));
  expect(stats.distinctColours).toBeGreaterThan(50);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await expect(page.getByRole('note')).toContainText('not medical advice');
});

test('Play advances procedure time and Pause stops it', async ({ page }) => {
  await open(page);
  const slider = page.getByRole('slider', { name: 'Procedure time' });
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect
    .poll(async () => Number(await slider.getAttribute('aria-valuenow')), { timeout: 10_000 })
    .toBeGreaterThan(30);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = Number(await slider.getAttribute('aria-valuenow'));
  // Long enough for several store updates had it kept playing (they come 10 times a second).
  await waitForTicks(page, 40);
  expect(Number(await slider.getAttribute('aria-valuenow'))).toBe(paused);
});

for (const procedure of ['php', 'ihp'] as const) {
  test(`every ${procedure} step is reachable from the step list and the keyboard`, async ({ page }) => {
    await open(page, `#procedure=${procedure}`);
    const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(8);
    const caption = page.getByTestId('caption');
    const captions = new Set<string>();
    for (let i = 0; i < count; i++) {
      await steps.nth(i).click();
      await expect(steps.nth(i)).toHaveAttribute('aria-current', 'step');
      captions.add((await caption.textContent()) ?? '');
    }
    expect(captions.size).toBe(count);

    // The same walk by keyboard: Home, then → through every step, ← back.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
    const slider = page.getByRole('slider', { name: 'Procedure time' });
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(steps.nth(i)).toHaveAttribute('aria-current', 'step');
      await expect(slider).toHaveAttribute(
        'aria-valuetext',
        new RegExp(`^${escapeRegExp(await stepTitle(steps, i))}`),
      );
    }
    await page.keyboard.press('ArrowLeft');
    await expect(steps.nth(count - 2)).toHaveAttribute('aria-current', 'step');
    await page.keyboard.press('End');
    await expect(steps.nth(count - 1)).toHaveAttribute('aria-current', 'step');
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  });
}

async function stepTitle(steps: ReturnType<Page['getByRole']>, i: number): Promise<string> {
  return (await steps.nth(i).locator('.step-title').textContent()) ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the controls are reachable with Tab', async ({ page }) => {
  await open(page);
  const reached = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    reached.add(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
      }),
    );
  }
  for (const name of ['Play', 'Previous step', 'Next step', 'Procedure time', 'References']) {
    expect([...reached]).toContain(name);
  }
});

test('the scene looks different during infusion than at baseline', async ({ page }) => {
  await open(page, '#procedure=php&t=0');
  const baseline = await settledShot(page);
  await open(page, '#procedure=php&t=3600');
  const infusion = await settledShot(page);
  expect(await differingFraction(page, baseline, infusion)).toBeGreaterThan(0.02);
});

test('the same link gives the same picture twice', async ({ page }) => {
  await open(page, '#procedure=ihp&t=4200');
  const first = await settledShot(page);
  await page.goto('about:blank');
  await open(page, '#procedure=ihp&t=4200');
  const second = await settledShot(page);
  await expect(page.getByRole('slider', { name: 'Procedure time' })).toHaveAttribute('aria-valuenow', '4200');
  expect(await differingFraction(page, first, second)).toBeLessThan(0.002);
});

test('the hash follows the state so the moment can be bookmarked', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: /Isolated hepatic perfusion/ }).check();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button').nth(4).click();
  // A chosen step shows its settled moment, from the procedure file.
  const ihp = JSON.parse(readFileSync('assets/procedures/ihp.json', 'utf8')) as Procedure;
  const settled = Math.round(stepSettledS(ihp, 4));
  expect(ihp.steps[4]?.id).toBe('perfusion');
  await expect(page).toHaveURL(new RegExp(`#procedure=ihp&step=perfusion&t=${settled}$`));
});

/** The built-in PHP file with one field broken, as a teacher's edit might leave it. */
function brokenPhp(): unknown {
  const php = JSON.parse(readFileSync('assets/procedures/php.json', 'utf8'));
  php.steps[2].durationMin = 'ten';
  return php;
}

test('a malformed procedure file is named and the app keeps running', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByTestId('procedure-file-input').setInputFiles({
    name: 'broken-php.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(brokenPhp())),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken-php.json');
  await expect(alert).toContainText('steps.2.durationMin');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button').nth(4).click();
  await expect(page.getByTestId('caption')).toContainText('Melphalan');
  expect(errors).toEqual([]);
});

test('a bad link is reported and ignored', async ({ page }) => {
  await open(page, '#procedure=nonsense&t=abc');
  await expect(page.getByRole('alert')).toContainText('procedure "nonsense"');
  await expect(page.getByRole('slider', { name: 'Procedure time' })).toHaveAttribute('aria-valuenow', '0');
});

test('the references dialog lists the sources and closes with Escape', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'References' }).click();
  const dialog = page.getByRole('dialog', { name: 'References' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('PMID 9552055');
  await expect(dialog).toContainText('Used by');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
