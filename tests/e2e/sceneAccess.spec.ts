import { expect, type Page, test } from '@playwright/test';
import { type Probe as HepaticProbe, open } from './helpers';
import { sceneCanvas, waitForFrames } from './pixels';

type Pose = { position: [number, number, number]; target: [number, number, number] };
type Probe = {
  __hepatic?: HepaticProbe;
  __hepaticClassroom?: { read(): { camera: Pose | null; stepIndex: number } };
  __explore?: { idsAt(x: number, y: number): string[] };
};

test.use({ reducedMotion: 'reduce' });

const SCENE_NAME = '3D view of the liver, its blood vessels and the procedure';

function cameraPose(page: Page): Promise<Pose | null> {
  return page.evaluate(() => (window as unknown as Probe).__hepaticClassroom?.read().camera ?? null);
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)));
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Probe).__hepatic?.cameraSettled === true);
  await waitForFrames(page, 3);
}

test('the scene says what it shows, from the data, and changes with the step', async ({ page }) => {
  // Two and a half minutes into "Catching the liver's blood": the balloons are up.
  await open(page, '#procedure=php&t=1950');
  const scene = page.getByRole('application', { name: SCENE_NAME });
  await expect(scene).toBeVisible();
  const description = page.getByTestId('scene-description');
  await expect(scene).toHaveAttribute('aria-describedby', /scene-description/);
  await expect(description).toHaveAttribute('aria-live', 'polite');
  await expect(description).toContainText("Catching the liver's blood");
  await expect(description).toContainText('closed by a balloon (Upper balloon)');
  await expect(description).toContainText('closed by a balloon (Lower balloon)');
  const catching = (await description.textContent()) ?? '';

  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /Melphalan into the liver/ })
    .click();
  await expect(description).toContainText('Melphalan into the liver');
  // The infusion runs: the drug reaches the liver within the step's first minutes.
  await page.evaluate(() => {
    location.hash = '#procedure=php&t=2400';
  });
  await expect(description).toContainText('high in the liver');
  await expect(description).toContainText('Drug filters: working');
  const infusing = (await description.textContent()) ?? '';
  expect(infusing).not.toEqual(catching);

  // "Describe the view" (D) reads it out on demand, in the assertive region.
  await page.locator('body').focus();
  await page.keyboard.press('d');
  await expect(page.getByTestId('scene-announcement')).toContainText('high in the liver');
});

test('with no mouse, the keyboard reaches the view, steps to the hepatic artery, names it and looks closer', async ({
  page,
}) => {
  await open(page, '#procedure=php&t=2400');
  await settled(page);
  const scene = page.getByRole('application', { name: SCENE_NAME });

  // Tab from the top of the page until the view has focus.
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await scene.evaluate((element) => element === document.activeElement);
  }
  expect(reached, 'Tab reaches the 3D view').toBe(true);
  const stepBefore = await page.evaluate(
    () => (window as unknown as Probe).__hepaticClassroom?.read().stepIndex,
  );

  // ] starts stepping through the structures the view shows, naming each as hover does; Tab goes on.
  const announcement = page.getByTestId('scene-announcement');
  await page.keyboard.press(']');
  let found = ((await announcement.textContent()) ?? '').startsWith('Proper hepatic artery.');
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press('Tab');
    await expect(scene).toBeFocused();
    found = ((await announcement.textContent()) ?? '').startsWith('Proper hepatic artery.');
  }
  expect(found, '] then Tab step to the proper hepatic artery').toBe(true);
  await expect(announcement).toContainText('Proper hepatic artery. ');
  const tooltip = page.getByTestId('identify');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Proper hepatic artery');

  // Enter frames it: the camera looks at a point on the artery, from close by.
  const before = await cameraPose(page);
  await page.keyboard.press('Enter');
  await settled(page);
  const after = await cameraPose(page);
  expect(before && after).toBeTruthy();
  if (!before || !after) return;
  expect(distance(after.target, before.target)).toBeGreaterThan(5);
  expect(distance(after.position, after.target)).toBeLessThanOrEqual(700);
  // The artery lies in the middle of the view (behind the liver from this side: a ray through the centre meets it).
  const box = await sceneCanvas(page).boundingBox();
  const centre = await page.evaluate(
    ([w = 0, h = 0]) => (window as unknown as Probe).__explore?.idsAt(w / 2, h / 2) ?? [],
    [box?.width ?? 0, box?.height ?? 0],
  );
  expect(centre, 'the artery is in the middle of the view').toContain('properHepaticArtery');

  // Arrows turn the view (not the step), plus zooms in, Shift+arrow moves it.
  await page.keyboard.press('ArrowLeft');
  await waitForFrames(page, 2);
  const turned = await cameraPose(page);
  expect(distance(turned?.position ?? [0, 0, 0], after.position)).toBeGreaterThan(5);
  expect(distance(turned?.target ?? [0, 0, 0], after.target)).toBeLessThan(0.01);
  await page.keyboard.press('+');
  await waitForFrames(page, 2);
  const zoomed = await cameraPose(page);
  if (!zoomed || !turned) return;
  expect(distance(zoomed.position, zoomed.target)).toBeLessThan(distance(turned.position, turned.target));
  await page.keyboard.press('Shift+ArrowUp');
  await waitForFrames(page, 2);
  const moved = await cameraPose(page);
  expect(distance(moved?.target ?? [0, 0, 0], zoomed.target)).toBeGreaterThan(1);
  expect(await page.evaluate(() => (window as unknown as Probe).__hepaticClassroom?.read().stepIndex)).toBe(
    stepBefore,
  );

  // Escape stops stepping; Tab then leaves the view.
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(scene).not.toBeFocused();
});

test('the structure list and the 3D highlight follow each other, and the boxes show what is shown', async ({
  page,
}) => {
  await open(page, '#procedure=php&t=2400');
  await page.getByRole('tab', { name: 'Explore' }).click();
  await settled(page);
  for (const details of await page.locator('details').all())
    await details.evaluate((d) => d.setAttribute('open', ''));
  // The list → 3D: pointing at a structure's row highlights and names it in the view.
  await page.locator('.structure-row[data-structure="aorta"]').hover();
  await expect(page.getByTestId('identify')).toContainText('Aorta');
  await expect(page.locator('.structure-row[data-structure="aorta"]')).toHaveClass(/is-highlighted/);
  await page.mouse.move(1, 1);
  await expect(page.getByTestId('identify')).toBeHidden();

  // 3D → the list: a structure picked out in the view is marked in the list.
  await page.getByRole('application', { name: SCENE_NAME }).focus();
  await page.keyboard.press(']');
  const first = await page.getByTestId('scene-announcement').textContent();
  expect(first).toBeTruthy();
  await expect(page.locator('.structure-row.is-highlighted')).toHaveCount(1);

  // "Only" on Arteries unticks what it hides; "Show everything" ticks it all again.
  await page.getByRole('button', { name: 'Show only Arteries', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Show Liver', exact: true })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Show Portal vein', exact: true })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Show Aorta', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Show everything' }).click();
  await expect(page.getByRole('checkbox', { name: 'Show Liver', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Show Portal vein', exact: true })).toBeChecked();
});
