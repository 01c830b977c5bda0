import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CrashGuard,
  type CrashReason,
  DEFAULT_CRASH_POLICY,
  decideCrashAction,
  SELF_KILL_GRACE_MS,
} from '../../../electron/main/crashPolicy';

const MINUTE = 60_000;
const failures: CrashReason[] = [
  'abnormal-exit',
  'killed',
  'crashed',
  'oom',
  'launch-failed',
  'integrity-failure',
  'memory-eviction',
  'unresponsive',
];

describe('decideCrashAction', () => {
  it('defaults: 3 reloads per rolling minute', () => {
    expect(DEFAULT_CRASH_POLICY).toEqual({ maxReloads: 3, windowMs: MINUTE });
  });

  it('a clean exit is ignored', () => {
    expect(decideCrashAction([], 0, 'clean-exit')).toBe('ignore');
    expect(decideCrashAction([1, 2, 3, 4], 5, 'clean-exit')).toBe('ignore');
  });

  it.each(failures)('%s reloads while under the limit', (reason) => {
    expect(decideCrashAction([], 1000, reason)).toBe('reload');
    expect(decideCrashAction([100, 200], 1000, reason)).toBe('reload');
  });

  it('gives up at the limit inside the window', () => {
    expect(decideCrashAction([100, 200, 300], 1000, 'crashed')).toBe('give-up');
  });

  it('the window rolls: old reloads stop counting', () => {
    const history = [0, 10_000, 20_000];
    expect(decideCrashAction(history, MINUTE - 1, 'crashed')).toBe('give-up');
    expect(decideCrashAction(history, MINUTE, 'crashed')).toBe('reload');
  });

  it('future timestamps (clock went back) do not count', () => {
    expect(decideCrashAction([5000, 6000, 7000], 1000, 'crashed')).toBe('reload');
  });

  it('honours a custom policy', () => {
    expect(decideCrashAction([0], 10, 'oom', { maxReloads: 1, windowMs: 100 })).toBe('give-up');
    expect(decideCrashAction([0], 100, 'oom', { maxReloads: 1, windowMs: 100 })).toBe('reload');
  });

  it('property: reload exactly when fewer than max reloads in the last window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 * MINUTE })),
        fc.integer({ min: 0, max: 10 * MINUTE }),
        fc.constantFrom(...failures),
        (history, now, reason) => {
          const recent = history.filter((t) => t <= now && now - t < MINUTE).length;
          expect(decideCrashAction(history, now, reason)).toBe(recent < 3 ? 'reload' : 'give-up');
        },
      ),
    );
  });
});

describe('CrashGuard', () => {
  it('reloads three times in a minute, then gives up for good', () => {
    const guard = new CrashGuard();
    expect(guard.onGone('crashed', 0)).toBe('reload');
    expect(guard.onGone('crashed', 1000)).toBe('reload');
    expect(guard.onGone('oom', 2000)).toBe('reload');
    expect(guard.onGone('crashed', 3000)).toBe('give-up');
    expect(guard.hasGivenUp).toBe(true);
    // Quiet afterwards, so the error page stays.
    expect(guard.onGone('crashed', 10 * MINUTE)).toBe('ignore');
    expect(guard.onUnresponsive(10 * MINUTE)).toBe('ignore');
  });

  it('crashes spread over time keep being recovered', () => {
    const guard = new CrashGuard();
    for (let i = 0; i < 20; i++) expect(guard.onGone('crashed', i * 25_000)).toBe('reload');
  });

  it('a clean exit neither reloads nor counts', () => {
    const guard = new CrashGuard();
    expect(guard.onGone('clean-exit', 0)).toBe('ignore');
    guard.onGone('crashed', 1);
    guard.onGone('crashed', 2);
    expect(guard.onGone('crashed', 3)).toBe('reload');
  });

  it('the kill that ends a hung renderer is not counted as a second crash', () => {
    const guard = new CrashGuard();
    expect(guard.onUnresponsive(0)).toBe('reload');
    expect(guard.onGone('killed', 100)).toBe('ignore');
    // The next real crash is handled normally.
    expect(guard.onGone('crashed', 10_000)).toBe('reload');
  });

  it('a crash long after a hang is a new crash', () => {
    const guard = new CrashGuard();
    guard.onUnresponsive(0);
    expect(guard.onGone('crashed', SELF_KILL_GRACE_MS + 1)).toBe('reload');
  });

  it('hangs count towards the same limit', () => {
    const guard = new CrashGuard();
    expect(guard.onUnresponsive(0)).toBe('reload');
    expect(guard.onUnresponsive(20_000)).toBe('reload');
    expect(guard.onUnresponsive(40_000)).toBe('reload');
    expect(guard.onUnresponsive(50_000)).toBe('give-up');
  });
});
