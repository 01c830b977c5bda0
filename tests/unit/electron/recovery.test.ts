import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachCrashRecovery } from '../../../electron/main/recovery';

function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), {
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
    loadURL: vi.fn(() => Promise.resolve()),
  });
  const win = Object.assign(new EventEmitter(), { webContents: contents, isDestroyed: vi.fn(() => false) });
  return { win: win as unknown as BrowserWindow, contents, raw: win };
}

describe('attachCrashRecovery', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 0;
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('reloads a crashed renderer, then shows the error page after three in a minute', () => {
    const { win, contents } = fakeWindow();
    attachCrashRecovery(win, 'data:text/html,error', undefined, now);
    for (let i = 0; i < 3; i++) {
      clock += 1000;
      contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    }
    expect(contents.reload).toHaveBeenCalledTimes(3);
    clock += 1000;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(contents.loadURL).toHaveBeenCalledWith('data:text/html,error');
  });

  it('ignores a clean exit', () => {
    const { win, contents } = fakeWindow();
    attachCrashRecovery(win, 'data:,', undefined, now);
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reload).not.toHaveBeenCalled();
    expect(contents.loadURL).not.toHaveBeenCalled();
  });

  it('ends a hung renderer before reloading it, and does not count its own kill', () => {
    const { win, contents, raw } = fakeWindow();
    attachCrashRecovery(win, 'data:,', undefined, now);
    raw.emit('unresponsive');
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(contents.reload).toHaveBeenCalledTimes(1);
    contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    expect(contents.reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing for a destroyed window', () => {
    const { win, contents, raw } = fakeWindow();
    raw.isDestroyed.mockReturnValue(true);
    attachCrashRecovery(win, 'data:,', undefined, now);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    raw.emit('unresponsive');
    expect(contents.reload).not.toHaveBeenCalled();
  });
});
