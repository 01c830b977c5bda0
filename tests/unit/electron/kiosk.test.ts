import type { PowerSaveBlocker } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { keepDisplayAwake, releaseDisplay } from '../../../electron/main/kiosk';

function fakeBlocker() {
  const started = new Set<number>();
  return {
    start: vi.fn(() => {
      started.add(7);
      return 7;
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: vi.fn((id: number) => started.has(id)),
  };
}

describe('keepDisplayAwake', () => {
  it('kiosk keeps the display (not just the system) awake', () => {
    const blocker = fakeBlocker();
    expect(keepDisplayAwake(blocker as unknown as PowerSaveBlocker, 'kiosk')).toBe(7);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });

  it.each(['standard', 'presenter'] as const)('%s lets the display sleep', (mode) => {
    const blocker = fakeBlocker();
    expect(keepDisplayAwake(blocker as unknown as PowerSaveBlocker, mode)).toBeNull();
    expect(blocker.start).not.toHaveBeenCalled();
  });

  it('releases what it started, and nothing else', () => {
    const blocker = fakeBlocker();
    const id = keepDisplayAwake(blocker as unknown as PowerSaveBlocker, 'kiosk');
    releaseDisplay(blocker as unknown as PowerSaveBlocker, id);
    expect(blocker.stop).toHaveBeenCalledWith(7);
    releaseDisplay(blocker as unknown as PowerSaveBlocker, null);
    expect(blocker.stop).toHaveBeenCalledTimes(1);
  });
});
