// The shape of bench/results.json: every figure the benchmark reports, and what the budgets read.
import type { AllocationResult } from './allocation';
import type { BundleResult } from './bundle';
import type { MemoryResult } from './memory';
import type { CommitRun, ProcedureId, StepDraw } from './pages';
import type { SolveResult } from './solve';

export interface FrameTimeRow {
  resolution: string;
  procedure: ProcedureId;
  medianMs: number;
  p95Ms: number;
  baselineMedianMs: number;
  baselineP95Ms: number;
  /** App over empty canvas, same resolution and canvas size, same run. */
  medianRatio: number;
  p95Ratio: number;
  samples: number;
  /** The pixel ratio the canvas drew at, lowest and highest over the sampling windows (1 = full). */
  dprMin: number;
  dprMax: number;
}

export interface CommitRow extends CommitRun {
  scenePerSecond: number;
  uiPerSecond: number;
  /** Scene commits per drawn frame: 1 would mean React re-renders the scene every frame. */
  scenePerFrame: number;
}

export interface StartupResult {
  definition: string;
  appMs: number[];
  baselineMs: number[];
  appMedianMs: number;
  baselineMedianMs: number;
  ratio: number;
  /** Fewest distinct colours seen in the canvas at the start-up frame (1 would be blank). */
  minColours: number;
}

export interface Results {
  mode: 'full' | 'quick';
  /** Wall-clock seconds per part of the run: what to trim when the quick pass gets slow. */
  phaseSeconds: Record<string, number>;
  date: string;
  /** `loadAverage`: the 1-minute load average when the run started and ended (the machine is shared). */
  machine: { cpus: number; node: string; chromium: string; webgl: string; loadAverage: [number, number] };
  frameTime: FrameTimeRow[];
  commits: CommitRow[];
  drawCalls: StepDraw[];
  startup: StartupResult;
  bundle: BundleResult & { baseline: Pick<BundleResult, 'totalRawBytes' | 'totalGzipBytes'> };
  solve: SolveResult;
  memory: MemoryResult;
  /** Bytes allocated per frame in steady playback. */
  allocation: AllocationResult;
}
