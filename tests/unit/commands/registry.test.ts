import { describe, expect, it, vi } from 'vitest';
import { createClassroomStore } from '../../../renderer/src/classroom/classroomStore';
import { COMMANDS, commandForKey, performCommand } from '../../../renderer/src/commands/registry';
import type { CommandContext } from '../../../renderer/src/commands/types';
import { createAppStore } from '../../../renderer/src/store/appStore';
import { createExploreStore } from '../../../renderer/src/store/exploreStore';

function testContext(): CommandContext {
  return {
    app: createAppStore(),
    explore: createExploreStore(),
    platform: {
      isDesktop: () => false,
      saveScreenshot: vi.fn(async () => ({ saved: true })),
      printHandout: vi.fn(async () => ({ ok: true })),
      openAudienceWindow: vi.fn(async () => ({ ok: true })),
    },
    classroom: createClassroomStore(),
  };
}

describe('command registry', () => {
  it('maps the documented keys', () => {
    expect(commandForKey(' ')?.id).toBe('togglePlay');
    expect(commandForKey('ArrowLeft')?.id).toBe('previousStep');
    expect(commandForKey('ArrowRight')?.id).toBe('nextStep');
    expect(commandForKey('PageDown')?.id).toBe('nextStep');
    expect(commandForKey('Home')?.id).toBe('start');
    expect(commandForKey('End')?.id).toBe('end');
    expect(commandForKey('q')).toBeUndefined();
  });

  it('gives each key to one command only, and each id to one command', () => {
    const keys = COMMANDS.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
  });

  it('performs every command against the context it is given, never a global store', () => {
    for (const command of COMMANDS) {
      const ctx = testContext();
      const before = {
        app: ctx.app.getState(),
        explore: ctx.explore.getState(),
        classroom: ctx.classroom.getState(),
      };
      const pressedBefore = command.isPressed?.(ctx);
      expect(performCommand(command.id, ctx)).toBe(true);
      const after = {
        app: ctx.app.getState(),
        explore: ctx.explore.getState(),
        classroom: ctx.classroom.getState(),
      };
      // 'start' at time 0 and 'previousStep' on step 1 legitimately leave the moment where it was.
      if (command.id !== 'start' && command.id !== 'previousStep')
        expect(
          after.app !== before.app ||
            after.explore !== before.explore ||
            after.classroom !== before.classroom,
          command.id,
        ).toBe(true);
      if (pressedBefore !== undefined) expect(command.isPressed?.(ctx), command.id).toBe(!pressedBefore);
    }
  });

  it('refuses an unknown id', () => {
    expect(performCommand('noSuchCommand', testContext())).toBe(false);
  });
});
