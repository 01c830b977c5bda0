// `npx tsx bench/allocate.ts [--quick] [--frames=N] [--warm=N]`: only the allocation part of the
// benchmark (section 8 of bench/README.md), against the renderer already built in out/renderer
// (`npm run build` first). Prints bytes per frame and the largest allocation sites, for checking one
// fix at a time without the whole benchmark.
import { resolve } from 'node:path';
import { serveStatic } from '../scripts/staticServer';
import { measureAllocation } from './allocation';
import { numberArg } from './args';
import { launch } from './browser';

const quick = process.argv.includes('--quick');
const frames = numberArg('frames', quick ? 100 : 300);
const warmFrames = numberArg('warm', quick ? 300 : 1200);
const app = await serveStatic(resolve(import.meta.dirname, '../out/renderer'));
const browser = await launch();
try {
  const r = await measureAllocation(browser, app.origin, { frames, warmFrames, width: 640, height: 360 });
  console.log(
    `${Math.round(r.bytesPerFrame)} bytes/frame over ${r.frames} frames after ${r.warmFrames} warm-up ` +
      `frames at ${r.width}x${r.height}${r.stillPlaying ? '' : ' (NOT still playing at the end)'}`,
  );
  for (const site of r.topSites)
    console.log(`${String(Math.round(site.bytes / r.frames)).padStart(7)} B/frame  ${site.site}`);
} finally {
  await browser.close();
  await app.close();
}
