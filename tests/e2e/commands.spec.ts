import { expect, test } from '@playwright/test';
import { open } from './helpers';

/** Visible controls that act (buttons, boxes, radios, drop-downs) without naming a command. */
async function controlsWithoutCommand(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, select, input[type="checkbox"], input[type="radio"], [role="button"], [role="menuitem"]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.getClientRects().length > 0 && !element.closest('[hidden]'))
      .filter((element) => !element.dataset.command)
      .map((element) => element.outerHTML.slice(0, 120));
  });
}

test('every visible button, box, radio and drop-down performs a registered command', async ({ page }) => {
  await open(page);
  let checked = 0;
  for (const tab of ['Steps', 'Explore', 'Drug levels', 'Model parameters']) {
    await page.getByRole('tab', { name: tab }).click();
    expect(await controlsWithoutCommand(page), tab).toEqual([]);
    checked += await page.locator('[data-command]').count();
  }
  await page.locator('[data-command="openReferences"]').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await controlsWithoutCommand(page), 'references').toEqual([]);
  expect(checked).toBeGreaterThan(20);
});
