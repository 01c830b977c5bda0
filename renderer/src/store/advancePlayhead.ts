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
  const duration = procedureDurationS(procedure);
  // A long pause between frames (a hidden tab, a debugger) must not jump the procedure ahead.
  const step = Math.min(Math.max(deltaS, 0), 0.25);
  const next = timeS + step * speed * (duration / procedure.playbackSeconds);
  return next >= duration ? { timeS: duration, ended: true } : { timeS: next, ended: false };
}
