// electron/main/index.ts against a stubbed 'electron': single instance, window on
// ready, quit when all windows are closed, display kept awake in kiosk only.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  // Hoisted above the imports, so node:events is fetched the synchronous way.
  const { EventEmitter: Emitter } = process.getBuiltinModule('node:events');
  const app = Object.assign(new Emitter(), {
    enableSandbox: () => {},
    requestSingleInstanceLock: (): boolean => true,
    quit: () => {},
    exit: () => {},
    getPath: (name: string) => `/tmp/hepatic-test-${name}`,
    isPackaged: false,
    whenReady: () => Promise.resolve(),
  });
  const windows: unknown[] = [];
  class BrowserWindow extends Emitter {
    options: unknown;
    webContents = Object.assign(new Emitter(), {
      reload: () => {},
      loadURL: () => Promise.resolve(),
      setVisualZoomLevelLimits: () => Promise.resolve(),
      setZoomFactor: () => {},
    });
    constructor(options: unknown) {
      super();
      this.options = options;
      windows.push(this);
    }
    removeMenu() {}
    show() {}
    loadURL() {
      return Promise.resolve();
    }
    loadFile() {
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    isDestroyed() {
      return false;
    }
    static fromWebContents() {
      return null;
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: () => {},
      setPermissionCheckHandler: () => {},
      setDevicePermissionHandler: () => {},
      webRequest: { onHeadersReceived: () => {} },
    },
  };
  const protocol = { registerSchemesAsPrivileged: () => {}, handle: () => {} };
  return {
    app,
    windows,
    BrowserWindow,
    session,
    protocol,
    ipcMain: { handle: () => {} },
    dialog: {},
    powerSaveBlocker: { start: () => 1, stop: () => {}, isStarted: () => true },
  };
});

vi.mock('electron', () => electron);

async function boot(argv: string[], lock = true) {
  vi.resetModules();
  electron.windows.length = 0;
  electron.app.removeAllListeners();
  vi.spyOn(electron.app, 'requestSingleInstanceLock').mockReturnValue(lock);
  const quit = vi.spyOn(electron.app, 'quit');
  const handle = vi.spyOn(electron.ipcMain, 'handle');
  const start = vi.spyOn(electron.powerSaveBlocker, 'start');
  const register = vi.spyOn(electron.protocol, 'registerSchemesAsPrivileged');
  const serve = vi.spyOn(electron.protocol, 'handle');
  const originalArgv = process.argv;
  process.argv = ['/usr/bin/electron', '.', ...argv];
  try {
    await import('../../../electron/main/index');
    await new Promise((resolve) => setTimeout(resolve, 0)); // let whenReady().then run
  } finally {
    process.argv = originalArgv;
  }
  return { quit, handle, start, register, serve };
}

describe('main process lifecycle', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('a second instance quits at once and opens nothing', async () => {
    const { quit, handle } = await boot([], false);
    expect(quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(handle).not.toHaveBeenCalled();
  });

  it('the first instance opens one hardened window, registers IPC, quits when it closes', async () => {
    const { quit, handle, start } = await boot([]);
    expect(electron.windows).toHaveLength(1);
    const options = (electron.windows[0] as { options: { webPreferences: Record<string, unknown> } }).options;
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(String(options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    // One handler per channel: launch options, screenshot, handout, operator exit, audience window, language.
    expect(handle).toHaveBeenCalledTimes(6);
    expect(start).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
    electron.app.emit('window-all-closed');
    expect(quit).toHaveBeenCalled();
  });

  it('kiosk keeps the display awake and opens a kiosk window with the keyboard policy', async () => {
    const { start } = await boot(['--kiosk']);
    expect(start).toHaveBeenCalledWith('prevent-display-sleep');
    const win = electron.windows[0] as { options: { kiosk: boolean }; webContents: EventEmitter };
    expect(win.options.kiosk).toBe(true);
    expect(win.webContents.listenerCount('before-input-event')).toBe(1);
  });

  it('serves the page from the privileged app:// scheme', async () => {
    const { register, serve } = await boot([]);
    expect(register).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(serve).toHaveBeenCalledWith('app', expect.any(Function));
    const win = electron.windows[0] as { webContents: EventEmitter };
    expect(win.webContents.listenerCount('before-input-event')).toBe(0);
  });

  it('a second launch focuses the existing window', async () => {
    await boot([]);
    const win = electron.windows[0] as { focus: () => void };
    const focus = vi.spyOn(win, 'focus');
    electron.app.emit('second-instance');
    expect(focus).toHaveBeenCalled();
  });

  it('hardens every web contents the app creates', async () => {
    await boot([]);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});
