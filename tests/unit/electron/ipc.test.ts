import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/ipc';
import {
  createIpcHandlers,
  type IpcDeps,
  isChannelAllowed,
  isTrustedSender,
  registerIpcHandlers,
} from '../../../electron/main/ipc';
import type { RendererTarget } from '../../../electron/main/rendererTarget';
import type { LaunchOptions, Mode } from '../../../electron/shared/launchOptions';

const target: RendererTarget = {
  kind: 'app',
  root: '/opt/hepatic/out/renderer',
  url: 'app://hepatic/index.html',
};
const appUrl = 'app://hepatic/index.html';
// 1×1 transparent PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const eventFrom = (url: string | null, parent: unknown = null) =>
  ({ senderFrame: url === null ? null : { url, parent }, sender: {} }) as unknown as IpcMainInvokeEvent;

function setup(mode: Mode = 'standard') {
  const options: LaunchOptions = { mode, fullscreen: false, idleSeconds: 90, configWarnings: ['w'] };
  const deps = {
    target,
    launchOptions: () => options,
    saveScreenshot: vi.fn(async () => ({ saved: true, path: '/home/me/shot.png' })),
    printHandout: vi.fn(async () => ({ ok: true })),
    operatorExit: vi.fn((pin: string) => ({
      outcome: pin === '2468' ? ('ok' as const) : ('wrong' as const),
      retryInS: 0,
    })),
    openAudienceWindow: vi.fn(async () => ({ ok: true, secondDisplay: true })),
    rememberLanguage: vi.fn(),
  } satisfies IpcDeps;
  return { deps, handlers: createIpcHandlers(deps), options };
}

describe('isTrustedSender', () => {
  it('accepts the app page in the top frame', () => {
    expect(isTrustedSender({ url: `${appUrl}?mode=kiosk`, parent: null }, target)).toBe(true);
  });

  it('refuses other pages, sub-frames and vanished frames', () => {
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, target)).toBe(false);
    expect(isTrustedSender({ url: 'data:text/html,hi', parent: null }, target)).toBe(false);
    expect(isTrustedSender({ url: appUrl, parent: {} as never }, target)).toBe(false);
    expect(isTrustedSender(null, target)).toBe(false);
    expect(isTrustedSender(undefined, target)).toBe(false);
  });
});

describe('isChannelAllowed', () => {
  it('kiosk may only read its launch options and try the operator PIN', () => {
    expect(isChannelAllowed(IPC_CHANNELS.getLaunchOptions, 'kiosk')).toBe(true);
    expect(isChannelAllowed(IPC_CHANNELS.operatorExit, 'kiosk')).toBe(true);
    expect(isChannelAllowed(IPC_CHANNELS.saveScreenshot, 'kiosk')).toBe(false);
    expect(isChannelAllowed(IPC_CHANNELS.printHandout, 'kiosk')).toBe(false);
  });

  it('standard and presenter may use all but the operator PIN', () => {
    for (const mode of ['standard', 'presenter'] as const) {
      for (const channel of Object.values(IPC_CHANNELS)) {
        expect(isChannelAllowed(channel, mode)).toBe(channel !== IPC_CHANNELS.operatorExit);
      }
    }
  });
});

describe('createIpcHandlers', () => {
  it('has one handler per channel and nothing else', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual(
      [
        'app:get-launch-options',
        'app:print-handout',
        'app:save-screenshot',
        'kiosk:operator-exit',
        'app:open-audience-window',
        'app:remember-language',
      ].sort(),
    );
  });

  it("remembers a known language, refuses anything else, and keeps no kiosk visitor's choice", async () => {
    const { handlers, deps } = setup();
    const remember = handlers[IPC_CHANNELS.rememberLanguage];
    await remember(eventFrom(appUrl), 'de');
    expect(deps.rememberLanguage).toHaveBeenCalledWith('de');
    await expect(remember(eventFrom(appUrl), 'xx')).rejects.toThrow('expected a language code');
    await expect(remember(eventFrom(appUrl), { toString: () => 'de' })).rejects.toThrow();
    await expect(remember(eventFrom('https://example.com/'), 'de')).rejects.toThrow('refused');
    expect(deps.rememberLanguage).toHaveBeenCalledTimes(1);
    const kiosk = setup('kiosk');
    await kiosk.handlers[IPC_CHANNELS.rememberLanguage](eventFrom(appUrl), 'de');
    expect(kiosk.deps.rememberLanguage).not.toHaveBeenCalled();
  });

  it('answers the app page', async () => {
    const { handlers, options, deps } = setup();
    await expect(handlers[IPC_CHANNELS.getLaunchOptions](eventFrom(appUrl))).resolves.toEqual(options);
    await expect(handlers[IPC_CHANNELS.saveScreenshot](eventFrom(appUrl), PNG)).resolves.toEqual({
      saved: true,
      path: '/home/me/shot.png',
    });
    expect(deps.saveScreenshot).toHaveBeenCalledWith(expect.anything(), expect.any(Buffer));
    await expect(handlers[IPC_CHANNELS.printHandout](eventFrom(appUrl))).resolves.toEqual({ ok: true });
    await expect(
      handlers[IPC_CHANNELS.openAudienceWindow](eventFrom(`${appUrl}?mode=presenter`)),
    ).resolves.toEqual({
      ok: true,
      secondDisplay: true,
    });
  });

  it.each([
    ['a foreign page', 'https://example.com/'],
    ['the error page', 'data:text/html,x'],
    ['a vanished frame', null],
  ])('refuses %s on every channel without calling anything', async (_label, url) => {
    const { handlers, deps } = setup();
    const log = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const [channel, handler] of Object.entries(handlers)) {
      await expect(handler(eventFrom(url), PNG)).rejects.toThrow(`${channel}: refused`);
    }
    expect(deps.saveScreenshot).not.toHaveBeenCalled();
    expect(deps.printHandout).not.toHaveBeenCalled();
    expect(deps.openAudienceWindow).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it('refuses a sub-frame of the app page', async () => {
    const { handlers } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(handlers[IPC_CHANNELS.getLaunchOptions](eventFrom(appUrl, {}))).rejects.toThrow('refused');
    vi.restoreAllMocks();
  });

  it.each([
    undefined,
    42,
    '',
    'data:image/jpeg;base64,/9j/',
    'data:image/png;base64,bm90IGEgcG5n',
    `${PNG}!`,
  ])('rejects a screenshot payload that is not a PNG data URL: %j', async (payload) => {
    const { handlers, deps } = setup();
    await expect(handlers[IPC_CHANNELS.saveScreenshot](eventFrom(appUrl), payload)).rejects.toThrow(
      'expected a PNG data URL',
    );
    expect(deps.saveScreenshot).not.toHaveBeenCalled();
  });

  it('kiosk: no audience window', async () => {
    const { handlers, deps } = setup('kiosk');
    await expect(handlers[IPC_CHANNELS.openAudienceWindow](eventFrom(appUrl))).resolves.toEqual({
      ok: false,
    });
    expect(deps.openAudienceWindow).not.toHaveBeenCalled();
  });

  it('kiosk: no save dialog and no print dialog', async () => {
    const { handlers, deps } = setup('kiosk');
    await expect(handlers[IPC_CHANNELS.saveScreenshot](eventFrom(appUrl), PNG)).resolves.toEqual({
      saved: false,
    });
    await expect(handlers[IPC_CHANNELS.printHandout](eventFrom(appUrl))).resolves.toEqual({ ok: false });
    expect(deps.saveScreenshot).not.toHaveBeenCalled();
    expect(deps.printHandout).not.toHaveBeenCalled();
  });
});

describe('operator exit channel', () => {
  it('kiosk: passes a PIN string to the check', async () => {
    const { handlers, deps } = setup('kiosk');
    await expect(handlers[IPC_CHANNELS.operatorExit](eventFrom(appUrl), '2468')).resolves.toEqual({
      outcome: 'ok',
      retryInS: 0,
    });
    expect(deps.operatorExit).toHaveBeenCalledWith('2468');
  });

  it.each([undefined, 2468, null, {}, ['2468'], 'x'.repeat(65)])(
    'rejects %j without checking it',
    async (pin) => {
      const { handlers, deps } = setup('kiosk');
      await expect(handlers[IPC_CHANNELS.operatorExit](eventFrom(appUrl), pin)).rejects.toThrow(
        'expected a PIN',
      );
      expect(deps.operatorExit).not.toHaveBeenCalled();
    },
  );

  it('outside kiosk there is nothing to exit from', async () => {
    const { handlers, deps } = setup('standard');
    await expect(handlers[IPC_CHANNELS.operatorExit](eventFrom(appUrl), '2468')).resolves.toEqual({
      outcome: 'no-pin',
      retryInS: 0,
    });
    expect(deps.operatorExit).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender before looking at the PIN', async () => {
    const { handlers, deps } = setup('kiosk');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(
      handlers[IPC_CHANNELS.operatorExit](eventFrom('https://evil.example/'), '2468'),
    ).rejects.toThrow('refused');
    expect(deps.operatorExit).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('registerIpcHandlers', () => {
  it('registers every handler with ipcMain.handle', () => {
    const handle = vi.fn();
    const { handlers } = setup();
    registerIpcHandlers({ handle }, handlers);
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });
});
