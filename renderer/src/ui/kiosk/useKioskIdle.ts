import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { procedureDurationS } from '../../procedure/timeline';
import { currentProcedure, useAppStore } from '../../store/appStore';
import { playhead } from '../../store/playhead';
import {
  type IdleEvent,
  type IdleState,
  idleTransition,
  initialIdleState,
  type KioskPhase,
  warningSecondsLeft,
} from './idleMachine';
import { runCommand } from './runCommand';

/** How often the idle clock looks at the time: enough for a whole-second countdown. */
const TICK_MS = 250;
/** What counts as a visitor being there (click too: switch access and screen readers send only that). */
const INPUT_EVENTS = ['pointerdown', 'click', 'keydown', 'wheel', 'touchstart'] as const;

export interface KioskIdle {
  phase: KioskPhase;
  /** The "Still there?" countdown, 10 … 1; 0 outside it. */
  secondsLeft: number;
  /** The same as any touch: the "Keep looking" button calls it for keyboard users. */
  keepLooking(): void;
}

/**
 * Drives idleMachine.ts with real time and the visitor's input, and carries out its commands through
 * the command registry. React hears only of phase and countdown changes, a few per minute at most.
 * The number of attract loops is written to `data-attract-loops` on `rootRef` (for the soak bench).
 */
export function useKioskIdle(idleSeconds: number, rootRef: RefObject<HTMLElement | null>): KioskIdle {
  const machine = useRef<IdleState>(initialIdleState(Date.now()));
  const loops = useRef(0);
  const [phase, setPhase] = useState<KioskPhase>('active');
  const [secondsLeft, setSecondsLeft] = useState(0);

  const dispatch = useCallback(
    (event: IdleEvent) => {
      const { state, commands } = idleTransition(machine.current, event, idleSeconds);
      machine.current = state;
      for (const id of commands) {
        runCommand(id);
        if (id === 'kioskAttractLoop') {
          loops.current += 1;
          rootRef.current?.setAttribute('data-attract-loops', String(loops.current));
        }
      }
      setPhase(state.phase);
      setSecondsLeft(warningSecondsLeft(state, event.nowMs));
    },
    [idleSeconds, rootRef],
  );

  useEffect(() => {
    const onInput = () => dispatch({ type: 'input', nowMs: Date.now() });
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      const nowMs = Date.now();
      const app = useAppStore.getState();
      if (
        machine.current.phase === 'attract' &&
        !app.playing &&
        playhead.timeS >= procedureDurationS(currentProcedure(app))
      ) {
        dispatch({ type: 'ended', nowMs });
      }
      dispatch({ type: 'tick', nowMs });
    }, TICK_MS);
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
      window.clearInterval(timer);
    };
  }, [dispatch]);

  const keepLooking = useCallback(() => dispatch({ type: 'input', nowMs: Date.now() }), [dispatch]);
  return { phase, secondsLeft, keepLooking };
}
