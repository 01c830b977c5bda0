// `npx tsx bench/allocate.ts [--quick] [--frames=N] [--warm=N] [--stacks] [--save=FILE] [--renderer=DIR]`:
// only the allocation part of the benchmark (section 8 of bench/README.md), against the renderer
// already built in out/renderer (`npm run build` first), or a copy of another build in DIR. Prints bytes per frame and the largest allocation sites,
// for checking one fix at a time without the whole benchmark. `--stacks` adds the largest allocating
// stacks (each site with its nearest callers: which part of the app asked); `--save=FILE` writes the
// raw profile, which DevTools' Memory panel opens (name it *.heapprofile).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../scripts/staticServer';
import { measureAllocation } from './allocation';
import { numberArg } from './args';
import { launch } from './browser';

const quick = process.argv.includes('--quick');
const frames = numberArg('frames', quick ? 100 : 300);
const warmFrames = numberArg('warm', quick ? 600 : 1200);
const stacks = process.argv.includes('--stacks');
const textArg = (name: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const saveTo = textArg('save');
const rendererDir = textArg('renderer') ?? resolve(import.meta.dirname, '../out/renderer');
const app = await serveStatic(rendererDir);
const browser = await launch();
try {
  const r = await measureAllocation(browser, app.origin, {
    frames,
    warmFrames,
    width: 640,
    height: 360,
    onProfile: saveTo ? (profile) => writeFileSync(saveTo, JSON.stringify(profile)) : undefined,
  });
  console.log(
    `${Math.round(r.bytesPerFrame)} bytes/frame over ${r.frames} frames after ${r.warmFrames} warm-up ` +
      `frames at ${r.width}x${r.height}${r.stillPlaying ? '' : ' (NOT still playing at the end)'}`,
  );
  for (const site of r.topSites)
    console.log(`${String(Math.round(site.bytes / r.frames)).padStart(7)} B/frame  ${site.site}`);
  if (stacks) {
    console.log('\nLargest allocating stacks (innermost first):');
    for (const stack of r.topStacks)
      console.log(`${String(Math.round(stack.bytes / r.frames)).padStart(7)} B/frame  ${stack.site}`);
  }
} finally {
  await browser.close();
  await app.close();
}
