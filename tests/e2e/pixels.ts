import type { Locator, Page } from '@playwright/test';

export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours after quantising to 5 bits a channel: a blank canvas has 1. */
  distinctColours: number;
  /** Mean of the red, green and blue channels, 0..255. */
  mean: [number, number, number];
}

/** Decodes PNG screenshots inside the page (no image library needed) and measures them. */
export async function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
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
      width: image.width,
      height: image.height,
      distinctColours: colours.size,
      mean: [sum[0] / n, sum[1] / n, sum[2] / n] as [number, number, number],
    };
  }, png.toString('base64'));
}

/** Fraction of pixels whose colour differs by more than `threshold` (0..255, any channel). */
export async function differingFraction(page: Page, a: Buffer, b: Buffer, threshold = 24): Promise<number> {
  return page.evaluate(
    async ({ first, second, limit }) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = await Promise.all([decode(first), decode(second)]);
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
    },
    { first: a.toString('base64'), second: b.toString('base64'), limit: threshold },
  );
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
