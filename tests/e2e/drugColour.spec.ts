import { expect, type Page, test } from '@playwright/test';
import { clickCommand, open, waitForFrames } from './helpers';

/** One place's drug as the probe reads it from the frame: mg/L and the tint the scene gives it. */
interface Reading {
  mgL: number;
  tint: number;
}
interface DrugProbe {
  procedure: string | null;
  timeS: number;
  paths: Record<string, Reading>;
  liver: Reading;
  tumour: Reading;
}

const BODY = ['aorta', 'ivcInfrahepatic', 'superiorVenaCava', 'rightFemoralArtery', 'leftAxillaryVein'];
/** A tint a viewer does not notice on a vessel wall: 5% of the full drug colour. */
const NEAR_CLEAR = 0.05;

function readDrug(page: Page): Promise<DrugProbe> {
  return page.evaluate(() => (window as unknown as { __hepatic: { drug: DrugProbe } }).__hepatic.drug);
}

/** Goes to a moment by the app's own deep link and waits until the frame shows the drug there. */
async function goTo(page: Page, procedure: string, step: string): Promise<DrugProbe> {
  await page.evaluate((to) => {
    window.location.hash = to;
  }, `#procedure=${procedure}&step=${step}`);
  await page.waitForFunction((id) => {
    const probe = (window as unknown as { __hepatic: { drug: DrugProbe } }).__hepatic;
    return probe.drug.procedure === id && probe.drug.liver.tint > 0;
  }, procedure);
  // A frame or two more, so the frame shows the step's moment, not the one before it.
  await waitForFrames(page, 2);
  return readDrug(page);
}

test('each place shows its own drug: the body stays clear, the liver glows, the legend gives the scale', async ({
  page,
}) => {
  // No drug yet: no legend.
  await open(page, '#procedure=php&step=isolation');
  const legend = page.getByTestId('drug-legend');
  await expect(legend).toBeHidden();

  // After the PHP infusion: at most a faint trace in the body while the liver keeps the drug.
  const php = await goTo(page, 'php', 'washout');
  await expect(legend).toBeVisible();
  for (const id of BODY) {
    expect(php.paths[id]?.tint, id).toBeLessThan(NEAR_CLEAR);
    expect(php.paths[id]?.mgL, id).toBeLessThan(php.liver.mgL);
  }
  expect(php.liver.tint).toBeGreaterThan(2 * Math.max(...BODY.map((id) => php.paths[id]?.tint ?? 0)));

  // The IHP rinse, with the loop still closed: the body's blood carries none.
  const drug = await goTo(page, 'ihp', 'washout');
  for (const id of BODY) {
    expect(drug.paths[id]?.mgL, id).toBe(0);
    expect(drug.paths[id]?.tint, id).toBe(0);
  }
  expect(drug.liver.tint).toBeGreaterThan(NEAR_CLEAR);
  expect(drug.paths.properHepaticArtery?.tint).toBeGreaterThan(NEAR_CLEAR);
  expect(drug.paths.ihpOxygenatorLine?.tint).toBeGreaterThan(NEAR_CLEAR);

  // The legend: one labelled tick per decade of the chart's axis, and the liver and body in numbers.
  await expect(legend.locator('.drug-legend-ticks li')).toHaveCount(6);
  await expect(legend.getByRole('img')).toHaveAccessibleName(/mg\/L/);
  const liverText = await legend.getByTestId('drug-legend-liver').textContent();
  expect(Number.parseFloat((liverText ?? '').replace(/[^0-9.]/g, ''))).toBeCloseTo(drug.liver.mgL, 0);
  await expect(legend.getByTestId('drug-legend-body')).toHaveText(/\b0\b/);
  // The legend sits clear of the caption.
  const [legendBox, captionBox] = await Promise.all([
    legend.boundingBox(),
    page.getByTestId('caption').boundingBox(),
  ]);
  if (legendBox && captionBox) {
    const overlaps =
      legendBox.x < captionBox.x + captionBox.width &&
      captionBox.x < legendBox.x + legendBox.width &&
      legendBox.y < captionBox.y + captionBox.height &&
      captionBox.y < legendBox.y + legendBox.height;
    expect(overlaps).toBe(false);
  }

  // The colour-blind-safe palette recolours the legend with the scene's drug colour.
  const before = await legend.locator('.drug-legend-bar').getAttribute('style');
  await clickCommand(page, 'toggleColourSafePalette');
  await expect(legend.locator('.drug-legend-bar')).not.toHaveAttribute('style', before ?? '');
  if (process.env.DRUG_SHOT) await page.screenshot({ path: process.env.DRUG_SHOT });
});
