import { useFrame } from '@react-three/fiber';
import { advanceTime } from '../store/advancePlayhead';
import { currentProcedure, useAppStore } from '../store/appStore';
import { playhead } from '../store/playhead';

/** Moves the playhead each frame while playing. Mutates; React hears of it only through the store's timer. */
export function PlaybackDriver() {
  useFrame((_, delta) => {
    const state = useAppStore.getState();
    if (!state.playing) return;
    const next = advanceTime(currentProcedure(state), playhead.timeS, delta, state.speed);
    playhead.timeS = next.timeS;
    // Reaching the end is a one-off event, not a per-frame update.
    if (next.ended) state.pause();
  });
  return null;
}
