import { describe, expect, it } from 'vitest';
import { commandById, performCommand } from '../../../renderer/src/commands/registry';
import { commandTestContext } from './testContext';

describe('display commands', () => {
  it('switches to the colour-safe palette and back', () => {
    const ctx = commandTestContext();
    const command = commandById('toggleColourSafePalette');
    expect(command?.isPressed?.(ctx)).toBe(false);
    performCommand('toggleColourSafePalette', ctx);
    expect(ctx.app.getState().palette).toBe('colourSafe');
    expect(command?.isPressed?.(ctx)).toBe(true);
    performCommand('toggleColourSafePalette', ctx);
    expect(ctx.app.getState().palette).toBe('standard');
  });

  it('asks for less motion and back', () => {
    const ctx = commandTestContext();
    performCommand('toggleReducedMotion', ctx);
    expect(ctx.app.getState().reduceMotion).toBe(true);
    expect(commandById('toggleReducedMotion')?.isPressed?.(ctx)).toBe(true);
    performCommand('toggleReducedMotion', ctx);
    expect(ctx.app.getState().reduceMotion).toBe(false);
  });
});
