import { DEFAULT_LANGUAGE, type Language } from '../../../electron/shared/languages';
import type { Mode } from '../../../electron/shared/launchOptions';
import type { PaletteId } from '../anatomy/palette';
import { withPatientTumours } from '../patient/patientProcedure';
import type { PatientTumour } from '../patient/tumourList';
import {
  buildCatalogue,
  PROCEDURE_IDS,
  type ProcedureCatalogue,
  type ProcedureId,
} from '../procedure/registry';
import type { Procedure } from '../procedure/schema';
import { stepSettledS } from '../procedure/settledTime';
import { procedureDurationS, stepIndexAt } from '../procedure/timeline';
import { playhead } from './playhead';
import { createSpreadMerged } from './spreadMerge';

export const PLAYBACK_SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** The side panel's tabs, in order. */
export const PANEL_TABS = ['steps', 'explore', 'charts', 'parameters', 'patient'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** What a person changes. Per-frame values live in `playhead`, not here. */
export interface AppState {
  catalogue: ProcedureCatalogue;
  procedureId: ProcedureId;
  /** standard, presenter or kiosk: from the desktop app's flags and config, or the page's ?mode=. */
  mode: Mode;
  /** The language chosen (switch, `&lang=`, remembered on the desktop); i18n/languageSync loads and applies it. */
  language: Language;
  /** The language the app opened in (desktop: remembered or configured); a kiosk reset returns to it. */
  homeLanguage: Language;
  /** Procedure time in seconds, mirrored from the playhead a few times a second and on every seek. */
  timeS: number;
  stepIndex: number;
  playing: boolean;
  speed: PlaybackSpeed;
  labels: boolean;
  followSteps: boolean;
  /** Bumped to ask the camera to go back to the current step's bookmark. */
  cameraResetCount: number;
  notices: string[];
  /** Physiology parameters a clinician changed, per procedure; the rest keep their defaults. */
  physiologyOverrides: Record<ProcedureId, Readonly<Record<string, number>>>;
  /** The patient's tumours, replacing the procedure's own; null shows the procedure's example tumours. */
  patientTumours: readonly PatientTumour[] | null;
  /** The gentle view for patients: no numbers, softer colour, plain captions (?mode=patient or a toggle). */
  patientView: boolean;
  /** The tumour the Patient panel will add next. */
  patientDraft: PatientTumour;
  /** Which patient dialog is open: save picture, what to expect, the handout, or the closing summary. */
  patientDialog: PatientDialog | null;
  /** Choosing the draft's segment by clicking the liver; `missed` once a click fell outside it. */
  patientPick: { picking: boolean; missed: boolean };
  /** The picture dialog's choices: the view's size or twice it, background or none; `saving` while it saves. */
  patientPicture: PatientPictureOptions;
  /** The side panel's open tab. */
  panel: PanelTab;
  referencesOpen: boolean;
  /** Bumped to ask for the procedure file picker (the file input opens it). */
  procedureFileRequests: number;
  /** The scene's and charts' colours: the illustration convention, or one safe for colour-blind viewers. */
  palette: PaletteId;
  /** Less motion asked for in the app (the system's prefers-reduced-motion counts as well). */
  reduceMotion: boolean;
}

export type PatientDialog = 'picture' | 'expect' | 'handout' | 'closing';

export interface PatientPictureOptions {
  scale: 1 | 2;
  transparent: boolean;
  saving: boolean;
}

export interface AppActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  seek(timeS: number): void;
  goToStep(index: number): void;
  nextStep(): void;
  previousStep(): void;
  setSpeed(speed: PlaybackSpeed): void;
  setProcedure(id: ProcedureId): void;
  setLabels(on: boolean): void;
  setFollowSteps(on: boolean): void;
  resetView(): void;
  /** Replaces one procedure (a file the person loaded); the caller has validated it. */
  replaceProcedure(id: ProcedureId, procedure: Procedure): void;
  /** Sets validated physiology parameters for the current procedure (merged onto earlier changes). */
  setPhysiologyParams(values: Readonly<Record<string, number>>): void;
  resetPhysiologyParams(): void;
  setMode(mode: Mode): void;
  setLanguage(language: Language): void;
  /** Opens in this language and makes it the one a kiosk reset returns to. */
  setHomeLanguage(language: Language): void;
  setPatientTumours(tumours: readonly PatientTumour[] | null): void;
  setPatientView(on: boolean): void;
  setPatientDraft(draft: PatientTumour): void;
  setPatientDialog(dialog: PatientDialog | null): void;
  setPatientPick(pick: { picking: boolean; missed: boolean }): void;
  setPatientPicture(options: Partial<PatientPictureOptions>): void;
  setPanel(panel: PanelTab): void;
  setReferencesOpen(open: boolean): void;
  requestProcedureFile(): void;
  setPalette(palette: PaletteId): void;
  setReduceMotion(on: boolean): void;
  addNotice(message: string): void;
  dismissNotice(index: number): void;
  /** Copies the playhead into the store; the frame driver calls it at most 10 times a second. */
  publishPlayhead(): void;
}

export type AppStore = AppState & AppActions;

/** The procedure in use, with the patient's tumours when they have been set. */
export function currentProcedure(
  state: Pick<AppState, 'catalogue' | 'procedureId'> & Partial<Pick<AppState, 'patientTumours'>>,
): Procedure {
  return withPatientTumours(state.catalogue.procedures[state.procedureId], state.patientTumours ?? null);
}

export function createAppStore(catalogue: ProcedureCatalogue = buildCatalogue({})) {
  return createSpreadMerged<AppStore>()((set, get) => {
    const seek = (timeS: number) => {
      const procedure = currentProcedure(get());
      const duration = procedureDurationS(procedure);
      const clamped = Math.min(duration, Math.max(0, Number.isFinite(timeS) ? timeS : 0));
      playhead.timeS = clamped;
      set({ timeS: clamped, stepIndex: stepIndexAt(procedure, clamped) });
    };
    return {
      catalogue,
      procedureId: PROCEDURE_IDS[0],
      mode: 'standard',
      language: DEFAULT_LANGUAGE,
      homeLanguage: DEFAULT_LANGUAGE,
      timeS: 0,
      stepIndex: 0,
      playing: false,
      speed: 1,
      labels: true,
      followSteps: true,
      cameraResetCount: 0,
      notices: [...catalogue.errors],
      physiologyOverrides: Object.fromEntries(PROCEDURE_IDS.map((id) => [id, {}])) as Record<
        ProcedureId,
        Readonly<Record<string, number>>
      >,
      panel: 'steps',
      referencesOpen: false,
      procedureFileRequests: 0,
      patientTumours: null,
      patientView: false,
      patientDraft: { segment: 'VI', diameterMm: 30 },
      patientDialog: null,
      patientPick: { picking: false, missed: false },
      patientPicture: { scale: 1, transparent: false, saving: false },
      palette: 'standard',
      reduceMotion: false,

      play: () => {
        const procedure = currentProcedure(get());
        // Playing from the very end starts again, as a person expects from a media player.
        if (playhead.timeS >= procedureDurationS(procedure)) seek(0);
        set({ playing: true });
      },
      pause: () => {
        set({ playing: false });
        get().publishPlayhead();
      },
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      seek,
      // A chosen step shows its outcome (its settled moment); playing through it shows the change.
      goToStep: (index) => seek(stepSettledS(currentProcedure(get()), index)),
      nextStep: () => {
        const { stepIndex } = get();
        const procedure = currentProcedure(get());
        if (stepIndex < procedure.steps.length - 1) seek(stepSettledS(procedure, stepIndex + 1));
        else seek(procedureDurationS(procedure));
      },
      previousStep: () => {
        const procedure = currentProcedure(get());
        const { stepIndex } = get();
        // Like a media player: well past a step's settled moment, "previous" goes back to it.
        const pastSettled = playhead.timeS - stepSettledS(procedure, stepIndex);
        const target = pastSettled > 30 || stepIndex === 0 ? stepIndex : stepIndex - 1;
        seek(stepSettledS(procedure, target));
      },
      setSpeed: (speed) => set({ speed }),
      setProcedure: (id) => {
        if (id === get().procedureId) return;
        set({ procedureId: id, followSteps: true });
        seek(0);
      },
      setLabels: (labels) => set({ labels }),
      setFollowSteps: (followSteps) => set({ followSteps }),
      resetView: () => set((s) => ({ followSteps: true, cameraResetCount: s.cameraResetCount + 1 })),
      replaceProcedure: (id, procedure) => {
        set((s) => ({
          catalogue: { ...s.catalogue, procedures: { ...s.catalogue.procedures, [id]: procedure } },
        }));
        seek(get().procedureId === id ? 0 : get().timeS);
      },
      setPhysiologyParams: (values) =>
        set((s) => ({
          physiologyOverrides: {
            ...s.physiologyOverrides,
            [s.procedureId]: { ...s.physiologyOverrides[s.procedureId], ...values },
          },
        })),
      resetPhysiologyParams: () =>
        set((s) => ({ physiologyOverrides: { ...s.physiologyOverrides, [s.procedureId]: {} } })),
      setMode: (mode) => set(mode === 'patient' ? { mode, patientView: true } : { mode }),
      setLanguage: (language) => set({ language }),
      setHomeLanguage: (language) => set({ language, homeLanguage: language }),
      setPatientTumours: (patientTumours) => set({ patientTumours }),
      setPatientView: (patientView) => set({ patientView }),
      setPatientDraft: (patientDraft) => set({ patientDraft }),
      setPatientDialog: (patientDialog) => set({ patientDialog }),
      setPatientPick: (patientPick) => set({ patientPick }),
      setPatientPicture: (options) => set((s) => ({ patientPicture: { ...s.patientPicture, ...options } })),
      setPanel: (panel) => set({ panel }),
      setReferencesOpen: (referencesOpen) => set({ referencesOpen }),
      requestProcedureFile: () => set((s) => ({ procedureFileRequests: s.procedureFileRequests + 1 })),
      setPalette: (palette) => set({ palette }),
      setReduceMotion: (reduceMotion) => set({ reduceMotion }),
      addNotice: (message) => set((s) => ({ notices: [...s.notices, message] })),
      dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
      publishPlayhead: () => {
        const timeS = playhead.timeS;
        if (timeS === get().timeS) return;
        const stepIndex = stepIndexAt(currentProcedure(get()), timeS);
        set(stepIndex === get().stepIndex ? { timeS } : { timeS, stepIndex });
      },
    };
  });
}

export const useAppStore = createAppStore();
