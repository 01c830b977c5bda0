import {
  isPatientSegment,
  isValidDiameter,
  MAX_PATIENT_TUMOURS,
  PATIENT_SEGMENTS,
  type PatientTumour,
} from '../patient/tumourList';
import { currentProcedure } from '../store/appStore';
import { patientDialogCommands } from './patientDialogs';
import type { Command, CommandContext } from './types';

/** The list being edited: the patient's own, or a copy of the examples the first time it changes. */
function editableList(ctx: CommandContext): PatientTumour[] {
  const state = ctx.app.getState();
  if (state.patientTumours) return [...state.patientTumours];
  return currentProcedure(state).tumours.map((t) => ({
    segment: t.segment,
    diameterMm: Math.min(150, Math.max(5, t.diameterMm)),
  }));
}

export function addPatientTumour(ctx: CommandContext, tumour: PatientTumour): void {
  const list = editableList(ctx);
  if (list.length >= MAX_PATIENT_TUMOURS) return;
  ctx.app.getState().setPatientTumours([...list, { ...tumour }]);
}

export function removePatientTumourAt(ctx: CommandContext, index: number): void {
  const list = editableList(ctx);
  if (index < 0 || index >= list.length) return;
  list.splice(index, 1);
  ctx.app.getState().setPatientTumours(list);
}

const notKiosk = ({ app }: CommandContext) => app.getState().mode !== 'kiosk';

/** With the patient: their tumours, the gentle view, what to expect, a handout and a picture to keep. */
export const patientCommands: readonly Command[] = [
  {
    id: 'addPatientTumour',
    labelKey: 'patient.command.addTumour',
    keys: [],
    perform: (ctx) => addPatientTumour(ctx, ctx.app.getState().patientDraft),
    // The draft's size is what was typed, so it may be out of range until corrected.
    isEnabled: (ctx) =>
      editableList(ctx).length < MAX_PATIENT_TUMOURS &&
      isValidDiameter(ctx.app.getState().patientDraft.diameterMm),
  },
  {
    id: 'removePatientTumour',
    labelKey: 'patient.command.removeTumour',
    keys: [],
    // The tumour's index in the list; without one, the last.
    args: (ctx) => editableList(ctx).map((_, i) => i),
    perform: (ctx, arg) =>
      removePatientTumourAt(ctx, typeof arg === 'number' ? arg : editableList(ctx).length - 1),
    isEnabled: (ctx, arg) => {
      const length = editableList(ctx).length;
      return arg === undefined ? length > 0 : typeof arg === 'number' && arg >= 0 && arg < length;
    },
  },
  {
    id: 'choosePatientSegment',
    labelKey: 'patient.panel.segment',
    keys: [],
    args: () => PATIENT_SEGMENTS,
    perform: ({ app }, arg) => {
      const draft = app.getState().patientDraft;
      if (typeof arg === 'string' && isPatientSegment(arg))
        app.getState().setPatientDraft({ ...draft, segment: arg });
    },
    isPressed: ({ app }, arg) => app.getState().patientDraft.segment === arg,
  },
  {
    id: 'togglePickSegment',
    labelKey: 'patient.panel.pick',
    pressedLabelKey: 'patient.panel.pickActive',
    keys: [],
    perform: ({ app }) =>
      app.getState().setPatientPick({ picking: !app.getState().patientPick.picking, missed: false }),
    isPressed: ({ app }) => app.getState().patientPick.picking,
  },
  {
    id: 'showNoPatientTumours',
    labelKey: 'patient.panel.showNone',
    keys: [],
    perform: ({ app }) => app.getState().setPatientTumours([]),
    isEnabled: ({ app }) => currentProcedure(app.getState()).tumours.length > 0,
  },
  {
    id: 'useExampleTumours',
    labelKey: 'patient.panel.useExamples',
    keys: [],
    perform: ({ app }) => app.getState().setPatientTumours(null),
    isEnabled: ({ app }) => app.getState().patientTumours !== null,
  },
  {
    id: 'togglePatientView',
    labelKey: 'patient.command.toggleView',
    keys: [],
    perform: ({ app }) => app.getState().setPatientView(!app.getState().patientView),
    isPressed: ({ app }) => app.getState().patientView,
  },
  {
    id: 'showWhatToExpect',
    labelKey: 'patient.command.whatToExpect',
    keys: [],
    perform: ({ app }) => app.getState().setPatientDialog('expect'),
  },
  {
    id: 'makeHandout',
    labelKey: 'patient.command.handout',
    keys: [],
    perform: ({ app }) => app.getState().setPatientDialog('handout'),
    isEnabled: notKiosk,
  },
  {
    id: 'savePicture',
    labelKey: 'patient.command.savePicture',
    keys: [],
    perform: ({ app }) => {
      // Each picture starts from the view's size on its own background.
      app.getState().setPatientPicture({ scale: 1, transparent: false });
      app.getState().setPatientDialog('picture');
    },
    isEnabled: notKiosk,
  },
  ...patientDialogCommands,
];
