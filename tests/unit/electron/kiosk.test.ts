import type { PowerSaveBlocker } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  decideKioskInput,
  type KioskKey,
  keepDisplayAwake,
  lockDownKioskContents,
  releaseDisplay,
} from '../../../electron/main/kiosk';

function fakeBlocker() {
  const started = new Set<number>();
  return {
    start: vi.fn(() => {
      started.add(7);
      return 7;
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: vi.fn((id: number) => started.has(id)),
  };
}

describe('keepDisplayAwake', () => {
  it('kiosk keeps the display (not just the system) awake', () => {
    const blocker = fakeBlocker();
    expect(keepDisplayAwake(blocker as unknown as PowerSaveBlocker, 'kiosk')).toBe(7);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });

  it.each(['standard', 'presenter'] as const)('%s lets the display sleep', (mode) => {
    const blocker = fakeBlocker();
    expect(keepDisplayAwake(blocker as unknown as PowerSaveBlocker, mode)).toBeNull();
    expect(blocker.start).not.toHaveBeenCalled();
  });

  it('releases what it started, and nothing else', () => {
    const blocker = fakeBlocker();
    const id = keepDisplayAwake(blocker as unknown as PowerSaveBlocker, 'kiosk');
    releaseDisplay(blocker as unknown as PowerSaveBlocker, id);
    expect(blocker.stop).toHaveBeenCalledWith(7);
    releaseDisplay(blocker as unknown as PowerSaveBlocker, null);
    expect(blocker.stop).toHaveBeenCalledTimes(1);
  });
});

describe('decideKioskInput', () => {
  const key = (
    k: string,
    mods: Partial<Record<'control' | 'meta' | 'alt', boolean>> = {},
    type = 'keyDown',
  ) => decideKioskInput({ type, key: k, control: false, meta: false, alt: false, ...mods } as KioskKey);

  it.each([
    ['F5 (reload)', 'F5', {}],
    ['Ctrl+R (reload)', 'r', { control: true }],
    ['Ctrl+Shift+R', 'R', { control: true }],
    ['Cmd+R', 'r', { meta: true }],
    ['Ctrl+plus (zoom)', '+', { control: true }],
    ['Ctrl+= (zoom)', '=', { control: true }],
    ['Ctrl+minus (zoom)', '-', { control: true }],
    ['Ctrl+0 (zoom reset)', '0', { control: true }],
    ['F12 (devtools)', 'F12', {}],
    ['Ctrl+Shift+I (devtools)', 'I', { control: true }],
    ['Ctrl+P (print)', 'p', { control: true }],
    ['Ctrl+O (open)', 'o', { control: true }],
    ['Ctrl+W (close)', 'w', { control: true }],
    ['Ctrl+N (new window)', 'n', { control: true }],
    ['F11 (full screen)', 'F11', {}],
    ['Alt+Left (back)', 'ArrowLeft', { alt: true }],
    ['Alt+F4', 'F4', { alt: true }],
    ['BrowserBack', 'BrowserBack', {}],
    ['BrowserRefresh', 'BrowserRefresh', {}],
    ['ZoomIn', 'ZoomIn', {}],
  ] as const)('blocks %s', (_label, k, mods) => {
    expect(key(k, mods)).toBe('block');
    expect(key(k, mods, 'rawKeyDown')).toBe('block');
  });

  it.each([' ', 'ArrowLeft', 'ArrowRight', 'Enter', 'Escape', 'Tab', '1', 'l', 'Home', 'PageDown'])(
    'lets the app have %j',
    (k) => {
      expect(key(k)).toBe('allow');
    },
  );

  it('key-up events are never blocked (the key-down already was)', () => {
    expect(key('F5', {}, 'keyUp')).toBe('allow');
  });
});

describe('lockDownKioskContents', () => {
  it('swallows blocked keys, keeps zoom at 100 %', () => {
    const { EventEmitter } = process.getBuiltinModule('node:events');
    const contents = Object.assign(new EventEmitter(), {
      setVisualZoomLevelLimits: vi.fn(() => Promise.resolve()),
      setZoomFactor: vi.fn(),
    });
    lockDownKioskContents(contents as never);
    const reload = { preventDefault: vi.fn() };
    contents.emit('before-input-event', reload, {
      type: 'keyDown',
      key: 'F5',
      control: false,
      meta: false,
      alt: false,
    });
    expect(reload.preventDefault).toHaveBeenCalled();
    const space = { preventDefault: vi.fn() };
    contents.emit('before-input-event', space, {
      type: 'keyDown',
      key: ' ',
      control: false,
      meta: false,
      alt: false,
    });
    expect(space.preventDefault).not.toHaveBeenCalled();
    contents.emit('did-finish-load');
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    contents.emit('zoom-changed', {}, 'in');
    expect(contents.setZoomFactor).toHaveBeenCalledWith(1);
  });
});
