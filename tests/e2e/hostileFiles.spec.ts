import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { sceneCanvas } from './pixels';

// Hostile files through the real "Open procedure file…" input, while the procedure plays: each
// gets a notice naming the file and the problem, the page throws nothing, the clock keeps moving,
// and the procedure in use stays as it was.

const php = JSON.parse(readFileSync('assets/procedures/php.json', 'utf8')) as Record<string, unknown>;

interface HostileFile {
  name: string;
  content: string;
  /** What the notice must say about it. */
  says: RegExp;
  /** Whether the check runs at all (a file refused by its size is never read). */
  checked: boolean;
}

const STEP_STUB = '{"id":"s","startMin":0,"durationMin":1},';

const FILES: HostileFile[] = [
  {
    name: 'deep.json',
    content: `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    says: /nested more than 32 levels deep/,
    checked: true,
  },
  {
    name: 'huge.json',
    // 3 MB: about 70,000 step stubs, as the report that found the problem made it.
    content: `{"schemaVersion":1,"id":"php","steps":[${STEP_STUB.repeat(Math.ceil((3 * 1024 * 1024) / STEP_STUB.length))}{}]}`,
    says: /it is 3\.0 MB, and a procedure file can be at most 2\.0 MB/,
    checked: false,
  },
  {
    name: 'truncated.json',
    content: JSON.stringify(php).slice(0, Math.floor(JSON.stringify(php).length / 2)),
    says: /not valid JSON/,
    checked: true,
  },
  {
    name: 'wrong-types.json',
    content: JSON.stringify({ ...php, playbackSeconds: 'fast', steps: 'many', tumours: {} }),
    says: /^(?=.*playbackSeconds: .*expected number)(?=.*steps: )(?=.*tumours: )/,
    checked: true,
  },
  {
    name: 'proto.json',
    // Valid apart from its poisoned keys and an id the app does not have.
    content: JSON.stringify({ ...php, id: 'tace' }).replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    ),
    says: /id: must be one of php, ihp/,
    checked: true,
  },
];

async function open(page: Page) {
  await page.goto('/index.html#procedure=php&t=0');
  await expect(sceneCanvas(page)).toBeVisible();
  await page.waitForFunction(
    () => ((window as unknown as { __hepatic?: { frames: number } }).__hepatic?.frames ?? 0) > 0,
  );
}

test.use({ reducedMotion: 'reduce' });

test('hostile procedure files are each answered while the procedure keeps playing', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  let workers = 0;
  page.on('worker', () => workers++);
  await open(page);
  const slider = page.getByRole('slider', { name: 'Procedure time' });
  const time = async () => Number(await slider.getAttribute('aria-valuenow'));
  await page.getByRole('button', { name: 'Play' }).click();
  const input = page.getByTestId('procedure-file-input');
  const notices = page.getByRole('alert').getByRole('listitem');

  let expectedWorkers = 0;
  for (const [i, file] of FILES.entries()) {
    const before = await time();
    await input.setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.content),
    });
    const notice = notices.nth(i);
    await expect(notice).toContainText(`${file.name} was not opened: `);
    await expect(notice).toContainText(file.says);
    await expect(notice).toContainText('The procedure in use stays as it was.');
    // The picture kept moving: procedure time advanced past the file.
    await expect.poll(time, { timeout: 10_000 }).toBeGreaterThan(before);
    if (file.checked) expectedWorkers++;
    expect(workers, `${file.name}: checked in a worker`).toBe(expectedWorkers);
  }
  await expect(notices).toHaveCount(FILES.length);
  expect(FILES[1]?.content.length).toBeGreaterThan(3 * 1024 * 1024);

  // Nothing reached a prototype, and the built-in PHP is still the one playing.
  expect(await page.evaluate(() => 'polluted' in {} || 'polluted' in [])).toBe(false);
  await expect(page.getByRole('radio', { name: /\(PHP\)/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // A good file after all that still loads, and says so.
  await input.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(php)),
  });
  await expect(notices.nth(FILES.length)).toHaveText(
    /Opened good\.json: “Percutaneous hepatic perfusion \(PHP\)”/,
  );
  expect(errors).toEqual([]);
});
