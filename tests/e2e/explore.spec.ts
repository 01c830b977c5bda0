import { expect, type Page, test } from '@playwright/test';
import { type Probe as HepaticProbe, open, settledShot } from './helpers';
import { differingFraction, sceneCanvas, waitForFrames } from './pixels';

type Probe = {
  __hepatic?: HepaticProbe;
  __explore?: { pointFor(id: string): [number, number] | null };
};

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
  const before = await settledShot(page, { withoutLabels: true });
  // The shots below leave the labels out only if this one, with them, differs.
  expect(await differingFraction(page, before, await settledShot(page))).toBeGreaterThan(0.002);

  await page.keyboard.press('x');
  const xray = await settledShot(page, { withoutLabels: true });
  expect(await differingFraction(page, before, xray)).toBeGreaterThan(0.01);
  await page.keyboard.press('x');

  const showLiver = page.getByRole('checkbox', { name: 'Show Liver', exact: true });
  await showLiver.focus();
  await page.keyboard.press('Space');
  await expect(showLiver).not.toBeChecked();
  const hidden = await settledShot(page, { withoutLabels: true });
  expect(await differingFraction(page, before, hidden)).toBeGreaterThan(0.01);
  await page.keyboard.press('Space');

  const isolate = page.getByRole('button', { name: 'Show only Arteries', exact: true });
  await isolate.focus();
  await page.keyboard.press('Enter');
  await expect(isolate).toHaveAttribute('aria-pressed', 'true');
  const isolated = await settledShot(page, { withoutLabels: true });
  expect(await differingFraction(page, before, isolated)).toBeGreaterThan(0.01);
  await page.keyboard.press('Enter');
  await expect(isolate).toHaveAttribute('aria-pressed', 'false');

  const cut = page.getByRole('combobox', { name: 'Cut through the liver' });
  await cut.selectOption('coronal');
  const coronal = await settledShot(page, { withoutLabels: true });
  expect(await differingFraction(page, before, coronal)).toBeGreaterThan(0.005);
  await cut.selectOption('axial');
  const axial = await settledShot(page, { withoutLabels: true });
  expect(await differingFraction(page, coronal, axial)).toBeGreaterThan(0.005);
  // A free cut: turning it with the keyboard changes the picture again.
  await cut.selectOption('free');
  const free = await settledShot(page, { withoutLabels: true });
  const turn = page.getByRole('slider', { name: 'Cut direction: turn' });
  await turn.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(turn).toHaveAttribute('aria-valuetext', /degrees/);
  const turned = await settledShot(page, { withoutLabels: true });
  expect(await differingFraction(page, free, turned)).toBeGreaterThan(0.005);
  await cut.selectOption('none');
  const restored = await settledShot(page, { withoutLabels: true });
  expect(await differingFraction(page, before, restored)).toBeLessThan(0.002);
});

async function sectionCounts(page: Page): Promise<{ discs: number; tumours: number }> {
  return page.evaluate(() => {
    const probe = (window as unknown as Probe).__hepatic;
    return { discs: probe?.sectionDiscs ?? 0, tumours: probe?.sectionTumours ?? 0 };
  });
}

test('a hidden segment leaves its place empty, and showing segments alone shows only them', async ({
  page,
}) => {
  await open(page, '#procedure=php&t=2400');
  await page.getByRole('tab', { name: 'Explore' }).click();
  const whole = await settledShot(page, { withoutLabels: true });
  for (const details of await page.locator('details').all())
    await details.evaluate((d) => d.setAttribute('open', ''));

  const showVIII = page.getByRole('checkbox', { name: 'Show Segment VIII', exact: true });
  await showVIII.focus();
  await page.keyboard.press('Space');
  await expect(showVIII).not.toBeChecked();
  const withoutVIII = await settledShot(page, { withoutLabels: true });
  // The infusion step frames the filters beside the liver, so segment VIII's hole is small: 0.79 % of
  // the canvas, all inside the liver (a round trip with no change differs by 0 pixels).
  expect(await differingFraction(page, whole, withoutVIII)).toBeGreaterThan(0.004);
  // What is left is named by segment: the faces between segments belong to them.
  expect(await identify(page, 'segment:VII')).toContain('Segment VII');
  await page.mouse.move(1, 1);
  await showVIII.focus();
  await page.keyboard.press('Space');

  const onlyII = page.getByRole('button', { name: 'Show only Segment II', exact: true });
  await onlyII.focus();
  await page.keyboard.press('Enter');
  const justII = await settledShot(page, { withoutLabels: true });
  const point = await page.evaluate(
    () => (window as unknown as Probe).__explore?.pointFor('segment:VII') ?? null,
  );
  expect(point, 'segment VII is not drawn while II is shown alone').toBeNull();
  expect(
    await page.evaluate(() => (window as unknown as Probe).__explore?.pointFor('segment:II') ?? null),
  ).not.toBeNull();
  expect(await differingFraction(page, whole, justII)).toBeGreaterThan(0.02);
  await page.keyboard.press('Enter');
  const restored = await settledShot(page, { withoutLabels: true });
  expect(await differingFraction(page, whole, restored)).toBeLessThan(0.002);
});

test('the cut face shows vessels and tumours in section, and only those that are shown', async ({ page }) => {
  await open(page, '#procedure=php&t=2400');
  await page.getByRole('tab', { name: 'Explore' }).click();
  const cut = page.getByRole('combobox', { name: 'Cut through the liver' });
  await cut.selectOption('coronal');
  await settledShot(page, { withoutLabels: true });
  const all = await sectionCounts(page);
  expect(all.discs, 'vessels cut by a coronal plane through the liver').toBeGreaterThan(20);

  const veins = page.getByRole('checkbox', { name: 'Show Hepatic veins and vena cava', exact: true });
  await veins.uncheck();
  await settledShot(page, { withoutLabels: true });
  const withoutVeins = await sectionCounts(page);
  expect(withoutVeins.discs).toBeGreaterThan(0);
  expect(withoutVeins.discs).toBeLessThan(all.discs);
  await veins.check();

  // Move the plane back until it passes through a tumour: its section is painted too.
  const offset = page.getByRole('slider', { name: 'Cut position' });
  await offset.focus();
  let found = 0;
  for (let step = 0; step < 40 && found === 0; step++) {
    await page.keyboard.press('ArrowLeft');
    await waitForFrames(page, 2);
    found = (await sectionCounts(page)).tumours;
  }
  expect(found, 'some position of the coronal cut goes through a tumour').toBeGreaterThan(0);
  // Inside the liver only its section shows; pointing at it names the tumour.
  await settledShot(page, { withoutLabels: true });
  expect(await identify(page, 'tumour:tumour1')).toMatch(/Tumour in segment VII/);
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

  test('a coronal cut through the tinted segments, vessels in section, looks as it did', async ({ page }) => {
    await open(page, '#procedure=php&t=2400');
    await page.getByRole('tab', { name: 'Explore' }).click();
    await page.getByRole('combobox', { name: 'Cut through the liver' }).selectOption('coronal');
    await page.getByRole('checkbox', { name: 'Colour the liver segments' }).check();
    await settledShot(page);
    await expect(sceneCanvas(page)).toHaveScreenshot('php-cut-coronal-segments.png', {
      mask: [page.getByTestId('caption')],
      maxDiffPixelRatio: 0.01,
      threshold: 0.15,
      animations: 'disabled',
    });
  });
});
