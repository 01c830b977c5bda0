import { useFrame } from '@react-three/fiber';
import { type FrameSource, type FrameStores, fillFrame, frame } from '../runtime';
import { useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';

const stores: FrameStores = { app: useAppStore, explore: useExploreStore };

/** Priority below every other frame callback: the frame is filled before anything reads it. */
const FIRST = -1;

/** Fills the frame at the start of every frame; everything animated reads `frame` after it. */
export function FrameDriver({ source }: { source: FrameSource }) {
  useFrame((_, delta) => fillFrame(frame, stores, source, delta, performance.now()), FIRST);
  return null;
}
