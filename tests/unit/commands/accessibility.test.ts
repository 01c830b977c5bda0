import { describe, expect, it } from 'vitest';
import { sceneKeyOf } from '../../../renderer/src/commands/accessibility';
import { commandById, performCommand } from '../../../renderer/src/commands/registry';
import { commandTestContext } from './testContext';

describe('accessibility commands', () => {
  it('"Describe the view" asks for the description to be read now', () => {
    const ctx = commandTestContext();
    performCommand('describeView', ctx);
    performCommand('describeView', ctx);
    expect(ctx.explore.getState().describeCount).toBe(2);
  });

  it('a keyboard camera move takes the camera as a drag does: following stops, focus drops', () => {
    const ctx = commandTestContext();
    ctx.explore.getState().setFocus({ target: [0, 0, 0], distanceMm: 300, stepIndex: 0 });
    performCommand('orbitLeft', ctx);
    expect(ctx.app.getState().followSteps).toBe(false);
    expect(ctx.explore.getState().focus).toBeNull();
    const first = ctx.explore.getState().cameraMove;
    performCommand('orbitLeft', ctx);
    expect(ctx.explore.getState().cameraMove).toMatchObject({ move: 'orbitLeft' });
    expect(ctx.explore.getState().cameraMove).not.toBe(first);
  });

  it('steps through structures, frames the one picked out, and stops', () => {
    const ctx = commandTestContext();
    performCommand('nextStructure', ctx);
    expect(ctx.explore.getState().structureStep).toEqual({ direction: 1, count: 1 });
    performCommand('previousStructure', ctx);
    expect(ctx.explore.getState().structureStep).toEqual({ direction: -1, count: 2 });
    // Nothing picked: nothing to frame or stop.
    expect(performCommand('focusStructure', ctx)).toBe(false);
    expect(performCommand('stopStructures', ctx)).toBe(false);
    ctx.explore.getState().pick('properHepaticArtery', 'scene');
    expect(performCommand('focusStructure', ctx)).toBe(true);
    expect(ctx.explore.getState().focusRequest?.id).toBe('properHepaticArtery');
    expect(performCommand('stopStructures', ctx)).toBe(true);
    expect(ctx.explore.getState().picked.id).toBeNull();
  });

  it('the list picks out a structure for the 3D view', () => {
    const ctx = commandTestContext();
    expect(commandById('highlightStructure')?.args?.(ctx)).toContain('aorta');
    performCommand('highlightStructure', ctx, 'aorta');
    expect(ctx.explore.getState().picked).toEqual({ id: 'aorta', from: 'list' });
  });

  it('keeps every structure box in step with what is shown after "Only" and "Show everything"', () => {
    const ctx = commandTestContext();
    const toggle = commandById('toggleShown');
    const ticked = (id: string) => toggle?.isPressed?.(ctx, id);
    performCommand('toggleIsolated', ctx, 'arteries');
    expect(ticked('liver')).toBe(false);
    expect(ticked('portal')).toBe(false);
    expect(ticked('portalVein')).toBe(false);
    expect(ticked('aorta')).toBe(true);
    expect(ticked('arteries')).toBe(true);
    // Ticking the liver's box brings it back beside the arteries.
    performCommand('toggleShown', ctx, 'liver');
    expect(ticked('liver')).toBe(true);
    expect(ticked('portalVein')).toBe(false);
    performCommand('showAll', ctx);
    for (const id of ['liver', 'portal', 'portalVein', 'aorta', 'segment:VII'])
      expect(ticked(id), id).toBe(true);
  });

  it('names Shift with arrows and Tab for the 3D view', () => {
    expect(sceneKeyOf({ key: 'ArrowUp', shiftKey: true })).toBe('Shift+ArrowUp');
    expect(sceneKeyOf({ key: 'Tab', shiftKey: true })).toBe('Shift+Tab');
    expect(sceneKeyOf({ key: '+', shiftKey: true })).toBe('+');
    expect(sceneKeyOf({ key: 'ArrowUp', shiftKey: false })).toBe('ArrowUp');
  });
});
