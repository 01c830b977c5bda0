import { useLayoutEffect } from 'react';
import { useAppStore } from '../store/appStore';

/**
 * Calls `write` with the store's playhead time now and each time the store publishes a new one
 * (10 times a second while playing), outside React: a clock or a slider writes its own DOM instead
 * of re-rendering. Pass `write` memoised; a new one writes the current time again.
 */
export function usePlayheadWriter(write: (timeS: number) => void): void {
  useLayoutEffect(() => {
    let written = Number.NaN;
    const update = (timeS: number) => {
      if (timeS === written) return;
      written = timeS;
      write(timeS);
    };
    update(useAppStore.getState().timeS);
    return useAppStore.subscribe((state) => update(state.timeS));
  }, [write]);
}
