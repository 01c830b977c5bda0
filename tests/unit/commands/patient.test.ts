import { describe, expect, it } from 'vitest';
import { addPatientTumour, removePatientTumourAt } from '../../../renderer/src/commands/patient';
import { performCommand } from '../../../renderer/src/commands/registry';
import { reportPick } from '../../../renderer/src/patient/pickState';
import { currentProcedure } from '../../../renderer/src/store/appStore';
import { commandTestContext } from './testContext';

describe('patient commands', () => {
  it('the first change starts from the examples shown; any tumour can be removed', () => {
    const ctx = commandTestContext();
    const examples = currentProcedure(ctx.app.getState()).tumours.length;
    addPatientTumour(ctx, { segment: 'VI', diameterMm: 60 });
    const list = ctx.app.getState().patientTumours ?? [];
    expect(list).toHaveLength(examples + 1);
    expect(list.at(-1)).toEqual({ segment: 'VI', diameterMm: 60 });
    removePatientTumourAt(ctx, 0);
    expect(ctx.app.getState().patientTumours).toEqual(list.slice(1));
    removePatientTumourAt(ctx, 99);
    expect(ctx.app.getState().patientTumours).toEqual(list.slice(1));
  });

  it('handout and picture are refused in kiosk mode', () => {
    const ctx = commandTestContext();
    ctx.app.getState().setMode('kiosk');
    expect(performCommand('makeHandout', ctx)).toBe(false);
    expect(performCommand('savePicture', ctx)).toBe(false);
    expect(ctx.app.getState().patientDialog).toBeNull();
    ctx.app.getState().setMode('standard');
    expect(performCommand('savePicture', ctx)).toBe(true);
    expect(ctx.app.getState().patientDialog).toBe('picture');
  });

  it('the draft: segment from the list or a click on the liver, size only within range', () => {
    const ctx = commandTestContext();
    const app = () => ctx.app.getState();
    expect(performCommand('choosePatientSegment', ctx, 'II')).toBe(true);
    expect(app().patientDraft.segment).toBe('II');
    performCommand('choosePatientSegment', ctx, 'IX');
    expect(app().patientDraft.segment).toBe('II');
    performCommand('togglePickSegment', ctx);
    reportPick(ctx.app, null);
    expect(app().patientPick).toEqual({ picking: true, missed: true });
    reportPick(ctx.app, 'VII');
    expect(app().patientPick).toEqual({ picking: false, missed: false });
    expect(app().patientDraft.segment).toBe('VII');
    app().setPatientDraft({ segment: 'VII', diameterMm: Number.NaN });
    expect(performCommand('addPatientTumour', ctx)).toBe(false);
    app().setPatientDraft({ segment: 'VII', diameterMm: 40 });
    expect(performCommand('addPatientTumour', ctx)).toBe(true);
    expect(app().patientTumours?.at(-1)).toEqual({ segment: 'VII', diameterMm: 40 });
  });

  it('the picture dialog: size and background choices, saving refused while closed, closing', () => {
    const ctx = commandTestContext();
    const app = () => ctx.app.getState();
    expect(performCommand('savePictureNow', ctx)).toBe(false);
    performCommand('savePicture', ctx);
    performCommand('choosePictureScale', ctx, 2);
    performCommand('togglePictureTransparent', ctx);
    expect(app().patientPicture).toEqual({ scale: 2, transparent: true, saving: false });
    performCommand('closePatientDialog', ctx);
    expect(app().patientDialog).toBeNull();
    expect(performCommand('closePatientDialog', ctx)).toBe(false);
  });
});
