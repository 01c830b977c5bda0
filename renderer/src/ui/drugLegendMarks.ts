/** Closest two marks may sit on the legend's bar (a share of its height) before they are pushed apart. */
export const MARK_GAP = 0.16;

/**
 * Where two marks go on the bar (0 bottom .. 1 top), the first above the second: at their own
 * positions, or pushed apart evenly about their middle where their labels would overlap.
 */
export function markPositions(upper: number, lower: number): [number, number] {
  if (upper - lower >= MARK_GAP) return [upper, lower];
  const middle = Math.min(1 - MARK_GAP / 2, Math.max(MARK_GAP / 2, (upper + lower) / 2));
  return [middle + MARK_GAP / 2, middle - MARK_GAP / 2];
}
