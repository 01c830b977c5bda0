import { useAppStore } from '../../store/appStore';
import { useExploreStore } from '../../store/exploreStore';
import { playhead } from '../../store/playhead';

/** What the kiosk shows, read on demand for browser tests and the soak bench (`window.__kiosk`). */
export function kioskSnapshot() {
  const app = useAppStore.getState();
  const explore = useExploreStore.getState();
  return {
    procedureId: app.procedureId,
    stepIndex: app.stepIndex,
    timeS: playhead.timeS,
    playing: app.playing,
    followSteps: app.followSteps,
    selected: explore.selected,
    exploreCleared:
      explore.selected === null &&
      explore.focus === null &&
      explore.hidden.size === 0 &&
      explore.isolated.size === 0 &&
      !explore.xray &&
      !explore.segmentTint &&
      explore.cut.axis === null &&
      Object.keys(explore.opacity).length === 0,
  };
}

export function installKioskProbe(): void {
  if (typeof window !== 'undefined') {
    (window as unknown as { __kiosk: { snapshot: typeof kioskSnapshot } }).__kiosk = {
      snapshot: kioskSnapshot,
    };
  }
}
