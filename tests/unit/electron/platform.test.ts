// renderer/src/platform/platform.ts: the desktop API when the preload put it there, the
// browser fallbacks otherwise. Node has no window, so the globals are stubbed per test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HepaticApi } from '../../../electron/ipc';
import {
  getHepaticApi,
  getLaunchOptions,
  isDesktop,
  printHandout,
  saveScreenshot,
} from '../../../renderer/src/platform/platform';

function fakeApi(overrides: Partial<HepaticApi> = {}): HepaticApi {
  return {
    getLaunchOptions: vi.fn(async () => ({
      mode: 'kiosk' as const,
      fullscreen: true,
      idleSeconds: 120,
      configWarnings: [],
    })),
    saveScreenshot: vi.fn(async () => ({ saved: true, path: '/tmp/x.png' })),
    printHandout: vi.fn(async () => ({ ok: true })),
    operatorExit: vi.fn(async () => ({ outcome: 'wrong' as const, retryInS: 0 })),
    openAudienceWindow: vi.fn(async () => ({ ok: true })),
    rememberLanguage: vi.fn(async () => {}),
    ...overrides,
  };
}

function browser(search: string, api?: HepaticApi) {
  const print = vi.fn();
  vi.stubGlobal('window', { hepaticApi: api, print });
  vi.stubGlobal('location', { search });
  return { print };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('platform', () => {
  it('no window at all (Node, SSR): no API, query defaults', async () => {
    expect(getHepaticApi()).toBeUndefined();
    expect(isDesktop()).toBe(false);
    await expect(getLaunchOptions()).resolves.toEqual({
      mode: 'standard',
      fullscreen: false,
      idleSeconds: 90,
      configWarnings: [],
    });
  });

  it('plain browser: launch options from ?mode= and ?fullscreen=', async () => {
    browser('?mode=presenter&fullscreen=1');
    expect(isDesktop()).toBe(false);
    await expect(getLaunchOptions()).resolves.toEqual({
      mode: 'presenter',
      fullscreen: true,
      idleSeconds: 90,
      configWarnings: [],
    });
  });

  it('plain browser: a bad query falls back with a warning', async () => {
    browser('?mode=cinema');
    const options = await getLaunchOptions();
    expect(options.mode).toBe('standard');
    expect(options.configWarnings[0]).toContain('cinema');
  });

  it('desktop: asks the main process and ignores the query', async () => {
    const api = fakeApi();
    browser('?mode=presenter', api);
    expect(isDesktop()).toBe(true);
    await expect(getLaunchOptions()).resolves.toEqual({
      mode: 'kiosk',
      fullscreen: true,
      idleSeconds: 120,
      configWarnings: [],
    });
  });

  it('desktop: a refused call falls back to the query and says why', async () => {
    const api = fakeApi({ getLaunchOptions: vi.fn(async () => Promise.reject(new Error('refused'))) });
    browser('?mode=presenter', api);
    const options = await getLaunchOptions();
    expect(options.mode).toBe('presenter');
    expect(options.configWarnings[0]).toContain('refused');
  });

  it('desktop: screenshot and print go to the main process', async () => {
    const api = fakeApi();
    browser('', api);
    await expect(saveScreenshot('data:image/png;base64,AAAA')).resolves.toEqual({
      saved: true,
      path: '/tmp/x.png',
    });
    expect(api.saveScreenshot).toHaveBeenCalledWith('data:image/png;base64,AAAA');
    await expect(printHandout()).resolves.toEqual({ ok: true });
  });

  it('browser: print uses window.print, screenshot an ordinary download', async () => {
    const { print } = browser('');
    await expect(printHandout()).resolves.toEqual({ ok: true });
    expect(print).toHaveBeenCalled();
    const link = { href: '', download: '', click: vi.fn() };
    vi.stubGlobal('document', { createElement: vi.fn(() => link) });
    await expect(saveScreenshot('data:image/png;base64,AAAA')).resolves.toEqual({ saved: true });
    expect(link).toMatchObject({ href: 'data:image/png;base64,AAAA', download: 'hepatic-perfusion.png' });
    expect(link.click).toHaveBeenCalled();
  });
});
