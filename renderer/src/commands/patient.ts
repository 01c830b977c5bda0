import { MAX_PATIENT_TUMOURS, type PatientTumour } from '../patient/tumourList';
import { currentProcedure } from '../store/appStore';
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
    isEnabled: (ctx) => editableList(ctx).length < MAX_PATIENT_TUMOURS,
  },
  {
    id: 'removePatientTumour',
    labelKey: 'patient.command.removeTumour',
    keys: [],
    perform: (ctx) => removePatientTumourAt(ctx, editableList(ctx).length - 1),
    isEnabled: (ctx) => editableList(ctx).length > 0,
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
    perform: ({ app }) => app.getState().setPatientDialog('picture'),
    isEnabled: notKiosk,
  },
];
