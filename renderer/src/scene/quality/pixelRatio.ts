import { create } from 'zustand';
import { parseLaunchQuery } from '../../../../electron/shared/launchOptions';

/**
 * How the 3D view picks its pixel ratio. A real GPU draws at the display's ratio (up to 2). WebGL
 * emulated on the CPU pays for every pixel, so there the view starts at 1 and lowers its resolution
 * while frames are slow (down to half, or to 640x360 drawn pixels on a large view), raising it again when they are fast; the picture is then
 * scaled up by the browser, softer but moving. A pinned ratio (`?dpr=`, `"dpr"` in the config file)
 * switches the adapting off: tests and pictures stay the same from run to run.
 */
export const ADAPTIVE = {
  /**
   * Never fewer drawing-buffer pixels than this (640x360): every step frames its subject to fill
   * the view, so a thin vessel's width in drawn pixels follows the buffer's size, not the window's,
   * and below this it breaks up. A small view keeps at least half resolution.
   */
  minPixels: 640 * 360,
  /** The ratio the floor never goes above (a small view) or below (a very large one). */
  minCeiling: 0.5,
  minFloor: 0.3,
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
 * The lowest pixel ratio for a canvas of this CSS size: half resolution on a laptop-sized view,
 * lower on a large one, so the buffer keeps `minPixels` (at 1920x1080, about 0.37).
 */
export function minPixelRatio(cssWidth: number, cssHeight: number): number {
  const area = cssWidth * cssHeight;
  if (!(area > 0)) return ADAPTIVE.minCeiling;
  const ratio = Math.sqrt(ADAPTIVE.minPixels / area);
  return Math.round(Math.min(ADAPTIVE.minCeiling, Math.max(ADAPTIVE.minFloor, ratio)) * 100) / 100;
}

/**
 * The next pixel ratio after a window whose median frame took `medianMs`. Pixel cost grows with the
 * square of the ratio, so a slow window scales it by √(target / median); a fast one raises it one
 * step. Snapped to steps, so the canvas is not resized for a change nobody sees; never below `min`
 * (see `minPixelRatio`).
 */
export function nextPixelRatio(
  current: number,
  medianMs: number,
  max: number,
  min: number = ADAPTIVE.minCeiling,
): number {
  let next = current;
  if (medianMs > ADAPTIVE.slowMs) next = current * Math.sqrt(ADAPTIVE.targetMs / medianMs);
  else if (medianMs < ADAPTIVE.fastMs) next = current + ADAPTIVE.step;
  const snapped = Math.round(next / ADAPTIVE.step) * ADAPTIVE.step;
  return Math.round(Math.min(max, Math.max(min, snapped)) * 100) / 100;
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

/**
 * Whether a frame goes through the FXAA pass. A moving picture drawn below one pixel per CSS pixel
 * is already softened by the browser's upscaling, and the pass (a render into a texture, then a
 * dozen texture reads per pixel) measured 10-50 ms a frame on WebGL emulated on the CPU, a third of
 * the frame at 1920x1080. Every still picture, and every picture at full resolution, is smoothed.
 */
export function wantsFxaa(pixelRatio: number, moving: boolean): boolean {
  return pixelRatio >= 1 || !moving;
}
