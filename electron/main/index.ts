// Lifecycle of the app: one instance, a hardened session and window once ready, quit
// when the window closes. Every decision lives in the modules imported below.
import { existsSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerSaveBlocker, protocol, screen, session } from 'electron';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../shared/csp';
import { APP_SCHEME_PRIVILEGES, handleAppProtocol } from './appProtocol';
import { chooseAudiencePlacement, openAudienceWindow } from './audienceWindow';
import { loadSettings, toLaunchOptions } from './config';
import { errorPageDataUrl, errorPageHtml } from './errorPage';
import { parseFlags } from './flags';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { keepDisplayAwake, lockDownKioskContents, releaseDisplay } from './kiosk';
import { createOperatorExit } from './operatorExit';
import { loadPreferences, type PreferencesFiles, saveLanguagePreference, startLanguage } from './preferences';
import { pdfPageSize, printHandout, saveHandoutPdf } from './print';
import { attachCrashRecovery } from './recovery';
import { resolveRendererTarget } from './rendererTarget';
import { saveScreenshot } from './screenshot';
import { hardenSession, hardenWebContents } from './security';
import { mainStrings } from './strings';
import { devToolsAllowed, openMainWindow, WINDOW_BACKGROUND } from './window';

// A sandboxed preload must be CommonJS: electron.vite.config.ts builds it as index.cjs
// (with "type": "module" electron-vite would otherwise emit an ESM index.mjs).
const PRELOAD_PATH = join(__dirname, '../preload/index.cjs');

// Every renderer sandboxed, whatever a window's options say. Must precede 'ready'.
app.enableSandbox();
// The page's own origin, app://hepatic/ (served in start()); also before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // A second launch (double click at a kiosk) only brings the first window forward.
  app.quit();
} else {
  start();
}

function start(): void {
  const settings = loadSettings({
    argv: process.argv,
    cwd: process.cwd(),
    defaultConfigPath: join(app.getPath('userData'), 'config.json'),
    readText: (path) => readFileSync(path, 'utf8'),
    fileSize: (path) => statSync(path).size,
    parseFlags,
  });
  const { target, warning } = resolveRendererTarget({
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    isPackaged: app.isPackaged,
    mainDir: __dirname,
  });
  if (warning) settings.warnings.push(warning);
  if (!existsSync(PRELOAD_PATH))
    console.error(`Preload script missing at ${PRELOAD_PATH}; the page gets no hepaticApi`);
  for (const message of settings.warnings) console.warn(message);

  const preferencesPath = join(app.getPath('userData'), 'preferences.json');
  const preferenceFiles: PreferencesFiles = {
    readText: (path) => readFileSync(path, 'utf8'),
    writeText: (path, text) => writeFileSync(path, text, 'utf8'),
    rename: (from, to) => renameSync(from, to),
  };
  const remembered = loadPreferences(preferencesPath, preferenceFiles, () => new Date());
  for (const message of remembered.warnings) console.warn(message);
  settings.warnings.push(...remembered.warnings);
  settings.language = startLanguage(
    settings.language,
    remembered.preferences.language,
    settings.mode === 'kiosk',
  );
  // Dialog titles and the error page follow the language the person chooses, from the next dialog on.
  let strings = mainStrings(settings.language);
  const isDev = target.kind === 'dev';
  let mainWindow: BrowserWindow | null = null;
  let audienceWindow: BrowserWindow | null = null;
  let awakeBlocker: number | null = null;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, target));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => releaseDisplay(powerSaveBlocker, awakeBlocker));

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, isDev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
      if (target.kind === 'app') {
        handleAppProtocol(
          protocol,
          target.root,
          {
            realpath: (path) => realpathSync(path),
            isFile: (path) => statSync(path).isFile(),
            readFile: (path) => readFileSync(path),
          },
          CONTENT_SECURITY_POLICY,
        );
      }
      registerIpcHandlers(
        ipcMain,
        createIpcHandlers({
          target,
          launchOptions: () => toLaunchOptions(settings),
          saveScreenshot: (event, png) =>
            saveScreenshot(BrowserWindow.fromWebContents(event.sender), png, {
              dialog,
              writeFile: (path, data) => writeFile(path, data),
              defaultDir: app.getPath('pictures'),
              strings,
              now: () => new Date(),
            }),
          printHandout: (event) => printHandout(event.sender),
          operatorExit: createOperatorExit({
            pinHash: settings.operatorPinHash,
            now: () => Date.now(),
            quit: () => app.quit(),
          }),
          saveHandoutPdf: (event) =>
            saveHandoutPdf(event.sender, BrowserWindow.fromWebContents(event.sender), {
              dialog,
              writeFile: (path, data) => writeFile(path, data),
              defaultDir: app.getPath('documents'),
              pageSize: pdfPageSize(app.getLocaleCountryCode()),
              strings,
              now: () => new Date(),
            }),
          rememberLanguage: (language) => {
            settings.language = language;
            strings = mainStrings(language);
            const problem = saveLanguagePreference(preferencesPath, language, preferenceFiles);
            if (problem) console.warn(problem);
          },
          openAudienceWindow: async () => {
            if (audienceWindow && !audienceWindow.isDestroyed()) {
              audienceWindow.showInactive();
              return { ok: true, secondDisplay: audienceWindow.isFullScreen() };
            }
            const consoleDisplay = mainWindow ? screen.getDisplayMatching(mainWindow.getBounds()).id : null;
            const placement = chooseAudiencePlacement(screen.getAllDisplays(), consoleDisplay);
            audienceWindow = openAudienceWindow(
              BrowserWindow,
              { devTools: false, preloadPath: PRELOAD_PATH, title: strings.windowTitle },
              placement,
              target,
            );
            audienceWindow.on('closed', () => {
              audienceWindow = null;
            });
            return { ok: true, secondDisplay: placement?.fullscreen ?? false };
          },
        }),
      );

      mainWindow = openMainWindow(
        BrowserWindow,
        {
          mode: settings.mode,
          fullscreen: settings.fullscreen,
          devTools: devToolsAllowed(settings.mode, settings.allowDevTools, isDev),
          preloadPath: PRELOAD_PATH,
          title: strings.windowTitle,
        },
        target,
      );
      mainWindow.on('closed', () => {
        mainWindow = null;
        // The audience picture belongs to the console: it goes when the console's window goes.
        audienceWindow?.close();
      });
      if (settings.mode === 'kiosk') lockDownKioskContents(mainWindow.webContents);
      attachCrashRecovery(mainWindow, errorPageDataUrl(errorPageHtml(strings, WINDOW_BACKGROUND)));
      awakeBlocker = keepDisplayAwake(powerSaveBlocker, settings.mode);
    })
    .catch((error: unknown) => {
      console.error('Start-up failed:', error);
      app.exit(1);
    });
}
