// What a window shows, for tests only (like scene/debugHook.ts): the app never reads it.
import { readCameraPose } from '../scene/cameraAccess';
import { useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import { playhead } from '../store/playhead';
import { useClassroomStore } from './classroomStore';

function read() {
  const app = useAppStore.getState();
  const explore = useExploreStore.getState();
  const view = useClassroomStore.getState();
  return {
    mode: app.mode,
    procedureId: app.procedureId,
    timeS: playhead.timeS,
    stepIndex: app.stepIndex,
    playing: app.playing,
    xray: explore.xray,
    camera: readCameraPose(),
    blank: view.blank,
    presenterPresent: view.presenterPresent,
  };
}

export type ClassroomProbeState = ReturnType<typeof read>;

if (typeof window !== 'undefined') {
  (window as unknown as { __hepaticClassroom: { read: typeof read } }).__hepaticClassroom = { read };
}
