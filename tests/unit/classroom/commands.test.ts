import { describe, expect, it, vi } from 'vitest';
import { commandForKey, performCommand } from '../../../renderer/src/commands/registry';
import { commandTestContext } from '../commands/testContext';

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
    const ctx = commandTestContext();
    performCommand('blankBlack', ctx);
    expect(ctx.classroom.getState().blank).toBe('black');
    performCommand('blankWhite', ctx);
    expect(ctx.classroom.getState().blank).toBe('white');
    performCommand('blankWhite', ctx);
    expect(ctx.classroom.getState().blank).toBeNull();
  });

  it('opening the audience window reports how it went', async () => {
    const ctx = commandTestContext({ openAudienceWindow: vi.fn(async () => ({ ok: false })) });
    performCommand('openAudienceWindow', ctx);
    expect(ctx.classroom.getState().audienceWindow).toBe('opening');
    await vi.waitFor(() => expect(ctx.classroom.getState().audienceWindow).toBe('failed'));
    const ok = commandTestContext();
    performCommand('openAudienceWindow', ok);
    await vi.waitFor(() => expect(ok.classroom.getState().audienceWindow).toBe('open'));
  });
});
