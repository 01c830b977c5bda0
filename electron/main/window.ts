// The main window: its options per mode (pure) and a thin opener that takes the
// BrowserWindow class as an argument, so this file never loads Electron in tests.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { Mode } from '../shared/launchOptions';
import type { RendererTarget } from './rendererTarget';

/** Matches the renderer's page background, so no white flash before the first frame. */
export const WINDOW_BACKGROUND = '#0f1720';

export interface WindowInput {
  mode: Mode;
  fullscreen: boolean;
  /** Already decided by devToolsAllowed(). */
  devTools: boolean;
  preloadPath: string;
  title: string;
}

/** Developer tools: never in kiosk; otherwise when the config allows them or in dev. */
export function devToolsAllowed(mode: Mode, allowDevTools: boolean, isDev: boolean): boolean {
  return mode !== 'kiosk' && (allowDevTools || isDev);
}

export function buildWindowOptions(input: WindowInput): BrowserWindowConstructorOptions {
  const kiosk = input.mode === 'kiosk';
  return {
    title: input.title,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false, // shown on 'ready-to-show'
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: true,
    kiosk,
    fullscreen: kiosk || input.fullscreen,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.devTools,
    },
  };
}

/** Kiosk shows no menu at all; elsewhere the menu bar hides until Alt is pressed. */
export function shouldRemoveMenu(mode: Mode): boolean {
  return mode === 'kiosk';
}

/** Creates the window and loads the app page; the caller attaches policies. */
export function openMainWindow(
  BrowserWindowClass: typeof BrowserWindow,
  input: WindowInput,
  target: RendererTarget,
): BrowserWindow {
  const win = new BrowserWindowClass(buildWindowOptions(input));
  if (shouldRemoveMenu(input.mode)) win.removeMenu();
  win.once('ready-to-show', () => win.show());
  const loading = win.loadURL(target.url);
  loading.catch((error: unknown) => console.error('Could not load the app page:', error));
  return win;
}
