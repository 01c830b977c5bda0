import { describe, expect, it, vi } from 'vitest';
import { createClassroomStore } from '../../../renderer/src/classroom/classroomStore';
import { addPatientTumour, removePatientTumourAt } from '../../../renderer/src/commands/patient';
import { performCommand } from '../../../renderer/src/commands/registry';
import type { CommandContext } from '../../../renderer/src/commands/types';
import { createAppStore, currentProcedure } from '../../../renderer/src/store/appStore';
import { createExploreStore } from '../../../renderer/src/store/exploreStore';

function context(): CommandContext {
  return {
    app: createAppStore(),
    explore: createExploreStore(),
    classroom: createClassroomStore(),
    platform: {
      isDesktop: () => false,
      saveScreenshot: vi.fn(async () => ({ saved: true })),
      printHandout: vi.fn(async () => ({ ok: true })),
      openAudienceWindow: vi.fn(async () => ({ ok: true })),
    },
  };
}

describe('patient commands', () => {
  it('the first change starts from the examples shown; any tumour can be removed', () => {
    const ctx = context();
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
    const ctx = context();
    ctx.app.getState().setMode('kiosk');
    expect(performCommand('makeHandout', ctx)).toBe(false);
    expect(performCommand('savePicture', ctx)).toBe(false);
    expect(ctx.app.getState().patientDialog).toBeNull();
    ctx.app.getState().setMode('standard');
    expect(performCommand('savePicture', ctx)).toBe(true);
    expect(ctx.app.getState().patientDialog).toBe('picture');
  });
});
