import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp, waitForFrames } from './helpers';

interface ProcedureSteps {
  id: string;
  steps: Array<{ id: string }>;
}
const procedureFile = (id: string): ProcedureSteps =>
  JSON.parse(readFileSync(`assets/procedures/${id}.json`, 'utf8'));
const php = procedureFile('php');
const ihp = procedureFile('ihp');

/** The probe fields this spec reads (runtime/probe.ts). */
interface LabelProbe {
  cameraSettled: boolean;
  labelPasses: number;
  labelsSettled: boolean;
  labelPassMs: number;
  frames: number;
}

interface StepReport {
  step: string;
  shown: number;
  dimmed: number;
  /** Labels whose box meets the caption's. */
  underCaption: string[];
  /** Labels drawn in full whose leader line's end does not pick their own structure. */
  wrongEnd: string[];
  passMs: number;
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

/**
 * Waits until the view has settled and the labels have checked it since `passes`, and the scene then
 * stays still for a few page frames (no glide about to start, no check about to run).
 */
async function labelsCaughtUp(page: Page, passes: number): Promise<void> {
  for (;;) {
    await page.waitForFunction((before) => {
      const p = (window as unknown as { __hepatic: LabelProbe }).__hepatic;
      return p.cameraSettled && p.labelsSettled && p.labelPasses > before;
    }, passes);
    const frames = await framesNow(page);
    await waitForFrames(page, 4);
    const still = await page.evaluate(() => ({
      ...(window as unknown as { __hepatic: LabelProbe }).__hepatic,
    }));
    if (still.frames === frames && still.labelsSettled && still.cameraSettled) return;
  }
}

function framesNow(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __hepatic: LabelProbe }).__hepatic.frames);
}

function passesNow(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __hepatic: LabelProbe }).__hepatic.labelPasses);
}

/** Every shown label against the caption, and a pick through the app at each leader line's end. */
function inspect(page: Page, step: string): Promise<StepReport> {
  return page.evaluate((stepId) => {
    const explore = (window as unknown as { __explore: { pickAt(x: number, y: number): string | null } })
      .__explore;
    const probe = (window as unknown as { __hepatic: LabelProbe }).__hepatic;
    const captions = [...document.querySelectorAll<HTMLElement>('.caption')]
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const report = {
      step: stepId,
      shown: 0,
      dimmed: 0,
      underCaption: [] as string[],
      wrongEnd: [] as string[],
      passMs: probe.labelPassMs,
    };
    for (const box of document.querySelectorAll<HTMLElement>('.scene-label')) {
      if (box.style.visibility !== 'visible') continue;
      report.shown++;
      const name = box.textContent ?? '';
      const rect = box.getBoundingClientRect();
      if (captions.some((c) => meets(rect, c))) report.underCaption.push(name);
      if (box.hasAttribute('data-occluded')) {
        report.dimmed++;
        continue;
      }
      const line = document.querySelector(`.scene-label-line[data-label="${box.dataset.label}"]`);
      const x = Number(line?.getAttribute('x1'));
      const y = Number(line?.getAttribute('y1'));
      const picked = explore.pickAt(x, y);
      const own = (box.dataset.picks ?? '').split(' ');
      if (picked === null || !own.includes(picked)) report.wrongEnd.push(`${name} → ${picked}`);
    }
    return report;
  }, step);
}

for (const size of SIZES) {
  test(`labels at ${size.width}×${size.height}: clear of the caption, each leader on its own structure`, async ({
    page,
  }) => {
    // Seventeen steps drawn on software WebGL: generous for a busy machine, far less when quiet.
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    // The camera jumps to each step's view instead of gliding: the labels are checked in the view a step settles in.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, '#procedure=php');
    const reports: StepReport[] = [];
    for (const procedure of [php, ihp]) {
      let passes = -1;
      if (procedure !== php) {
        passes = await passesNow(page);
        await page.evaluate((id) => {
          location.hash = `#procedure=${id}`;
        }, procedure.id);
      }
      for (let i = 0; i < procedure.steps.length; i++) {
        if (i > 0) {
          passes = await passesNow(page);
          await page.locator('body').press('ArrowRight');
        }
        await labelsCaughtUp(page, passes);
        reports.push(await inspect(page, `${procedure.id}/${procedure.steps[i]?.id}`));
      }
    }
    if (process.env.LABELS_REPORT) console.log(JSON.stringify(reports));
    test.info().annotations.push({
      type: 'labels',
      description: reports
        .map((r) => `${r.step}: ${r.shown} shown (${r.dimmed} dimmed), check ${r.passMs.toFixed(0)} ms`)
        .join('; '),
    });
    expect(reports.flatMap((r) => r.underCaption.map((n) => `${r.step}: ${n}`))).toEqual([]);
    expect(reports.flatMap((r) => r.wrongEnd.map((n) => `${r.step}: ${n}`))).toEqual([]);
    // Every step names something: the labels are really there to check.
    for (const r of reports) expect(r.shown, r.step).toBeGreaterThan(0);
  });
}
