// When the renderer dies or hangs, reload it, but not forever: a page that crashes on
// load would otherwise spin. Pure; recovery.ts wires it to the window.
import type { RenderProcessGoneDetails } from 'electron';

export type CrashReason = RenderProcessGoneDetails['reason'] | 'unresponsive';
export type CrashAction = 'reload' | 'give-up' | 'ignore';

export interface CrashPolicy {
  /** Reloads allowed inside one rolling window, 3. */
  maxReloads: number;
  /** Length of the rolling window in ms, 60 000. */
  windowMs: number;
}

export const DEFAULT_CRASH_POLICY: CrashPolicy = { maxReloads: 3, windowMs: 60_000 };

/**
 * `history`: times (ms) of earlier reloads. 'clean-exit' is a renderer that ended on
 * purpose (window closing), so nothing to do; any other reason reloads until the
 * rolling window already holds `maxReloads` reloads.
 */
export function decideCrashAction(
  history: readonly number[],
  now: number,
  reason: CrashReason,
  policy: CrashPolicy = DEFAULT_CRASH_POLICY,
): CrashAction {
  if (reason === 'clean-exit') return 'ignore';
  const recent = history.filter((t) => t <= now && now - t < policy.windowMs).length;
  return recent >= policy.maxReloads ? 'give-up' : 'reload';
}

/** How long after we kill a hung renderer its own 'render-process-gone' is expected. */
export const SELF_KILL_GRACE_MS = 5_000;

/**
 * Keeps the reload history for one window. A hung renderer is recovered by killing it
 * and reloading; the 'gone' event that kill causes is ours, so it must not count twice.
 * After giving up it stays quiet, so the error page is not replaced.
 */
export class CrashGuard {
  private readonly reloads: number[] = [];
  private selfKillUntil = Number.NEGATIVE_INFINITY;
  private gaveUp = false;

  constructor(private readonly policy: CrashPolicy = DEFAULT_CRASH_POLICY) {}

  get hasGivenUp(): boolean {
    return this.gaveUp;
  }

  onGone(reason: RenderProcessGoneDetails['reason'], now: number): CrashAction {
    if (this.gaveUp) return 'ignore';
    if (reason !== 'clean-exit' && now <= this.selfKillUntil) {
      this.selfKillUntil = Number.NEGATIVE_INFINITY;
      return 'ignore';
    }
    return this.record(decideCrashAction(this.reloads, now, reason, this.policy), now);
  }

  onUnresponsive(now: number): CrashAction {
    if (this.gaveUp) return 'ignore';
    const action = this.record(decideCrashAction(this.reloads, now, 'unresponsive', this.policy), now);
    if (action === 'reload') this.selfKillUntil = now + SELF_KILL_GRACE_MS;
    return action;
  }

  private record(action: CrashAction, now: number): CrashAction {
    if (action === 'reload') {
      this.reloads.push(now);
      // Keep only what the rolling window can still see.
      while (this.reloads.length > 0 && now - (this.reloads[0] as number) >= this.policy.windowMs)
        this.reloads.shift();
    }
    if (action === 'give-up') this.gaveUp = true;
    return action;
  }
}
