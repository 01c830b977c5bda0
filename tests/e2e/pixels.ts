import type { JSHandle, Locator, Page } from '@playwright/test';

export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours after quantising to 5 bits a channel: a blank canvas has 1. */
  distinctColours: number;
  /** Mean of the red, green and blue channels, 0..255. */
  mean: [number, number, number];
}

/**
 * Decodes PNG screenshots inside the page (no image library needed). The pixels stay in the page:
 * measure them there through the handle, then dispose of it.
 */
async function decodeInPage(page: Page, pngs: Buffer[]): Promise<JSHandle<ImageData[]>> {
  return page.evaluateHandle(
    (images) =>
      Promise.all(
        images.map(async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d') as CanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        }),
      ),
    pngs.map((png) => png.toString('base64')),
  );
}

/** Measures a PNG screenshot. */
export async function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  const decoded = await decodeInPage(page, [png]);
  try {
    return await decoded.evaluate((images) => {
      const { data, width, height } = images[0] as ImageData;
      const colours = new Set<number>();
      const sum: [number, number, number] = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
        sum[0] += r;
        sum[1] += g;
        sum[2] += b;
      }
      const n = data.length / 4;
      return {
        width,
        height,
        distinctColours: colours.size,
        mean: [sum[0] / n, sum[1] / n, sum[2] / n] as [number, number, number],
      };
    });
  } finally {
    await decoded.dispose();
  }
}

/** Fraction of pixels whose colour differs by more than `threshold` (0..255, any channel). */
export async function differingFraction(page: Page, a: Buffer, b: Buffer, threshold = 24): Promise<number> {
  const decoded = await decodeInPage(page, [a, b]);
  try {
    return await decoded.evaluate((images, limit) => {
      const x = (images[0] as ImageData).data;
      const y = (images[1] as ImageData).data;
      if (x.length !== y.length) return 1;
      let differing = 0;
      for (let i = 0; i < x.length; i += 4) {
        const d = Math.max(
          Math.abs((x[i] ?? 0) - (y[i] ?? 0)),
          Math.abs((x[i + 1] ?? 0) - (y[i + 1] ?? 0)),
          Math.abs((x[i + 2] ?? 0) - (y[i + 2] ?? 0)),
        );
        if (d > limit) differing++;
      }
      return differing / (x.length / 4);
    }, threshold);
  } finally {
    await decoded.dispose();
  }
}

/** Waits until the scene has drawn at least `frames` more frames, so a screenshot shows the new state. */
export async function waitForFrames(page: Page, frames = 3): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

export function sceneCanvas(page: Page): Locator {
  return page.locator('[data-testid="scene"] canvas');
}
