import { create, type StateCreator, type StoreApi } from 'zustand';

/**
 * A zustand middleware that merges a partial state with a spread instead of zustand's own
 * `Object.assign({}, state, partial)`. Both give the same new state object, but Object.assign adds
 * the fields one by one to an empty object, and past 16 fields V8 turns that object into a hash
 * table: the app store's ~60 fields then cost ~1.5 KB of garbage on every set, including the ten
 * playhead publishes a second during playback, and every selector reads a slow hash table. A spread
 * of a state of the same shape copies it in one step (one object of about 260 bytes) and keeps it fast.
 * Replaces `api.setState` too, so `useStore.setState(...)` from outside merges the same way.
 */
export function spreadMerge<T extends object>(creator: StateCreator<T>): StateCreator<T> {
  return (set, get, api) => {
    const setState = ((partial: T | Partial<T> | ((state: T) => T | Partial<T>), replace?: boolean) => {
      const current = get();
      const next = typeof partial === 'function' ? partial(current) : partial;
      // As zustand: the same state again changes nothing and tells no listener.
      if (Object.is(next, current)) return;
      if (replace || typeof next !== 'object' || next === null) set(next as T, true);
      else set({ ...current, ...next }, true);
    }) as StoreApi<T>['setState'];
    api.setState = setState;
    return creator(setState, get, api);
  };
}

/** zustand's `create<T>()(creator)`, merging with spreadMerge. */
export function createSpreadMerged<T extends object>() {
  return (creator: StateCreator<T>) => create<T>()(spreadMerge(creator));
}
