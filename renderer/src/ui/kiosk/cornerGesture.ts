// The operator's way to the PIN screen: five taps in the top-left corner within four seconds,
// the fifth held for two seconds. Deliberate enough that a visitor does not find it by chance.

export const CORNER_TAPS = 5;
export const CORNER_WINDOW_MS = 4000;
export const CORNER_HOLD_MS = 2000;

/**
 * Records a tap in the corner; returns the taps still inside the window and whether this tap is
 * the fifth (then the caller waits CORNER_HOLD_MS for the finger to stay down).
 */
export function registerCornerTap(
  taps: readonly number[],
  nowMs: number,
): { taps: number[]; armed: boolean } {
  const recent = [...taps.filter((t) => nowMs - t < CORNER_WINDOW_MS && t <= nowMs), nowMs];
  const kept = recent.slice(-CORNER_TAPS);
  return kept.length >= CORNER_TAPS ? { taps: [], armed: true } : { taps: kept, armed: false };
}
