import { create } from 'zustand';
import { parseLaunchQuery } from '../../../../electron/shared/launchOptions';

/**
 * How the 3D view picks its pixel ratio. A real GPU draws at the display's ratio (up to 2). WebGL
 * emulated on the CPU pays for every pixel, so there the view starts at 1 and lowers its resolution
 * while frames are slow (down to half), raising it again when they are fast; the picture is then
 * scaled up by the browser, softer but moving. A pinned ratio (`?dpr=`, `"dpr"` in the config file)
 * switches the adapting off: tests and pictures stay the same from run to run.
 */
export const ADAPTIVE = {
  /** Never below half resolution: text-like detail (leader lines, thin vessels) would break up. */
  min: 0.5,
  /** Frames slower than this (median of a window) lower the ratio... */
  slowMs: 55,
  /** ...towards this frame time... */
  targetMs: 40,
  /** ...and frames faster than this raise it a step. */
  fastMs: 25,
  step: 0.05,
  /** Frames per decision: a window's median is steady against one slow frame. */
  window: 10,
} as const;

/**
 * The next pixel ratio after a window whose median frame took `medianMs`. Pixel cost grows with the
 * square of the ratio, so a slow window scales it by √(target / median); a fast one raises it one
 * step. Snapped to steps, so the canvas is not resized for a change nobody sees.
 */
export function nextPixelRatio(current: number, medianMs: number, max: number): number {
  let next = current;
  if (medianMs > ADAPTIVE.slowMs) next = current * Math.sqrt(ADAPTIVE.targetMs / medianMs);
  else if (medianMs < ADAPTIVE.fastMs) next = current + ADAPTIVE.step;
  const snapped = Math.round(next / ADAPTIVE.step) * ADAPTIVE.step;
  return Math.round(Math.min(max, Math.max(ADAPTIVE.min, snapped)) * 100) / 100;
}

/** The median of the first `count` samples, sorted in place: one small view per window, nothing per frame. */
export function windowMedian(samples: Float64Array, count: number): number {
  const sorted = samples.subarray(0, count).sort();
  return ((sorted[(count - 1) >> 1] ?? 0) + (sorted[count >> 1] ?? 0)) / 2;
}

interface PixelRatioState {
  /** The pinned ratio, or null: the app chooses. */
  pinned: number | null;
  pin(value: number | undefined): void;
}

/** In a browser the query is read at once, so not even the first frame is drawn at another ratio. */
function pinnedFromQuery(): number | null {
  if (typeof location === 'undefined') return null;
  return parseLaunchQuery(location.search).dpr ?? null;
}

export const usePixelRatioStore = create<PixelRatioState>()((set) => ({
  pinned: pinnedFromQuery(),
  pin: (value) => set({ pinned: value ?? null }),
}));
