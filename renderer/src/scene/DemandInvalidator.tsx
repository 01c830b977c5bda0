import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import { pictureMoving } from './pictureMoving';

/**
 * The canvas renders on demand: while nothing moves, no frame is drawn, which leaves a
 * projector laptop or a kiosk PC cool and quiet. Any change a person makes asks for a frame;
 * playback and camera glides keep asking until they are done. Mounted last, so it sees the
 * camera rig's verdict for this frame.
 */
export function DemandInvalidator() {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const stopApp = useAppStore.subscribe(() => invalidate());
    const stopExplore = useExploreStore.subscribe(() => invalidate());
    return () => {
      stopApp();
      stopExplore();
    };
  }, [invalidate]);
  useFrame(() => {
    if (pictureMoving()) invalidate();
  });
  return null;
}
