import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { pictureMoving } from '../pictureMoving';
import { ADAPTIVE, minPixelRatio, nextPixelRatio, windowMedian } from './pixelRatio';

/**
 * A gap this long is a pause (a hidden window, a stalled machine), not a frame: slower than any
 * frame worth adapting to, yet a 4 s frame on a very slow machine still counts.
 */
const GAP_MS = 10_000;
/** A window also ends after this much time, with at least `MIN_SAMPLES`: a slow machine adapts in seconds, not minutes. */
const WINDOW_MS = 2000;
const MIN_SAMPLES = 3;

/**
 * Lowers or raises the canvas's pixel ratio from the frame times while the picture moves
 * (playing, or the camera gliding). On-demand frames after a click are sporadic and say nothing
 * about the frame rate, so they are not counted. Mounted only where adapting is wanted.
 */
export function AdaptiveResolution({ max }: { max: number }) {
  const setDpr = useThree((s) => s.setDpr);
  const size = useThree((s) => s.size);
  const samples = useRef(new Float64Array(ADAPTIVE.window));
  const state = useRef({ count: 0, last: -1, ratio: max, elapsed: 0 });
  useFrame(() => {
    const now = performance.now();
    const s = state.current;
    const moving = pictureMoving();
    const previous = s.last;
    s.last = moving ? now : -1;
    if (!moving || previous < 0 || now - previous > GAP_MS) return;
    samples.current[s.count++] = now - previous;
    s.elapsed += now - previous;
    if (s.count < ADAPTIVE.window && !(s.count >= MIN_SAMPLES && s.elapsed >= WINDOW_MS)) return;
    const median = windowMedian(samples.current, s.count);
    s.count = 0;
    s.elapsed = 0;
    const next = nextPixelRatio(s.ratio, median, max, minPixelRatio(size.width, size.height));
    if (next !== s.ratio) {
      s.ratio = next;
      setDpr(next);
    }
  });
  return null;
}
