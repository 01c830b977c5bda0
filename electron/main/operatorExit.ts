// Leaving the kiosk: the PIN from the renderer's PIN screen is checked against the configured
// hash under the lockout rules; a match quits the app. The clock and quit are injected.
import type { OperatorExitResult } from '../ipc';
import { isValidPin, verifyPin } from './pin';
import { INITIAL_LOCKOUT, type LockoutState, lockoutStatus, recordAttempt } from './pinLockout';

export interface OperatorExitDeps {
  /** The validated hash from the config file, or null when none is usable. */
  pinHash: string | null;
  now: () => number;
  quit: () => void;
  verify?: (pin: string, hash: string) => boolean;
}

/**
 * Returns the check for one app run (the lockout lives as long as the app). A string that is not
 * a PIN counts as a wrong attempt without being hashed, so junk cannot get round the lockout.
 */
export function createOperatorExit(deps: OperatorExitDeps): (pin: string) => OperatorExitResult {
  let lockout: LockoutState = INITIAL_LOCKOUT;
  const verify = deps.verify ?? verifyPin;
  return (pin) => {
    if (deps.pinHash === null) return { outcome: 'no-pin', retryInS: 0 };
    const hash = deps.pinHash;
    const now = deps.now();
    // A locked screen checks nothing (and spends no scrypt time); recordAttempt answers 'locked'.
    const correct = !lockoutStatus(lockout, now).locked && isValidPin(pin) && verify(pin, hash);
    const next = recordAttempt(lockout, correct, now);
    lockout = next.state;
    if (next.outcome === 'ok') deps.quit();
    return { outcome: next.outcome, retryInS: next.retryInS };
  };
}
