// `npm run bench [-- --quick] [-- --check] [-- --no-build]`: builds the renderer and the empty-canvas
// baseline, measures them in headless Chromium and in Node, prints a table, writes
// bench/results.json and, with --check, exits 1 when a budget in bench/budgets.ts is broken.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { buildCatalogue } from '../renderer/src/procedure/registry';
import { procedureDurationS } from '../renderer/src/procedure/timeline';
import { serveStatic } from '../scripts/staticServer';
import { measureAllocation } from './allocation';
import { launch, webglRenderer } from './browser';
import { checkBudgets } from './budgets';
import { measureBundle } from './bundle';
import { measureMemory } from './memory';
import {
  type AppRun,
  type CanvasSize,
  type CommitRun,
  measureCommits,
  measureDrawCalls,
  PROCEDURES,
  type ProcedureId,
  runApp,
  runBaseline,
  type StepDraw,
} from './pages';
import { printResults } from './report';
import type { CommitRow, FrameTimeRow, Results } from './results';
import type { SolveResult } from './solve';
import { median, percentile } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
/** `--loops=N`: memory loops (default 50, 3 with --quick); a kiosk soak uses bench/soak.ts. */
const loopsArg = process.argv.find((a) => a.startsWith('--loops='));
const memoryLoops = loopsArg ? Number(loopsArg.slice('--loops='.length)) : undefined;
if (memoryLoops !== undefined && !(Number.isInteger(memoryLoops) && memoryLoops >= 2)) {
  console.error(`--loops must be a whole number of at least 2, got "${loopsArg}"`);
  process.exit(2);
}

/** Both sizes the frame budgets name (bench/budgets.ts), in the quick pass too. */
const RESOLUTIONS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/**
 * How much of everything. The quick pass is CI's regression guard: fewer frames, one round, a short
 * memory run. Frame windows count frames, not time, because a software-rendered frame can take
 * most of a second. `settleFrames`: frames played before the first window while the resolution
 * adapts (two of its decisions).
 */
const PLAN = quick
  ? {
      resolutions: RESOLUTIONS,
      rounds: 1,
      windows: 3,
      settleFrames: 20,
      app: { minFrames: 5, minMs: 2000, maxMs: 15_000, skip: 1 },
      baseline: { minFrames: 60, minMs: 1500, maxMs: 5000, skip: 5 },
      commitSeconds: 3,
      memoryLoops: 3,
      allocation: { frames: 100, warmFrames: 600, width: 640, height: 360 },
      solveRuns: 5,
    }
  : {
      resolutions: RESOLUTIONS,
      rounds: 3,
      windows: 5,
      settleFrames: 20,
      app: { minFrames: 5, minMs: 2000, maxMs: 30_000, skip: 1 },
      baseline: { minFrames: 180, minMs: 4000, maxMs: 10_000, skip: 5 },
      commitSeconds: 10,
      memoryLoops: 50,
      allocation: { frames: 300, warmFrames: 1200, width: 640, height: 360 },
      solveRuns: 25,
    };

const catalogue = buildCatalogue({});
const STEP_IDS = Object.fromEntries(
  PROCEDURES.map((id) => [id, catalogue.procedures[id].steps.map((s) => s.id)]),
) as Record<ProcedureId, string[]>;
const DURATION_S = Object.fromEntries(
  PROCEDURES.map((id) => [id, procedureDurationS(catalogue.procedures[id])]),
) as Record<ProcedureId, number>;

const t0 = Date.now();
const loadAtStart = loadavg()[0] ?? Number.NaN;
const phases: Record<string, number> = {};
let phaseStart = t0;

/** Logs progress with the time since start, and books the time since the last log to `phase`. */
function log(message: string, phase?: string): void {
  const now = Date.now();
  if (phase) {
    phases[phase] = (phases[phase] ?? 0) + (now - phaseStart) / 1000;
    phaseStart = now;
  }
  process.stderr.write(`[bench ${((now - t0) / 1000).toFixed(0)} s] ${message}\n`);
}

function run(command: string, commandArgs: string[]): void {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status})`);
}

function solveInChild(runs: number): SolveResult {
  const result = spawnSync('npx', ['tsx', 'bench/solve-main.ts', String(runs)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`physiology solve failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as SolveResult;
}

/** Seek targets spread evenly over the procedure, so the sample covers every phase of it. */
function seekTimes(procedure: ProcedureId, count: number): number[] {
  const d = DURATION_S[procedure];
  return Array.from({ length: count }, (_, i) => Math.round(((i + 0.5) / count) * d * 0.97));
}

async function main(): Promise<void> {
  if (!args.has('--no-build')) {
    log('building the renderer (electron-vite build)');
    run('npx', ['electron-vite', 'build']);
  }
  log('building the empty-canvas baseline (out/bench-empty)', 'build');
  run('npx', ['vite', 'build', '--config', 'bench/empty/vite.config.ts']);
  log('measuring pages', 'build');

  const app = await serveStatic(resolve(ROOT, 'out/renderer'));
  const empty = await serveStatic(resolve(ROOT, 'out/bench-empty'));
  const browser = await launch();
  try {
    const probePage = await browser.newPage();
    const webgl = await webglRenderer(probePage);
    await probePage.close();

    // 1 and 4: frame time and start-up, app and baseline interleaved round by round.
    const intervals = new Map<string, number[]>();
    const add = (key: string, values: number[]) =>
      intervals.set(key, [...(intervals.get(key) ?? []), ...values]);
    const dprsAt = new Map<string, number[]>();
    const startupApp: number[] = [];
    const startupBaseline: number[] = [];
    const colours: number[] = [];
    const commits: CommitRun[] = [];
    const drawCalls: StepDraw[] = [];
    const canvasAt = new Map<string, CanvasSize>();
    for (let round = 0; round < PLAN.rounds; round++) {
      for (const viewport of PLAN.resolutions) {
        const res = `${viewport.width}x${viewport.height}`;
        const [first, ...rest] = PROCEDURES;
        const order: (ProcedureId | 'baseline')[] = [first, 'baseline', ...rest];
        for (let i = 0; i < round; i++) order.push(order.shift() as ProcedureId | 'baseline');
        for (const what of order) {
          const canvas = canvasAt.get(res);
          if (what === 'baseline' && canvas) {
            const r = await runBaseline(browser, empty.origin, viewport, canvas, PLAN.baseline);
            add(`${res}/baseline`, r.intervals);
            startupBaseline.push(r.startupMs);
            continue;
          }
          if (what === 'baseline') continue; // no canvas size yet: the app runs first in round 0
          const once = round === 0 && viewport === PLAN.resolutions[0];
          log(`round ${round + 1}/${PLAN.rounds} ${res} ${what}`);
          const r: AppRun = await runApp(browser, {
            origin: app.origin,
            viewport,
            procedure: what,
            seekTimes: seekTimes(what, PLAN.windows),
            sampling: PLAN.app,
            settleFrames: PLAN.settleFrames,
            checkStartupPixels: colours.length === 0,
            // 2 and 3, once per procedure, on the page that is already warm.
            extra: once
              ? async (page) => {
                  commits.push(await measureCommits(page, what, PLAN.commitSeconds));
                  drawCalls.push(...(await measureDrawCalls(page, what, STEP_IDS[what])));
                }
              : undefined,
          });
          canvasAt.set(res, r.canvas);
          add(`${res}/${what}`, r.intervals);
          dprsAt.set(`${res}/${what}`, [...(dprsAt.get(`${res}/${what}`) ?? []), ...r.dprs]);
          startupApp.push(r.startupMs);
          if (!Number.isNaN(r.startupColours)) colours.push(r.startupColours);
        }
        // Round 0 ran php before the baseline had a canvas size: measure the baseline now.
        const canvas = canvasAt.get(res);
        if (round === 0 && canvas && !intervals.has(`${res}/baseline`)) {
          const r = await runBaseline(browser, empty.origin, viewport, canvas, PLAN.baseline);
          add(`${res}/baseline`, r.intervals);
          startupBaseline.push(r.startupMs);
        }
      }
    }

    const frameTime: FrameTimeRow[] = [];
    for (const viewport of PLAN.resolutions) {
      const res = `${viewport.width}x${viewport.height}`;
      const base = intervals.get(`${res}/baseline`) ?? [];
      for (const procedure of PROCEDURES) {
        const samples = intervals.get(`${res}/${procedure}`) ?? [];
        const dprs = dprsAt.get(`${res}/${procedure}`) ?? [];
        const row = {
          resolution: res,
          procedure,
          medianMs: median(samples),
          p95Ms: percentile(samples, 95),
          baselineMedianMs: median(base),
          baselineP95Ms: percentile(base, 95),
          samples: samples.length,
          dprMin: dprs.length > 0 ? Math.min(...dprs) : Number.NaN,
          dprMax: dprs.length > 0 ? Math.max(...dprs) : Number.NaN,
        };
        frameTime.push({
          ...row,
          medianRatio: row.medianMs / row.baselineMedianMs,
          p95Ratio: row.p95Ms / row.baselineP95Ms,
        });
      }
    }

    // 7: memory over a long run.
    log(`memory: ${memoryLoops ?? PLAN.memoryLoops} loops of both procedures`, 'pages (1-4)');
    const memory = await measureMemory(browser, app.origin, memoryLoops ?? PLAN.memoryLoops);

    // 8: bytes allocated per frame in steady playback, once warm.
    log(`allocation: ${PLAN.allocation.frames} frames of playback`, 'memory (7)');
    const allocation = await measureAllocation(browser, app.origin, PLAN.allocation);

    const chromium = browser.version();
    await browser.close();

    // 6: physiology solve, with the browser closed so it does not compete for the CPU.
    log(`physiology solve: ${PLAN.solveRuns} runs`, 'allocation (8)');
    const solve = solveInChild(PLAN.solveRuns);

    const startupDefinition =
      'ms from navigation start to the end of the first frame that drew triangles (renderer.info ' +
      'via window.__hepatic: the anatomy is on screen), i.e. the start of the frame after it; on the ' +
      'first load the canvas is then screenshotted and must show > 50 colours. Baseline: the first ' +
      'frame of the empty canvas.';
    log('bundle', 'solve (6)');
    const bundle = {
      ...measureBundle(resolve(ROOT, 'out/renderer')),
      baseline: measureBundle(resolve(ROOT, 'out/bench-empty')),
    };
    const results: Results = {
      mode: quick ? 'quick' : 'full',
      phaseSeconds: phases,
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        node: process.version,
        chromium,
        webgl,
        loadAverage: [loadAtStart, loadavg()[0] ?? Number.NaN],
      },
      frameTime,
      commits: commits.map(
        (c): CommitRow => ({
          ...c,
          scenePerSecond: c.scene / c.seconds,
          uiPerSecond: c.ui / c.seconds,
          scenePerFrame: c.frames > 0 ? c.scene / c.frames : Number.NaN,
        }),
      ),
      drawCalls,
      startup: {
        definition: startupDefinition,
        appMs: startupApp,
        baselineMs: startupBaseline,
        appMedianMs: median(startupApp),
        baselineMedianMs: median(startupBaseline),
        ratio: median(startupApp) / median(startupBaseline),
        minColours: Math.min(...colours),
      },
      bundle,
      solve,
      memory,
      allocation,
    };
    writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    printResults(results);
    log('done; wrote bench/results.json');

    if (args.has('--check')) {
      const checks = checkBudgets(results);
      for (const c of checks.filter((check) => !check.ok && check.target))
        console.warn(`TARGET NOT MET (reported, not failing): ${c.label}: ${c.shown} > ${c.limit}`);
      const broken = checks.filter((c) => !c.ok && !c.target);
      if (broken.length > 0) {
        process.exitCode = 1;
        for (const c of broken)
          console.error(`BUDGET BROKEN: ${c.label}: ${c.shown} > ${c.limit} (${c.reason})`);
      } else console.log('All budgets met.');
    }
  } finally {
    await browser.close().catch(() => undefined);
    await app.close();
    await empty.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
