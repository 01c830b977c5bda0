// The printed table: one section per figure, numbers rounded for reading (results.json keeps all).
import { checkBudgets } from './budgets';
import type { Results } from './results';
import { round } from './stats';

function table(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  const first = rows[0];
  if (!first) {
    console.log('  (none)');
    return;
  }
  const columns = Object.keys(first);
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length));
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => cell.padStart(width(columns[i] ?? ''))).join('  ')}`;
  console.log(line(columns));
  for (const row of rows) console.log(line(columns.map((c) => String(row[c] ?? ''))));
}

const kb = (bytes: number) => round(bytes / 1024, 1);

export function printResults(r: Results): void {
  console.log(`\nHepatic Perfusion Explainer benchmark (${r.mode}) ${r.date}`);
  console.log(
    `${r.machine.cpus} CPUs, Node ${r.machine.node}, Chromium ${r.machine.chromium}, ${r.machine.webgl}; ` +
      `load average ${round(r.machine.loadAverage[0], 1)} at the start, ${round(r.machine.loadAverage[1], 1)} at the end`,
  );
  table(
    '1. Frame time while playing (ms; ratio = app / empty r3f canvas of the same size; dpr = pixel ratio drawn at)',
    r.frameTime.map((f) => ({
      resolution: f.resolution,
      procedure: f.procedure,
      median: round(f.medianMs),
      p95: round(f.p95Ms),
      'empty median': round(f.baselineMedianMs),
      'empty p95': round(f.baselineP95Ms),
      'ratio median': round(f.medianRatio),
      'ratio p95': round(f.p95Ratio),
      dpr: f.dprMin === f.dprMax ? round(f.dprMin) : `${round(f.dprMin)}-${round(f.dprMax)}`,
      frames: f.samples,
    })),
  );
  table(
    '2. React commits during playback at 4x',
    r.commits.map((c) => ({
      procedure: c.procedure,
      seconds: round(c.seconds, 1),
      frames: c.frames,
      scene: c.scene,
      'scene/s': round(c.scenePerSecond),
      'scene/frame': round(c.scenePerFrame, 3),
      'DOM UI': c.ui,
      'UI/s': round(c.uiPerSecond),
    })),
  );
  table(
    '3. Draw calls and triangles per step (renderer.info)',
    r.drawCalls.map((d) => ({
      procedure: d.procedure,
      step: d.step,
      'draw calls': d.drawCalls,
      triangles: d.triangles,
      renders: d.renders,
    })),
  );
  table('4. Start-up (ms)', [
    {
      'app median': round(r.startup.appMedianMs, 0),
      'empty median': round(r.startup.baselineMedianMs, 0),
      ratio: round(r.startup.ratio),
      'app runs': r.startup.appMs.map((v) => round(v, 0)).join(' '),
      'min colours': r.startup.minColours,
    },
  ]);
  console.log(`  ${r.startup.definition}`);
  table('5. Bundle (out/renderer/assets/*.js, KiB)', [
    ...r.bundle.chunks.map((c) => ({ chunk: c.file, raw: kb(c.rawBytes), gzip: kb(c.gzipBytes) })),
    {
      chunk: 'total (code; translations apart)',
      raw: kb(r.bundle.totalRawBytes),
      gzip: kb(r.bundle.totalGzipBytes),
    },
    { chunk: 'start-up (named by index.html)', raw: '', gzip: kb(r.bundle.startupGzipBytes) },
    {
      chunk: '(empty r3f page)',
      raw: kb(r.bundle.baseline.totalRawBytes),
      gzip: kb(r.bundle.baseline.totalGzipBytes),
    },
  ]);
  table(`6. Physiology solve, ${r.solve.procedureMinutes}-minute procedure, Node`, [
    {
      'first (cold) ms': round(r.solve.coldMs),
      'median ms': round(r.solve.medianMs),
      'reference ms': round(r.solve.referenceMedianMs),
      ratio: round(r.solve.ratio, 3),
      runs: r.solve.runs,
    },
  ]);
  table(
    '7. Memory over a long run (both procedures per loop)',
    r.memory.points.map((p) => ({
      'after loops': p.loops,
      'JS heap MiB': round(p.heapBytes / 1024 / 1024),
      'app data MiB': round(p.objectBytes / 1024 / 1024, 3),
      'compiled code MiB': round(p.codeBytes / 1024 / 1024),
      geometries: p.geometries,
      textures: p.textures,
    })),
  );
  console.log(`  ${memorySummary(r.memory)}`);
  table(
    '8. Allocation per frame in steady playback (V8 sampling heap profiler, collected objects included)',
    [
      {
        frames: r.allocation.frames,
        'warm-up frames': r.allocation.warmFrames,
        viewport: `${r.allocation.width}x${r.allocation.height}`,
        'KiB sampled': kb(r.allocation.bytes),
        'bytes per frame': Math.round(r.allocation.bytesPerFrame),
        'still playing': r.allocation.stillPlaying ? 'yes' : 'NO',
      },
    ],
  );
  for (const site of r.allocation.topSites.slice(0, 5)) console.log(`  ${kb(site.bytes)} KiB  ${site.site}`);
  console.log(
    `\nTime: ${Object.entries(r.phaseSeconds)
      .map(([phase, seconds]) => `${phase} ${Math.round(seconds)} s`)
      .join(', ')}`,
  );
  table(
    'Budgets (bench/budgets.ts)',
    checkBudgets(r).map((c) => ({
      budget: c.label,
      value: c.shown,
      limit: c.limit,
      ok: c.ok ? 'yes' : c.target ? 'NO (target)' : 'NO',
    })),
  );
}

/** One line: warm-up growth, then the steady growth the budget holds. */
export function memorySummary(m: Results['memory']): string {
  return (
    `growth from loop 1: heap ${round(m.heapGrowthPct, 1)} %, geometries ${round(m.geometriesGrowthPct, 1)} %, ` +
    `textures ${round(m.texturesGrowthPct, 1)} %; from loop ${m.steadyFromLoop}: app data ` +
    `${round(m.objectSteadyGrowthPct, 2)} %, whole heap ${round(m.heapSteadyGrowthPct, 1)} %, ` +
    `geometries + textures ${m.gpuSteadyGrowth >= 0 ? '+' : ''}${m.gpuSteadyGrowth}; ` +
    `${round(m.secondsPerLoop, 1)} s per loop`
  );
}
