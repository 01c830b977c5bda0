// Wrong PINs at the kiosk: three in a row lock the PIN screen for 60 s. A pure state machine;
// the clock is passed in, so tests need no timers.

export const MAX_WRONG_PINS = 3;
export const LOCKOUT_MS = 60_000;

export interface LockoutState {
  /** Wrong PINs since the last success or the end of the last lock. */
  wrong: number;
  /** Epoch ms until which every attempt is refused unchecked; 0 when not locked. */
  lockedUntilMs: number;
}

export const INITIAL_LOCKOUT: LockoutState = { wrong: 0, lockedUntilMs: 0 };

/** Whether an attempt made now may be checked at all, and for how long it stays locked. */
export function lockoutStatus(state: LockoutState, nowMs: number): { locked: boolean; retryInS: number } {
  if (nowMs < state.lockedUntilMs) {
    return { locked: true, retryInS: Math.ceil((state.lockedUntilMs - nowMs) / 1000) };
  }
  return { locked: false, retryInS: 0 };
}

export type AttemptOutcome = 'ok' | 'wrong' | 'locked';

/**
 * The state after an attempt. `correct` is only looked at when not locked: a locked screen never
 * checks a PIN, so guessing during the lock reveals nothing and does not extend it.
 */
export function recordAttempt(
  state: LockoutState,
  correct: boolean,
  nowMs: number,
): { state: LockoutState; outcome: AttemptOutcome; retryInS: number } {
  const status = lockoutStatus(state, nowMs);
  if (status.locked) return { state, outcome: 'locked', retryInS: status.retryInS };
  // A lock that has run out starts a fresh count.
  const wrongSoFar = state.lockedUntilMs > 0 ? 0 : state.wrong;
  if (correct) return { state: INITIAL_LOCKOUT, outcome: 'ok', retryInS: 0 };
  const wrong = wrongSoFar + 1;
  if (wrong >= MAX_WRONG_PINS) {
    return {
      state: { wrong: 0, lockedUntilMs: nowMs + LOCKOUT_MS },
      outcome: 'locked',
      retryInS: LOCKOUT_MS / 1000,
    };
  }
  return { state: { wrong, lockedUntilMs: 0 }, outcome: 'wrong', retryInS: 0 };
}
