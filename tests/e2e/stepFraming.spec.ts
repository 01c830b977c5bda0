import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { Procedure } from '../../renderer/src/procedure/schema';
import { stepSettledS } from '../../renderer/src/procedure/settledTime';
import { open, waitForFrames } from './helpers';

/**
 * Every step of both procedures at three window sizes: the scene keeps most of the window, the
 * caption never covers the step's subject (its box as the camera projects it, read through the
 * test probe), and the header's controls are neither clipped nor spilling. One page per size;
 * the steps are walked with the step list's commands and the arrow key.
 */
test.use({ reducedMotion: 'reduce' });

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

function procedure(id: string): Procedure {
  return JSON.parse(readFileSync(`assets/procedures/${id}.json`, 'utf8')) as Procedure;
}

interface Measure {
  scene: { left: number; top: number; width: number; height: number };
  caption: { left: number; top: number; right: number; bottom: number } | null;
  subject: { left: number; top: number; right: number; bottom: number } | null;
  window: { width: number; height: number };
  settled: boolean;
}

function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const probe = (
      window as unknown as { __hepatic: { subjectScreenBox: Measure['subject']; cameraSettled: boolean } }
    ).__hepatic;
    const canvas = (
      document.querySelector('[data-testid="scene"] canvas') as HTMLCanvasElement
    ).getBoundingClientRect();
    const caption = document.querySelector('[data-testid="caption"]')?.getBoundingClientRect() ?? null;
    const box = probe.subjectScreenBox;
    return {
      scene: { left: canvas.left, top: canvas.top, width: canvas.width, height: canvas.height },
      caption: caption && {
        left: caption.left,
        top: caption.top,
        right: caption.right,
        bottom: caption.bottom,
      },
      subject: box && {
        left: box.left + canvas.left,
        top: box.top + canvas.top,
        right: box.right + canvas.left,
        bottom: box.bottom + canvas.top,
      },
      window: { width: window.innerWidth, height: window.innerHeight },
      settled: probe.cameraSettled,
    };
  });
}

/** Header controls whose text spills out of them, or that reach outside the header or the window. */
function headerProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header') as HTMLElement;
    const bounds = header.getBoundingClientRect();
    const problems: string[] = [];
    for (const el of header.querySelectorAll<HTMLElement>('h1, button, select, label')) {
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        problems.push(`${name} overflows`);
      if (
        r.left < bounds.left - 1 ||
        r.right > bounds.right + 1 ||
        r.top < bounds.top - 1 ||
        r.bottom > bounds.bottom + 1
      )
        problems.push(`${name} sticks out of the header`);
      if (r.right > window.innerWidth + 1) problems.push(`${name} is clipped by the window`);
    }
    return problems;
  });
}

/** Waits until the camera has framed the current step and a frame with that framing is drawn. */
async function settle(page: Page): Promise<void> {
  await waitForFrames(page, 2);
  await page.waitForFunction(
    () => (window as unknown as { __hepatic: { cameraSettled: boolean } }).__hepatic.cameraSettled,
  );
  await waitForFrames(page, 2);
}

for (const size of SIZES) {
  test(`every step frames its subject clear of the caption at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    // About 15 s a size on a quiet machine; generous for a loaded one.
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    // A deep link to a step without a time opens at the step's settled moment.
    const php = procedure('php');
    await open(page, `#procedure=php&step=${php.steps.at(-1)?.id}`);
    await expect(page.getByRole('slider', { name: 'Procedure time' })).toHaveAttribute(
      'aria-valuenow',
      String(Math.round(stepSettledS(php, php.steps.length - 1))),
    );
    expect(await headerProblems(page)).toEqual([]);
    let worstClearance = Number.POSITIVE_INFINITY;
    let leastShare = 1;
    for (const id of ['php', 'ihp']) {
      if (id === 'ihp') await page.getByRole('radio', { name: /Isolated hepatic perfusion/ }).check();
      const data = procedure(id);
      const steps = page.locator('nav.step-list [data-command="goToStep"]');
      await expect(steps).toHaveCount(data.steps.length);
      for (let i = 0; i < data.steps.length; i++) {
        // Alternate the ways in: the step list's command, then the arrow key.
        if (i % 2 === 0) await steps.nth(i).click();
        else {
          await page.locator('body').click({ position: { x: 2, y: 2 } });
          await page.keyboard.press('ArrowRight');
        }
        const step = data.steps[i] as Procedure['steps'][number];
        await expect(steps.nth(i)).toHaveAttribute('aria-current', 'step');
        // The playhead is at the step's settled moment from the file, not its start.
        await expect(page).toHaveURL(
          new RegExp(`step=${step.id}&t=${Math.round(stepSettledS(data, i))}(&|$)`),
        );
        await settle(page);
        const m = await measure(page);
        const label = `${id} ${step.id} at ${size.width}×${size.height}`;
        const share = (m.scene.width * m.scene.height) / (m.window.width * m.window.height);
        leastShare = Math.min(leastShare, share);
        expect(share, label).toBeGreaterThanOrEqual(0.6);
        expect(m.subject, label).not.toBeNull();
        expect(m.caption, label).not.toBeNull();
        const subject = m.subject as NonNullable<Measure['subject']>;
        const caption = m.caption as NonNullable<Measure['caption']>;
        // Inside the scene (a pixel of rounding allowed).
        expect(subject.left, label).toBeGreaterThanOrEqual(m.scene.left - 1);
        expect(subject.right, label).toBeLessThanOrEqual(m.scene.left + m.scene.width + 1);
        expect(subject.top, label).toBeGreaterThanOrEqual(m.scene.top - 1);
        const across = subject.right > caption.left && subject.left < caption.right;
        const clearance = across ? caption.top - subject.bottom : Number.POSITIVE_INFINITY;
        worstClearance = Math.min(worstClearance, clearance);
        expect(clearance, `${label}: the caption covers the subject`).toBeGreaterThanOrEqual(0);
      }
    }
    expect(await headerProblems(page)).toEqual([]);
    console.log(
      `${size.width}×${size.height}: least scene share ${(leastShare * 100).toFixed(1)} %, worst caption clearance ${worstClearance.toFixed(1)} px`,
    );
  });
}
