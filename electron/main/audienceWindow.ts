// The audience window a presenter console opens: where it goes (pure) and a thin opener that takes
// the BrowserWindow class as an argument, like window.ts, so tests never load Electron.
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { RendererTarget } from './rendererTarget';
import { buildWindowOptions, type WindowInput } from './window';

/** The parts of Electron's Display this decision needs. */
export interface DisplayInfo {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

export interface AudiencePlacement {
  displayId: number;
  /** Full screen on a display of its own, or a normal window beside the console. */
  fullscreen: boolean;
  bounds: Rectangle;
}

/** Size of the audience window when there is only one display: a 16:9 picture. */
export const SINGLE_DISPLAY_SIZE = { width: 1280, height: 720 } as const;

/**
 * The first display that is not the console's takes the audience full screen (a projector);
 * with a single display the audience is a normal window centred on it. Null when there is no
 * display at all (the caller then lets the system place the window).
 */
export function chooseAudiencePlacement(
  displays: readonly DisplayInfo[],
  consoleDisplayId: number | null,
): AudiencePlacement | null {
  const console = displays.find((d) => d.id === consoleDisplayId) ?? displays[0];
  if (!console) return null;
  const other = displays.find((d) => d.id !== console.id);
  if (other) return { displayId: other.id, fullscreen: true, bounds: { ...other.bounds } };
  const area = console.workArea;
  const width = Math.min(SINGLE_DISPLAY_SIZE.width, area.width);
  const height = Math.min(SINGLE_DISPLAY_SIZE.height, area.height);
  return {
    displayId: console.id,
    fullscreen: false,
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
  };
}

/** The hardened main-window options in audience mode, placed where the decision says. */
export function buildAudienceWindowOptions(
  input: Omit<WindowInput, 'mode' | 'fullscreen'>,
  placement: AudiencePlacement | null,
): BrowserWindowConstructorOptions {
  const options = buildWindowOptions({
    ...input,
    mode: 'audience',
    fullscreen: placement?.fullscreen ?? false,
  });
  if (!placement) return options;
  // No minimum size: a small projector resolution must still fit.
  return { ...options, ...placement.bounds, minWidth: undefined, minHeight: undefined };
}

/** Creates the audience window on the app page with `?mode=audience`; shown without taking focus from the console. */
export function openAudienceWindow(
  BrowserWindowClass: typeof BrowserWindow,
  input: Omit<WindowInput, 'mode' | 'fullscreen'>,
  placement: AudiencePlacement | null,
  target: RendererTarget,
): BrowserWindow {
  const win = new BrowserWindowClass(buildAudienceWindowOptions(input, placement));
  win.removeMenu();
  win.once('ready-to-show', () => win.showInactive());
  // The packaged page (app://) and the dev server's page both get the audience query.
  const loading = win.loadURL(audienceUrl(target.url));
  loading.catch((error: unknown) => console.error('Could not load the audience page:', error));
  return win;
}

/** The app's page (app:// or the dev server's) with the audience query. */
export function audienceUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.search = '?mode=audience';
  url.hash = '';
  return url.toString();
}
