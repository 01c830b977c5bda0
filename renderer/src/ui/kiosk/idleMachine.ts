// The kiosk's idle and attract behaviour as a pure state machine. Time comes in with every event,
// so tests need no timers; the hook in useKioskIdle.ts feeds it real time and carries out the
// commands it returns through the command registry.

/** Seconds the "Still there?" notice counts down before everything resets. */
export const WARNING_SECONDS = 10;
/** Seconds after the last touch before the camera glides back to the step's own view. */
export const VIEW_RETURN_SECONDS = 20;

export type KioskPhase = 'active' | 'warning' | 'attract';

export interface IdleState {
  phase: KioskPhase;
  /** When the visitor last touched, clicked or pressed a key (ms). */
  lastInputMs: number;
  /** When the "Still there?" notice appeared (ms); meaningful in 'warning' only. */
  warningSinceMs: number;
  /** Whether the camera has been sent back to the step's view since the last input. */
  viewReturned: boolean;
}

import type { KioskCommandId } from '../../commands/kiosk';

export type { KioskCommandId };

export interface Transition {
  state: IdleState;
  commands: KioskCommandId[];
}

export type IdleEvent =
  /** A touch, click or key anywhere (the "Keep looking" button is one too). */
  | { type: 'input'; nowMs: number }
  /** The timer: a few times a second. */
  | { type: 'tick'; nowMs: number }
  /** The procedure reached its end and stopped. */
  | { type: 'ended'; nowMs: number };

export function initialIdleState(nowMs: number): IdleState {
  return { phase: 'active', lastInputMs: nowMs, warningSinceMs: 0, viewReturned: true };
}

const stay = (state: IdleState): Transition => ({ state, commands: [] });

export function idleTransition(state: IdleState, event: IdleEvent, idleSeconds: number): Transition {
  const now = event.nowMs;
  switch (event.type) {
    case 'input':
      if (state.phase === 'attract') {
        // Leaving the attract loop: the visitor starts at step 1, paused, from the default view.
        return {
          state: { phase: 'active', lastInputMs: now, warningSinceMs: 0, viewReturned: true },
          commands: ['kioskLeaveAttract'],
        };
      }
      return {
        state: { phase: 'active', lastInputMs: now, warningSinceMs: 0, viewReturned: false },
        commands: [],
      };

    case 'ended':
      // Attract loops forever; a visitor's own playback just stops at the end.
      return state.phase === 'attract' ? { state, commands: ['kioskAttractLoop'] } : stay(state);

    case 'tick': {
      if (state.phase === 'active') {
        const idleMs = now - state.lastInputMs;
        if (idleMs >= idleSeconds * 1000) {
          return { state: { ...state, phase: 'warning', warningSinceMs: now }, commands: [] };
        }
        if (!state.viewReturned && idleMs >= VIEW_RETURN_SECONDS * 1000) {
          return { state: { ...state, viewReturned: true }, commands: ['kioskReturnView'] };
        }
        return stay(state);
      }
      if (state.phase === 'warning' && now - state.warningSinceMs >= WARNING_SECONDS * 1000) {
        return {
          state: { ...state, phase: 'attract', viewReturned: true },
          commands: ['kioskResetAll', 'kioskAttractLoop'],
        };
      }
      return stay(state);
    }
  }
}

/** Whole seconds left on the "Still there?" countdown (10 … 1), or 0 outside the warning. */
export function warningSecondsLeft(state: IdleState, nowMs: number): number {
  if (state.phase !== 'warning') return 0;
  const left = WARNING_SECONDS - (nowMs - state.warningSinceMs) / 1000;
  return Math.max(0, Math.min(WARNING_SECONDS, Math.ceil(left)));
}
