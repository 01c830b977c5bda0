import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/src/store/appStore';
import { startUrlSync } from '../../../renderer/src/store/urlSync';

/** The little of `window` the link uses: the hash, replaceState, and the hashchange listener. */
function fakeWindow() {
  const writes: string[] = [];
  const win = {
    location: { hash: '' },
    history: {
      replaceState: (_state: unknown, _title: string, hash: string) => {
        writes.push(hash);
        win.location.hash = hash;
      },
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { win, writes };
}

let stop: () => void = () => {};
let writes: string[];

beforeEach(() => {
  vi.useFakeTimers();
  const fake = fakeWindow();
  writes = fake.writes;
  vi.stubGlobal('window', fake.win);
  useAppStore.getState().pause();
  useAppStore.getState().seek(0);
  stop = startUrlSync();
  writes.length = 0;
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the address follows the store', () => {
  it('writes a paused seek at once', () => {
    useAppStore.getState().seek(120);
    expect(writes.at(-1)).toContain('t=120');
  });

  it('while playing, writes the playhead at most every two seconds, and at once on pause', () => {
    useAppStore.getState().play();
    const afterPlay = writes.length;
    for (let i = 1; i <= 10; i++) {
      useAppStore.getState().seek(i * 10);
      vi.advanceTimersByTime(100);
    }
    // Ten publishes in one second: none written yet.
    expect(writes.length).toBe(afterPlay);
    vi.advanceTimersByTime(1000);
    expect(writes.length).toBe(afterPlay + 1);
    expect(writes.at(-1)).toContain('t=100');
    useAppStore.getState().seek(300);
    useAppStore.getState().pause();
    expect(writes.at(-1)).toContain('t=300');
  });
});
