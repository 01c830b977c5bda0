import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  buildWindowOptions,
  devToolsAllowed,
  openMainWindow,
  shouldRemoveMenu,
  WINDOW_BACKGROUND,
  type WindowInput,
} from '../../../electron/main/window';
import { MODES } from '../../../electron/shared/launchOptions';

const input = (over: Partial<WindowInput> = {}): WindowInput => ({
  mode: 'standard',
  fullscreen: false,
  devTools: false,
  preloadPath: '/app/out/preload/index.cjs',
  title: 'Hepatic Perfusion Explainer',
  ...over,
});

describe('buildWindowOptions', () => {
  it.each(MODES)('%s: the security-relevant web preferences never change', (mode) => {
    const prefs = buildWindowOptions(input({ mode, devTools: true })).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('standard: windowed, auto-hidden menu, background colour, hidden until ready', () => {
    const options = buildWindowOptions(input());
    expect(options).toMatchObject({
      kiosk: false,
      fullscreen: false,
      autoHideMenuBar: true,
      backgroundColor: WINDOW_BACKGROUND,
      show: false,
      title: 'Hepatic Perfusion Explainer',
    });
  });

  it('fullscreen flag gives a full-screen window that is not a kiosk', () => {
    expect(buildWindowOptions(input({ mode: 'presenter', fullscreen: true }))).toMatchObject({
      kiosk: false,
      fullscreen: true,
    });
  });

  it('kiosk: kiosk and full screen even if fullscreen was false', () => {
    expect(buildWindowOptions(input({ mode: 'kiosk', fullscreen: false }))).toMatchObject({
      kiosk: true,
      fullscreen: true,
    });
  });

  it('devTools follow the decided value', () => {
    expect(buildWindowOptions(input({ devTools: true })).webPreferences?.devTools).toBe(true);
    expect(buildWindowOptions(input({ devTools: false })).webPreferences?.devTools).toBe(false);
  });
});

describe('devToolsAllowed', () => {
  it('never in kiosk, even in dev with the config asking', () => {
    expect(devToolsAllowed('kiosk', true, true)).toBe(false);
  });
  it('elsewhere when asked or in dev', () => {
    expect(devToolsAllowed('standard', false, false)).toBe(false);
    expect(devToolsAllowed('standard', true, false)).toBe(true);
    expect(devToolsAllowed('presenter', false, true)).toBe(true);
  });
});

describe('shouldRemoveMenu', () => {
  it('only in kiosk', () => {
    expect(MODES.filter(shouldRemoveMenu)).toEqual(['kiosk']);
  });
});

describe('openMainWindow', () => {
  type FakeWindow = Record<'removeMenu' | 'once' | 'show' | 'loadURL' | 'loadFile', ReturnType<typeof vi.fn>>;

  function fakeWindowClass() {
    class Fake {
      removeMenu = vi.fn();
      once = vi.fn();
      show = vi.fn();
      loadURL = vi.fn(() => Promise.resolve());
      loadFile = vi.fn(() => Promise.resolve());
      constructor(readonly options: unknown) {}
    }
    return { Class: Fake as unknown as typeof BrowserWindow };
  }

  it('loads the built page from app:// (never file://) and shows on ready-to-show', () => {
    const { Class } = fakeWindowClass();
    const win = openMainWindow(Class, input(), {
      kind: 'app',
      root: '/app/out/renderer',
      url: 'app://hepatic/index.html',
    });
    const fake = win as unknown as FakeWindow;
    expect(fake.loadURL).toHaveBeenCalledWith('app://hepatic/index.html');
    expect(fake.loadFile).not.toHaveBeenCalled();
    expect(fake.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
    expect(fake.removeMenu).not.toHaveBeenCalled();
  });

  it('loads the dev server URL and removes the menu in kiosk', () => {
    const { Class } = fakeWindowClass();
    const win = openMainWindow(Class, input({ mode: 'kiosk' }), {
      kind: 'dev',
      url: 'http://localhost:5173/',
    });
    const fake = win as unknown as FakeWindow;
    expect(fake.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(fake.removeMenu).toHaveBeenCalled();
  });
});
