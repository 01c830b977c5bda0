import type { Procedure } from '../procedure/schema';
import { procedureDurationS } from '../procedure/timeline';

/**
 * Procedure seconds that pass in `deltaS` real seconds: the procedure's `playbackSeconds` is
 * how long the whole of it takes at 1×. Returns the new time and whether the end was reached.
 */
export function advanceTime(
  procedure: Procedure,
  timeS: number,
  deltaS: number,
  speed: number,
): { timeS: number; ended: boolean } {
  const next = advancedTimeS(procedure, timeS, deltaS, speed);
  return { timeS: next, ended: next >= procedureDurationS(procedure) };
}

/** advanceTime's new time alone, allocating nothing (the frame driver calls it every frame). */
export function advancedTimeS(procedure: Procedure, timeS: number, deltaS: number, speed: number): number {
  const duration = procedureDurationS(procedure);
  // A long pause between frames (a hidden tab, a debugger) must not jump the procedure ahead.
  const step = Math.min(Math.max(deltaS, 0), 0.25);
  return Math.min(duration, timeS + step * speed * (duration / procedure.playbackSeconds));
}
