/**
 * How much of the 3D view the caption covers, measured by the caption (DOM) and read by the camera
 * rig in its frame loop, so the subject of a step is framed above it. Plain mutable values plus a
 * change signal: no store update, no React render.
 */
export const viewInsets = {
  /** Share of the scene's height at its bottom that the caption covers, 0..0.6. */
  bottomBand: 0,
};

const listeners = new Set<() => void>();

/** Records the caption's band; listeners hear of it only when it changed visibly. */
export function setCaptionBand(fraction: number): void {
  const next = Number.isFinite(fraction) ? Math.min(0.6, Math.max(0, fraction)) : 0;
  if (Math.abs(next - viewInsets.bottomBand) < 0.002) return;
  viewInsets.bottomBand = next;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the band changes; returns the function that stops it. */
export function onViewInsetsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The caption's band over the scene from their rectangles (px): the part of the scene's height,
 * from its bottom edge up, that the caption covers, plus a small gap; 0 when they do not overlap.
 */
export function captionBandOf(
  scene: { top: number; bottom: number; left: number; right: number; height: number },
  caption: { top: number; bottom: number; left: number; right: number },
  gapPx = 8,
): number {
  if (scene.height <= 0) return 0;
  const overlapsAcross = caption.right > scene.left && caption.left < scene.right;
  const overlapsDown = caption.bottom > scene.top && caption.top < scene.bottom;
  if (!overlapsAcross || !overlapsDown) return 0;
  return (scene.bottom - caption.top + gapPx) / scene.height;
}
