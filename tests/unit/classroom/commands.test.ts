import { describe, expect, it, vi } from 'vitest';
import { createClassroomStore } from '../../../renderer/src/classroom/classroomStore';
import { commandForKey, performCommand } from '../../../renderer/src/commands/registry';
import type { CommandContext } from '../../../renderer/src/commands/types';
import { createAppStore } from '../../../renderer/src/store/appStore';
import { createExploreStore } from '../../../renderer/src/store/exploreStore';

function context(open = vi.fn(async () => ({ ok: true }))): CommandContext {
  return {
    app: createAppStore(),
    explore: createExploreStore(),
    platform: {
      isDesktop: () => false,
      saveScreenshot: vi.fn(async () => ({ saved: true })),
      printHandout: vi.fn(async () => ({ ok: true })),
      saveHandoutPdf: vi.fn(async () => ({ ok: true })),
      openAudienceWindow: open,
    },
    classroom: createClassroomStore(),
  };
}

describe('classroom commands', () => {
  it('maps the clicker and room keys', () => {
    expect(commandForKey('PageDown')?.id).toBe('nextStep');
    expect(commandForKey('PageUp')?.id).toBe('previousStep');
    expect(commandForKey('b')?.id).toBe('blankBlack');
    expect(commandForKey('.')?.id).toBe('blankBlack');
    expect(commandForKey('W')?.id).toBe('blankWhite');
    expect(commandForKey('h')?.id).toBe('togglePanels');
    expect(commandForKey('F')?.id).toBe('toggleFullscreen');
  });

  it('the same blank key brings the picture back; the other colour switches colour', () => {
    const ctx = context();
    performCommand('blankBlack', ctx);
    expect(ctx.classroom.getState().blank).toBe('black');
    performCommand('blankWhite', ctx);
    expect(ctx.classroom.getState().blank).toBe('white');
    performCommand('blankWhite', ctx);
    expect(ctx.classroom.getState().blank).toBeNull();
  });

  it('opening the audience window reports how it went', async () => {
    const ctx = context(vi.fn(async () => ({ ok: false })));
    performCommand('openAudienceWindow', ctx);
    expect(ctx.classroom.getState().audienceWindow).toBe('opening');
    await vi.waitFor(() => expect(ctx.classroom.getState().audienceWindow).toBe('failed'));
    const ok = context();
    performCommand('openAudienceWindow', ok);
    await vi.waitFor(() => expect(ok.classroom.getState().audienceWindow).toBe('open'));
  });
});
