import { describe, expect, it, vi } from 'vitest';
import { createSpreadMerged } from '../../../renderer/src/store/spreadMerge';

interface Counter {
  count: number;
  label: string;
  bump(): void;
}

const makeStore = () =>
  createSpreadMerged<Counter>()((set) => ({
    count: 0,
    label: 'a',
    bump: () => set((s) => ({ count: s.count + 1 })),
  }));

describe('spreadMerge', () => {
  it('merges a partial state into a new state object, as zustand does', () => {
    const store = makeStore();
    const before = store.getState();
    store.setState({ label: 'b' });
    const after = store.getState();
    expect(after).not.toBe(before);
    expect(after.label).toBe('b');
    expect(after.count).toBe(0);
    expect(after.bump).toBe(before.bump);
    expect(before.label).toBe('a');
  });

  it('passes the current state to a function partial', () => {
    const store = makeStore();
    store.getState().bump();
    store.getState().bump();
    expect(store.getState().count).toBe(2);
  });

  it('tells listeners the new and the previous state', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getState();
    store.setState({ count: 5 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(store.getState(), before);
  });

  it('changes nothing and tells nobody when the same state comes back', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getState();
    store.setState((s) => s);
    expect(store.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('replaces the whole state when asked', () => {
    const store = makeStore();
    const bump = store.getState().bump;
    store.setState({ count: 9, label: 'z', bump }, true);
    expect(store.getState()).toEqual({ count: 9, label: 'z', bump });
  });
});
