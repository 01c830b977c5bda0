import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { frame } from '../../runtime';
import { useAppStore } from '../../store/appStore';
import { ADAPTIVE, nextPixelRatio } from './pixelRatio';

/** A gap this long is a pause between bursts of frames, not a slow frame. */
const GAP_MS = 2000;

/**
 * Lowers or raises the canvas's pixel ratio from the frame times while the picture moves
 * (playing, or the camera gliding). On-demand frames after a click are sporadic and say nothing
 * about the frame rate, so they are not counted. Mounted only where adapting is wanted.
 */
export function AdaptiveResolution({ max }: { max: number }) {
  const setDpr = useThree((s) => s.setDpr);
  const samples = useRef(new Float64Array(ADAPTIVE.window));
  const state = useRef({ count: 0, last: -1, ratio: max });
  useFrame(() => {
    const now = performance.now();
    const s = state.current;
    const moving = useAppStore.getState().playing || !frame.camera.settled;
    const previous = s.last;
    s.last = moving ? now : -1;
    if (!moving || previous < 0 || now - previous > GAP_MS) return;
    samples.current[s.count++] = now - previous;
    if (s.count < ADAPTIVE.window) return;
    s.count = 0;
    const sorted = samples.current.sort();
    const median = ((sorted[(ADAPTIVE.window - 1) >> 1] ?? 0) + (sorted[ADAPTIVE.window >> 1] ?? 0)) / 2;
    const next = nextPixelRatio(s.ratio, median, max);
    if (next !== s.ratio) {
      s.ratio = next;
      setDpr(next);
    }
  });
  return null;
}
