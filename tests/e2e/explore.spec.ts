import { expect, type Page, test } from '@playwright/test';
import { differingFraction, sceneCanvas, waitForFrames } from './pixels';

type Probe = {
  __hepatic?: { frames: number; cameraSettled: boolean };
  __explore?: { pointFor(id: string): [number, number] | null };
};

async function open(page: Page, hash = '') {
  await page.goto(`/index.html${hash}`);
  await expect(sceneCanvas(page)).toBeVisible();
  await page.waitForFunction(() => ((window as unknown as Probe).__hepatic?.frames ?? 0) > 0);
}

async function settledShot(page: Page): Promise<Buffer> {
  await page.waitForFunction(() => (window as unknown as Probe).__hepatic?.cameraSettled === true);
  await waitForFrames(page, 3);
  return sceneCanvas(page).screenshot();
}

/** Hovers the structure and returns the tooltip's text. */
async function identify(page: Page, id: string): Promise<string> {
  const point = await page.evaluate(
    (which) => (window as unknown as Probe).__explore?.pointFor(which) ?? null,
    id,
  );
  expect(point, `${id} is somewhere on screen`).not.toBeNull();
  const box = await sceneCanvas(page).boundingBox();
  if (!box || !point) return '';
  await page.mouse.move(box.x + point[0], box.y + point[1]);
  const tooltip = page.getByTestId('identify');
  await expect(tooltip).toBeVisible();
  return ((await tooltip.textContent()) ?? '').trim();
}

test.use({ reducedMotion: 'reduce' });

test('hovering names vessels, the liver, segments, tumours and circuit parts with a plain sentence', async ({
  page,
}) => {
  // The infusion step: catheter, filters and pump are in place.
  await open(page, '#procedure=php&t=2400');
  await settledShot(page);
  expect(await identify(page, 'liver')).toContain("The body's largest internal organ");
  expect(await identify(page, 'aorta')).toMatch(/^Aorta\s*The main artery/);
  expect(await identify(page, 'ivcInfrahepatic')).toContain('Inferior vena cava');
  await page.keyboard.press('x');
  await waitForFrames(page, 2);
  expect(await identify(page, 'tumour:tumour1')).toMatch(/Tumour in segment VII, 28 mm\s*A liver metastasis/);
  await page.keyboard.press('x');
  await page.keyboard.press('s');
  await waitForFrames(page, 2);
  expect(await identify(page, 'segment:VIII')).toMatch(
    /Segment VIII\s*The upper front part of the right liver/,
  );
  await page.keyboard.press('s');
  await page.mouse.move(1, 1);
  // The washout step's bookmark frames the circuit: pump, filters and their lines.
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button').nth(5).click();
  await settledShot(page);
  const circuit = await page.evaluate(() => {
    const probe = (window as unknown as Probe).__explore;
    for (const id of [
      'phpFilterLine',
      'phpDrainLine',
      'phpReturnLine',
      'station:phpPump',
      'station:phpFilter1',
    ]) {
      if (probe?.pointFor(id)) return id;
    }
    return null;
  });
  expect(circuit, 'a circuit part is on screen').not.toBeNull();
  expect(await identify(page, circuit as string)).toMatch(/\S+\s*\S+/);
});

test('x-ray, hide, isolate and cut each change the picture, from the keyboard', async ({ page }) => {
  await open(page, '#procedure=php&t=2400');
  // The Explore tab first: the panel's width sets the canvas size every shot is compared at.
  await page.getByRole('tab', { name: 'Explore' }).click();
  const before = await settledShot(page);

  await page.keyboard.press('x');
  const xray = await settledShot(page);
  expect(await differingFraction(page, before, xray)).toBeGreaterThan(0.01);
  await page.keyboard.press('x');

  const showLiver = page.getByRole('checkbox', { name: 'Show Liver', exact: true });
  await showLiver.focus();
  await page.keyboard.press('Space');
  await expect(showLiver).not.toBeChecked();
  const hidden = await settledShot(page);
  expect(await differingFraction(page, before, hidden)).toBeGreaterThan(0.01);
  await page.keyboard.press('Space');

  const isolate = page.getByRole('button', { name: 'Show only Arteries', exact: true });
  await isolate.focus();
  await page.keyboard.press('Enter');
  await expect(isolate).toHaveAttribute('aria-pressed', 'true');
  const isolated = await settledShot(page);
  expect(await differingFraction(page, before, isolated)).toBeGreaterThan(0.01);
  await page.keyboard.press('Enter');
  await expect(isolate).toHaveAttribute('aria-pressed', 'false');

  const cut = page.getByRole('combobox', { name: 'Cut through the liver' });
  await cut.selectOption('coronal');
  const coronal = await settledShot(page);
  expect(await differingFraction(page, before, coronal)).toBeGreaterThan(0.005);
  await cut.selectOption('axial');
  const axial = await settledShot(page);
  expect(await differingFraction(page, coronal, axial)).toBeGreaterThan(0.005);
  // A free cut: turning it with the keyboard changes the picture again.
  await cut.selectOption('free');
  const free = await settledShot(page);
  const turn = page.getByRole('slider', { name: 'Cut direction: turn' });
  await turn.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(turn).toHaveAttribute('aria-valuetext', /degrees/);
  const turned = await settledShot(page);
  expect(await differingFraction(page, free, turned)).toBeGreaterThan(0.005);
  await cut.selectOption('none');
  const restored = await settledShot(page);
  expect(await differingFraction(page, before, restored)).toBeLessThan(0.002);
});

// The default 1280×720 window; the caption (plain DOM text, tested elsewhere) is masked out.
test.describe('visual baselines', () => {
  for (const procedure of ['php', 'ihp'] as const) {
    test(`each ${procedure} step looks as it did (default camera)`, async ({ page }) => {
      test.setTimeout(240_000);
      await open(page, `#procedure=${procedure}`);
      const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
      const count = await steps.count();
      for (let i = 0; i < count; i++) {
        await steps.nth(i).click();
        await settledShot(page);
        await expect(sceneCanvas(page)).toHaveScreenshot(`${procedure}-step-${i + 1}.png`, {
          mask: [page.getByTestId('caption')],
          maxDiffPixelRatio: 0.01,
          threshold: 0.15,
          animations: 'disabled',
        });
      }
    });
  }
});
