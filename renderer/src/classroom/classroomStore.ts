import { create } from 'zustand';
import type { Blank } from './protocol';

export type AudienceWindowStatus = 'closed' | 'opening' | 'open' | 'failed';

/** How this window presents itself to a room. Slow values only. */
export interface ClassroomViewState {
  /** The audience picture blanked to black or white (a lecturer's "B" key), or shown (null). */
  blank: Blank;
  highContrast: boolean;
  /** Side panel, header and controls hidden so the scene fills the window. */
  panelsHidden: boolean;
  /** Full screen asked for (the `F` key, `&fullscreen=1`); the page follows it where the browser allows. */
  fullscreen: boolean;
  /** The console's last attempt to open an audience window. */
  audienceWindow: AudienceWindowStatus;
  /** Audience only: whether a console has been heard from recently. */
  presenterPresent: boolean;
  /** Wall-clock ms when the lecture clock started (console opened, or restarted). */
  lectureStartedAt: number;
}

export interface ClassroomViewActions {
  toggleBlank(colour: 'black' | 'white'): void;
  setHighContrast(on: boolean): void;
  setPanelsHidden(hidden: boolean): void;
  setFullscreen(on: boolean): void;
  setAudienceWindow(status: AudienceWindowStatus): void;
  setPresenterPresent(present: boolean): void;
  restartLectureClock(): void;
}

export type ClassroomStore = ClassroomViewState & ClassroomViewActions;

export const INITIAL_CLASSROOM: ClassroomViewState = {
  blank: null,
  highContrast: false,
  panelsHidden: false,
  fullscreen: false,
  audienceWindow: 'closed',
  presenterPresent: false,
  lectureStartedAt: 0,
};

export function createClassroomStore() {
  return create<ClassroomStore>()((set, get) => ({
    ...INITIAL_CLASSROOM,
    lectureStartedAt: Date.now(),
    // The same key brings the picture back; the other colour's key switches colour.
    toggleBlank: (colour) => set({ blank: get().blank === colour ? null : colour }),
    setHighContrast: (highContrast) => set({ highContrast }),
    setPanelsHidden: (panelsHidden) => set({ panelsHidden }),
    setFullscreen: (fullscreen) => set({ fullscreen }),
    setAudienceWindow: (audienceWindow) => set({ audienceWindow }),
    restartLectureClock: () => set({ lectureStartedAt: Date.now() }),
    setPresenterPresent: (presenterPresent) => {
      if (get().presenterPresent !== presenterPresent) set({ presenterPresent });
    },
  }));
}

export const useClassroomStore = createClassroomStore();
