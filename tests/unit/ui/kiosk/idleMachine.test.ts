import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type IdleEvent,
  type IdleState,
  idleTransition,
  initialIdleState,
  VIEW_RETURN_SECONDS,
  WARNING_SECONDS,
  warningSecondsLeft,
} from '../../../../renderer/src/ui/kiosk/idleMachine';

const IDLE = 90;

/** Feeds events in order; returns the final state and every command asked for, with its time. */
function run(events: IdleEvent[], start = initialIdleState(0), idle = IDLE) {
  let state = start;
  const commands: Array<[number, string]> = [];
  for (const event of events) {
    const t = idleTransition(state, event, idle);
    state = t.state;
    for (const c of t.commands) commands.push([event.nowMs, c]);
  }
  return { state, commands };
}

const ticks = (fromS: number, toS: number, stepS = 0.25): IdleEvent[] => {
  const out: IdleEvent[] = [];
  for (let s = fromS; s <= toS + 1e-9; s += stepS) out.push({ type: 'tick', nowMs: Math.round(s * 1000) });
  return out;
};

describe('idle → "Still there?" → reset → attract', () => {
  it('warns after the idle time, counts down 10 s, then resets and starts the attract loop', () => {
    const { state: warned } = run(ticks(0, IDLE));
    expect(warned.phase).toBe('warning');
    expect(warningSecondsLeft(warned, IDLE * 1000)).toBe(10);
    expect(warningSecondsLeft(warned, IDLE * 1000 + 4500)).toBe(6);
    expect(warningSecondsLeft(warned, IDLE * 1000 + 9999)).toBe(1);

    const { state, commands } = run(ticks(0, IDLE + WARNING_SECONDS));
    expect(state.phase).toBe('attract');
    expect(commands).toEqual([
      [(IDLE + WARNING_SECONDS) * 1000, 'kioskResetAll'],
      [(IDLE + WARNING_SECONDS) * 1000, 'kioskAttractLoop'],
    ]);
  });

  it('not one tick early', () => {
    expect(run(ticks(0, IDLE - 0.25)).state.phase).toBe('active');
    expect(run(ticks(0, IDLE + WARNING_SECONDS - 0.25)).state.phase).toBe('warning');
  });

  it('"Keep looking" (any input) during the countdown cancels it and restarts the idle time', () => {
    const events = [
      ...ticks(0, IDLE + 5),
      { type: 'input', nowMs: (IDLE + 5) * 1000 } as IdleEvent,
      ...ticks(IDLE + 5, IDLE + 30),
    ];
    const { state, commands } = run(events);
    expect(state.phase).toBe('active');
    expect(commands.map(([, c]) => c)).not.toContain('kioskResetAll');
    expect(run([...events, ...ticks(IDLE + 30, 2 * IDLE + 5)]).state.phase).toBe('warning');
  });

  it('the attract loop plays again every time the procedure ends', () => {
    const attract = run(ticks(0, IDLE + WARNING_SECONDS)).state;
    const { state, commands } = run(
      [
        { type: 'ended', nowMs: 200_000 },
        { type: 'tick', nowMs: 200_250 },
        { type: 'ended', nowMs: 300_000 },
      ],
      attract,
    );
    expect(state.phase).toBe('attract');
    expect(commands.map(([, c]) => c)).toEqual(['kioskAttractLoop', 'kioskAttractLoop']);
  });

  it('a visitor reaching the end is not put into a loop', () => {
    expect(run([{ type: 'ended', nowMs: 5000 }]).commands).toEqual([]);
  });

  it('any touch, click or key leaves the attract loop at step 1, paused', () => {
    const attract = run(ticks(0, IDLE + WARNING_SECONDS)).state;
    const { state, commands } = run([{ type: 'input', nowMs: 500_000 }], attract);
    expect(state).toMatchObject({ phase: 'active', lastInputMs: 500_000 });
    expect(commands).toEqual([[500_000, 'kioskLeaveAttract']]);
  });

  it('attract never times out into another reset', () => {
    const attract = run(ticks(0, IDLE + WARNING_SECONDS)).state;
    expect(run(ticks(IDLE + WARNING_SECONDS, 3 * IDLE, 1), attract).commands).toEqual([]);
  });
});

describe('camera back to the step view 20 s after the last touch', () => {
  it('once per touch, and only after a touch', () => {
    const quiet = run(ticks(0, 60));
    expect(quiet.commands).toEqual([]);
    const touched = run([{ type: 'input', nowMs: 1000 }, ...ticks(1, 60)]);
    expect(touched.commands).toEqual([[(1 + VIEW_RETURN_SECONDS) * 1000, 'kioskReturnView']]);
  });
});

describe('properties', () => {
  const event = fc.oneof(
    fc.record({ type: fc.constant('tick' as const), gap: fc.integer({ min: 0, max: 5000 }) }),
    fc.record({ type: fc.constant('input' as const), gap: fc.integer({ min: 0, max: 5000 }) }),
    fc.record({ type: fc.constant('ended' as const), gap: fc.integer({ min: 0, max: 5000 }) }),
  );

  it('resets only after idle + countdown without input; loops only in attract', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), fc.integer({ min: 5, max: 120 }), (steps, idle) => {
        let state: IdleState = initialIdleState(0);
        let now = 0;
        for (const step of steps) {
          now += step.gap;
          const before = state;
          const t = idleTransition(state, { type: step.type, nowMs: now }, idle);
          if (t.commands.includes('kioskResetAll')) {
            expect(before.phase).toBe('warning');
            expect(now - before.lastInputMs).toBeGreaterThanOrEqual((idle + WARNING_SECONDS) * 1000);
          }
          if (t.commands.includes('kioskAttractLoop')) expect(t.state.phase).toBe('attract');
          if (step.type === 'input') expect(t.state.phase).toBe('active');
          state = t.state;
        }
      }),
    );
  });
});
