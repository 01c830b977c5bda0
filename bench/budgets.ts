// What `npm run bench -- --check` holds the app to. Timings are ratios against a baseline measured
// in the same run (the machine is shared and noisy); counts and sizes are deterministic, so
// they are held absolutely, a little above what was measured. Each budget says why.
import type { Results } from './results';

export interface Budget {
  label: string;
  /** The budget is broken when `read(results)` is above this. */
  limit: number;
  /** A looser limit for --quick, whose few samples are noisier; defaults to `limit`. */
  quickLimit?: number;
  reason: string;
  /**
   * A product target not yet met on the machines this project is built on: measured, printed and
   * reported as NO every run, but not failing `--check` (which guards against regressions).
   */
  target?: true;
  read(results: Results): number;
}

/** Why the allocation budget is what it is; the figures are from bench/allocate.ts on this project's machine. */
const ALLOCATION_REASON =
  'garbage made every frame is collected in pauses that show as dropped frames over hours of kiosk playback; ' +
  'measured 0.57-0.59 KB/frame (three runs) over 300 frames after 1,200 warm-up frames at 640x360 in software GL (0.63 ' +
  'before the device-plan change), meeting the target of 1 KB, down from 1.07 once a camera at rest stopped doing work every frame (the rig and, by a drei ' +
  'patch, the orbit controls) and the device states were read by index; 20.9 before the earlier rounds (see ' +
  'bench/README.md). The --quick run (100 frames after 600 warm-up frames) measured 0.59 and 0.70 KB; after only 300 ' +
  "warm-up frames it measured 2.2-2.6 KB, 1.2-1.5 KB of it V8 installing optimised code for the app's once-a-frame " +
  'functions around frame 400. The full limit sits about 20% above its highest figure; the quick one is the 1 KB target.';

const max = (values: number[]) => (values.length > 0 ? Math.max(...values) : Number.NaN);

/** The worst procedure's median frame at one size; NaN (a broken budget) when that size was not run. */
const medianAt = (r: Results, resolution: string) =>
  max(r.frameTime.filter((f) => f.resolution === resolution).map((f) => f.medianMs));

/** Why the absolute frame budgets are what they are. */
const FRAME_REASON =
  'the product budget for a PC without a GPU (software WebGL, as over remote desktop, in a virtual ' +
  'machine or on an old laptop): about 15 frames a second at a laptop size, 10 at full HD, where ' +
  'earlier runs measured 200-300 ms before the light tier. The view draws at the pixel ratio it ' +
  'settles at (reported beside each figure: at least 0.5, or 640x360 drawn pixels on a larger view), so the budget is met by a lighter picture, ' +
  'never by skipping frames. Not met yet (a target, see `target`): the quick run on an idle 2-core ' +
  'machine measured 117-225 ms at 1280x720 and 167-175 ms at 1920x1080 at pixel ratio 0.5; with FXAA left out while moving ' +
  'at a lowered resolution and the drawn-pixel floor, 83-117 ms at 1280x720 (0.5) and 125-133 ms at 1920x1080 (0.39). ' +
  'Only meaningful on a machine that is not overloaded (the run prints the ' +
  'load average): at a load of 15-22 on 2 cores the empty canvas itself took 33-125 ms and the app ' +
  '425-3967 ms';

export const BUDGETS: Budget[] = [
  {
    label: 'frame time median while playing at 1280x720, software WebGL, ms (worst procedure)',
    limit: 70,
    target: true,
    reason: FRAME_REASON,
    read: (r) => medianAt(r, '1280x720'),
  },
  {
    label: 'frame time median while playing at 1920x1080, software WebGL, ms (worst procedure)',
    limit: 100,
    target: true,
    reason: FRAME_REASON,
    read: (r) => medianAt(r, '1920x1080'),
  },
  {
    label: 'frame time median / empty canvas median (worst procedure and size)',
    limit: 35,
    quickLimit: 40,
    reason:
      'measured 11-16 display frames per app frame (software GL without multisampling, ~130k triangles), swinging up to 2x with the load; beyond that is the app',
    read: (r) => max(r.frameTime.map((f) => f.medianRatio)),
  },
  {
    label: 'frame time p95 / empty canvas p95 (worst)',
    limit: 110,
    reason:
      'the slowest frames measured 7-57 display frames (a capped p95 jumps in whole frames); 2x the worst is a freeze',
    read: (r) => max(r.frameTime.map((f) => f.p95Ratio)),
  },
  {
    label: 'scene commits per frame while playing',
    limit: 0.25,
    reason:
      'the scene reads time in useFrame; a commit every frame (1.0) re-renders the 3D tree; measured 0-0.06 (step changes)',
    read: (r) => max(r.commits.map((c) => c.scenePerFrame)),
  },
  {
    label: 'DOM UI commits per second while playing',
    limit: 11,
    reason:
      'the DOM hears the playhead 10x a second (urlSync) plus the odd step change; more means a fast subscription',
    read: (r) => max(r.commits.map((c) => c.uiPerSecond)),
  },
  {
    label: 'draw calls, worst step',
    limit: 80,
    reason:
      'the product budget: measured 61 (ihp washout, the FXAA pass included on software WebGL) before the ' +
      'recognisable devices and neighbouring organs; each draw call costs the main thread on every frame',
    read: (r) => max(r.drawCalls.map((d) => d.drawCalls)),
  },
  {
    label: 'triangles, worst step',
    limit: 400_000,
    reason:
      'the product budget: measured 122,893 (ihp washout; the light tier draws the torso once); software GL ' +
      'frame time follows triangle count, so more detail must be paid for elsewhere',
    read: (r) => max(r.drawCalls.map((d) => d.triangles)),
  },
  {
    label: 'steps whose draw-call figures may be stale (fewer than 2 renders)',
    limit: 0,
    reason:
      'the probe reads renderer.info before each render; one render after a seek shows the previous step',
    read: (r) => r.drawCalls.filter((d) => d.renders < 2).length,
  },
  {
    label: 'start-up / empty canvas start-up',
    limit: 4.5,
    quickLimit: 6.5,
    reason:
      'measured 2.6 (12 loads) and 2.3-4.3 (quick: 2 loads against 1); the app blocking its first frame twice as long breaks it',
    read: (r) => r.startup.ratio,
  },
  {
    label: 'start-up frame blank (1 = blank, budget is a floor)',
    limit: 0,
    reason: 'the first frame counted as start-up must show the anatomy, not an empty canvas',
    read: (r) => (r.startup.minColours > 50 ? 0 : 1),
  },
  {
    label: 'renderer start-up JS gzip, KiB',
    limit: 500,
    reason:
      'what every start loads: measured 433 KiB before the kiosk, classroom and patient modes and the ' +
      'command controls, 470 KiB with them (the empty r3f page alone is 302); 500 is the product budget',
    read: (r) => r.bundle.startupGzipBytes / 1024,
  },
  {
    label: 'renderer JS gzip, all chunks, KiB',
    limit: 550,
    reason:
      'start-up plus the procedure-file worker (28 KiB, loaded only when a file is opened, with its own ' +
      'copy of zod), the handout dialog (2 KiB, loaded when first opened) and the bounding-volume tree for ' +
      'picking (three-mesh-bvh, 13 KiB, loaded when the page is idle): measured 543 KiB; more is a dependency ' +
      'that should not have come in',
    read: (r) => r.bundle.totalGzipBytes / 1024,
  },
  {
    label: 'renderer JS gzip, largest translation chunk, KiB',
    limit: 24,
    reason:
      'each language other than English is its own chunk, loaded only when a person chooses it, so it is ' +
      'budgeted apart from the code (four of them would take the total past its limit without anyone ' +
      'loading more than one: measured 15.7-16.5 KiB each for nl, de, fr and es, 64.3 together, which ' +
      'would take the 508.4 KiB of code past 530); 24 leaves room for the files still being translated ' +
      'and a longer language; more is strings that belong elsewhere',
    read: (r) => r.bundle.largestLanguageGzipBytes / 1024,
  },
  {
    label: 'translation chunks loaded at every start',
    limit: 0,
    reason: 'English is bundled; a translation loads only when chosen, never by index.html',
    read: (r) => r.bundle.startupLanguageChunks,
  },
  {
    label: 'physiology solve / reference workload',
    limit: 2.5,
    reason:
      'measured 1.0-1.9 under load; a solver twice as slow delays every procedure switch and parameter change',
    read: (r) => r.solve.ratio,
  },
  {
    label: 'JS heap growth over the long run, %',
    limit: 30,
    quickLimit: 25,
    reason:
      'measured 16-19% over 50 loops from loop 1, levelling off: compiled code (V8 optimising hot functions); app data flat (see below); a leaked solution per switch is far more',
    read: (r) => r.memory.heapGrowthPct,
  },
  {
    label: 'app data on the JS heap, growth from loop 10 to the last loop, %',
    limit: 3,
    quickLimit: 3,
    reason:
      'a kiosk plays for weeks: what the app holds must stay flat after warm-up. Measured -0.2% (4.49 MiB at loop 10 and 50; quick, loops 1-3: +0.2%). Compiled code is left out: it grew 5.7 -> 6.3 MiB, levelling off, and a --jitless run kept the whole heap flat',
    read: (r) => r.memory.objectSteadyGrowthPct,
  },
  {
    label: 'whole JS heap, growth from loop 10 to the last loop, %',
    limit: 10,
    quickLimit: 15,
    reason:
      'measured 6.4% (10.85 -> 11.55 MiB; quick, loops 1-3: 6%), all of it V8 compiling more functions as they get hot, bounded by the code the app has; beyond 10% is more than warm-up',
    read: (r) => r.memory.heapSteadyGrowthPct,
  },
  {
    label: 'GPU geometries + textures added from loop 10 to the last loop',
    limit: 0,
    quickLimit: 0,
    reason:
      'measured 0 (51 geometries, 1 texture from loop 1 to 50); every one is made once and reused, so one more per loop is a dispose leak that a kiosk multiplies by thousands',
    read: (r) => r.memory.gpuSteadyGrowth,
  },
  {
    label: 'GPU geometries + textures growth over the long run, %',
    limit: 10,
    reason:
      'measured 0-6% (50 → 50-53 geometries, flat after loop ~15: late first uploads); a dispose leak grows every loop',
    read: (r) => Math.max(r.memory.geometriesGrowthPct, r.memory.texturesGrowthPct),
  },
];

BUDGETS.push({
  label: 'bytes allocated per frame in steady playback, once warm',
  limit: 720,
  quickLimit: 1_000,
  reason: ALLOCATION_REASON,
  // A run that reached the end of the procedure was not steady playback: it does not count.
  read: (r) => (r.allocation.stillPlaying ? r.allocation.bytesPerFrame : Number.NaN),
});

export interface BudgetCheck {
  label: string;
  value: number;
  shown: number;
  limit: number;
  ok: boolean;
  /** A target not yet met does not fail the check (see `Budget.target`). */
  target: boolean;
  reason: string;
}

export function checkBudgets(results: Results): BudgetCheck[] {
  return BUDGETS.map((b) => {
    const limit = results.mode === 'quick' ? (b.quickLimit ?? b.limit) : b.limit;
    const value = b.read(results);
    // NaN (a figure that was not measured) breaks the budget: silence must not pass.
    return {
      label: b.label,
      value,
      shown: Math.round(value * 1000) / 1000,
      limit,
      ok: value <= limit,
      target: b.target === true,
      reason: b.reason,
    };
  });
}
