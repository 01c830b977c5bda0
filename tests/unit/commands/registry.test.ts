import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  commandForKey,
  performCommand,
  sceneCommandForKey,
} from '../../../renderer/src/commands/registry';
import type { CommandContext } from '../../../renderer/src/commands/types';
import { parameterDefinitions } from '../../../renderer/src/physiology';
import { PROCEDURE_IDS } from '../../../renderer/src/procedure/registry';
import { currentProcedure } from '../../../renderer/src/store/appStore';
import { commandTestContext } from './testContext';

/** Puts a fresh context in a state where a command that starts disabled can run. */
const PREPARE: Record<string, (ctx: CommandContext) => void> = {
  setCutOffset: (ctx) => ctx.explore.getState().setCutAxis('axial'),
  setCutTurn: (ctx) => ctx.explore.getState().setCutAxis('free'),
  setCutTilt: (ctx) => ctx.explore.getState().setCutAxis('free'),
  focusStructure: (ctx) => ctx.explore.getState().pick('aorta', 'scene'),
  stopStructures: (ctx) => ctx.explore.getState().pick('aorta', 'scene'),
  resetParameters: (ctx) => {
    const first = parameterDefinitions(currentProcedure(ctx.app.getState()))[0];
    if (first) ctx.app.getState().setPhysiologyParams({ [first.name]: first.max });
  },
  useExampleTumours: (ctx) => ctx.app.getState().setPatientTumours([]),
  closePatientDialog: (ctx) => ctx.app.getState().setPatientDialog('expect'),
  savePictureNow: (ctx) => ctx.app.getState().setPatientDialog('picture'),
  printHandout: (ctx) => ctx.app.getState().setPatientDialog('handout'),
  saveHandoutPdf: (ctx) => {
    ctx.app.getState().setPatientDialog('handout');
    ctx.platform.isDesktop = () => true;
  },
};

/** Commands whose whole effect is asking the desktop shell (or browser) to act: it must be asked. */
const SHELL_ONLY: Record<string, (ctx: CommandContext) => unknown> = {
  printHandout: (ctx) => ctx.platform.printHandout,
  saveHandoutPdf: (ctx) => ctx.platform.saveHandoutPdf,
};

describe('command registry', () => {
  it('maps the documented keys', () => {
    expect(commandForKey(' ')?.id).toBe('togglePlay');
    expect(commandForKey('ArrowLeft')?.id).toBe('previousStep');
    expect(commandForKey('ArrowRight')?.id).toBe('nextStep');
    expect(commandForKey('PageDown')?.id).toBe('nextStep');
    expect(commandForKey('Home')?.id).toBe('start');
    expect(commandForKey('End')?.id).toBe('end');
    expect(commandForKey('q')).toBeUndefined();
    expect(commandForKey('d')?.id).toBe('describeView');
  });

  it('gives the arrows, Tab, brackets, Enter and Escape to the 3D view only while it has focus', () => {
    expect(sceneCommandForKey('ArrowLeft')?.id).toBe('orbitLeft');
    expect(sceneCommandForKey('Shift+ArrowUp')?.id).toBe('panUp');
    expect(sceneCommandForKey('+')?.id).toBe('zoomIn');
    expect(sceneCommandForKey('-')?.id).toBe('zoomOut');
    expect(sceneCommandForKey(']')?.id).toBe('nextStructure');
    expect(sceneCommandForKey('Shift+Tab')?.id).toBe('previousStructure');
    expect(sceneCommandForKey('Enter')?.id).toBe('focusStructure');
    expect(sceneCommandForKey('Escape')?.id).toBe('stopStructures');
    expect(sceneCommandForKey('x')).toBeUndefined();
    for (const key of ['Tab', 'Enter', 'Escape', '[', ']', 'ArrowUp', '+'])
      expect(commandForKey(key), key).toBeUndefined();
  });

  it('gives each key to one command only (in the window, and in the 3D view), and each id to one command', () => {
    for (const scope of [undefined, 'scene']) {
      const keys = COMMANDS.filter((c) => c.scope === scope).flatMap((c) => c.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
  });

  it('performs every command against the context it is given, never a global store', () => {
    for (const command of COMMANDS.filter((c) => !c.args)) {
      const ctx = commandTestContext();
      // A command disabled in a fresh app is first given something to act on.
      if (command.isEnabled && !command.isEnabled(ctx)) {
        const prepare = PREPARE[command.id];
        expect(prepare, `${command.id} is disabled at start and the test cannot enable it`).toBeDefined();
        prepare?.(ctx);
      }
      const before = {
        app: ctx.app.getState(),
        explore: ctx.explore.getState(),
        classroom: ctx.classroom.getState(),
      };
      const pressedBefore = command.isPressed?.(ctx);
      expect(performCommand(command.id, ctx), command.id).toBe(true);
      const after = {
        app: ctx.app.getState(),
        explore: ctx.explore.getState(),
        classroom: ctx.classroom.getState(),
      };
      const shell = SHELL_ONLY[command.id];
      if (shell) expect(shell(ctx), command.id).toHaveBeenCalledOnce();
      // 'start' at time 0 and 'previousStep' on step 1 legitimately leave the moment where it was.
      else if (command.id !== 'start' && command.id !== 'previousStep')
        expect(
          after.app !== before.app ||
            after.explore !== before.explore ||
            after.classroom !== before.classroom,
          command.id,
        ).toBe(true);
      if (pressedBefore !== undefined) expect(command.isPressed?.(ctx), command.id).toBe(!pressedBefore);
    }
  });

  it('performs every command that takes an argument, for every argument it offers', () => {
    const ctx = commandTestContext();
    // A notice to dismiss, so dismissNotice offers an argument.
    ctx.app.getState().addNotice('a notice');
    let performed = 0;
    for (const command of COMMANDS.filter((c) => c.args)) {
      // Some choices belong to one procedure only (IHP's protocol presets): take the first that has any.
      const procedureId =
        PROCEDURE_IDS.find((id) => {
          ctx.app.getState().setProcedure(id);
          return (command.args?.(ctx) ?? []).length > 0;
        }) ?? PROCEDURE_IDS[0];
      ctx.app.getState().setProcedure(procedureId);
      const offered = command.args?.(ctx) ?? [];
      expect(offered.length, command.id).toBeGreaterThan(0);
      for (const arg of offered) {
        const fresh = commandTestContext();
        fresh.app.getState().setProcedure(procedureId);
        fresh.app.getState().addNotice('a notice');
        const before = { app: fresh.app.getState(), explore: fresh.explore.getState() };
        const pressedBefore = command.isPressed?.(fresh, arg);
        expect(performCommand(command.id, fresh, arg), `${command.id}(${arg})`).toBe(true);
        const after = { app: fresh.app.getState(), explore: fresh.explore.getState() };
        // A choice already made (the current procedure, speed, panel, step) changes nothing.
        if (pressedBefore !== true)
          expect(after.app !== before.app || after.explore !== before.explore, `${command.id}(${arg})`).toBe(
            true,
          );
        // Choices end up chosen; toggles flip.
        if (pressedBefore === false)
          expect(command.isPressed?.(fresh, arg), `${command.id}(${arg})`).toBe(true);
        performed++;
      }
    }
    expect(performed).toBeGreaterThan(20);
  });

  it('takes the new controls from the context: panels, dialogs, files, parameters', () => {
    const ctx = commandTestContext();
    performCommand('showPanel', ctx, 'charts');
    expect(ctx.app.getState().panel).toBe('charts');
    performCommand('openReferences', ctx);
    expect(ctx.app.getState().referencesOpen).toBe(true);
    performCommand('closeReferences', ctx);
    expect(ctx.app.getState().referencesOpen).toBe(false);
    performCommand('openProcedureFile', ctx);
    expect(ctx.app.getState().procedureFileRequests).toBe(1);
    // Nothing changed: reset is disabled and refuses to run.
    expect(performCommand('resetParameters', ctx)).toBe(false);
    const procedure = currentProcedure(ctx.app.getState());
    const first = parameterDefinitions(procedure)[0];
    if (!first) throw new Error('no parameters');
    ctx.app.getState().setPhysiologyParams({ [first.name]: first.max });
    expect(performCommand('resetParameters', ctx)).toBe(true);
    expect(ctx.app.getState().physiologyOverrides.php).toEqual({});
  });

  it('refuses an unknown id', () => {
    expect(performCommand('noSuchCommand', commandTestContext())).toBe(false);
  });
});
