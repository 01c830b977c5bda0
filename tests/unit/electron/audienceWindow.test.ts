import { describe, expect, it, vi } from 'vitest';
import {
  audienceUrl,
  buildAudienceWindowOptions,
  chooseAudiencePlacement,
  type DisplayInfo,
  openAudienceWindow,
} from '../../../electron/main/audienceWindow';
import { buildWindowOptions } from '../../../electron/main/window';

const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1200 },
  workArea: { x: 0, y: 25, width: 1920, height: 1175 },
};
const projector: DisplayInfo = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1920, y: 0, width: 1920, height: 1080 },
};
const input = { devTools: false, preloadPath: '/app/preload/index.cjs', title: 'Hepatic' };

describe('chooseAudiencePlacement', () => {
  it('goes full screen on the display the console is not on', () => {
    expect(chooseAudiencePlacement([laptop, projector], 1)).toEqual({
      displayId: 2,
      fullscreen: true,
      bounds: projector.bounds,
    });
    expect(chooseAudiencePlacement([laptop, projector], 2)?.displayId).toBe(1);
  });

  it('with one display: a normal 1280×720 window centred in its work area', () => {
    expect(chooseAudiencePlacement([laptop], 1)).toEqual({
      displayId: 1,
      fullscreen: false,
      bounds: { x: 320, y: 253, width: 1280, height: 720 },
    });
  });

  it('a display smaller than the window: the window fits it', () => {
    const small: DisplayInfo = {
      id: 7,
      bounds: { x: 0, y: 0, width: 1024, height: 600 },
      workArea: { x: 0, y: 0, width: 1024, height: 600 },
    };
    expect(chooseAudiencePlacement([small], 7)?.bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });

  it('an unknown console display counts as the first; no display gives no placement', () => {
    expect(chooseAudiencePlacement([laptop, projector], null)?.displayId).toBe(2);
    expect(chooseAudiencePlacement([laptop, projector], 99)?.displayId).toBe(2);
    expect(chooseAudiencePlacement([], 1)).toBeNull();
  });
});

describe('buildAudienceWindowOptions', () => {
  it('keeps every hardened web preference of the main window', () => {
    const placement = chooseAudiencePlacement([laptop, projector], 1);
    const options = buildAudienceWindowOptions(input, placement);
    expect(options.webPreferences).toEqual(
      buildWindowOptions({ ...input, mode: 'audience', fullscreen: true }).webPreferences,
    );
    expect(options).toMatchObject({
      fullscreen: true,
      kiosk: false,
      x: 1920,
      y: 0,
      width: 1920,
      height: 1080,
    });
  });

  it('without a placement: the main window options in audience mode, not full screen', () => {
    expect(buildAudienceWindowOptions(input, null)).toEqual(
      buildWindowOptions({ ...input, mode: 'audience', fullscreen: false }),
    );
  });
});

describe('openAudienceWindow', () => {
  it('loads the app page with ?mode=audience and shows it without taking focus', async () => {
    const win = {
      removeMenu: vi.fn(),
      once: vi.fn((_event: string, callback: () => void) => callback()),
      showInactive: vi.fn(),
      loadFile: vi.fn(async () => undefined),
      loadURL: vi.fn(async () => undefined),
    };
    const Window = vi.fn(function (this: unknown) {
      return win;
    });
    openAudienceWindow(Window as never, input, null, {
      kind: 'app',
      root: '/app/renderer',
      url: 'app://hepatic/index.html',
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://hepatic/index.html?mode=audience');
    expect(win.showInactive).toHaveBeenCalled();
    openAudienceWindow(Window as never, input, null, { kind: 'dev', url: 'http://localhost:5173/#x' });
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173/?mode=audience');
  });

  it('audienceUrl drops the query and hash of the dev page', () => {
    expect(audienceUrl('http://127.0.0.1:5173/index.html?mode=presenter#t=5')).toBe(
      'http://127.0.0.1:5173/index.html?mode=audience',
    );
  });
});
