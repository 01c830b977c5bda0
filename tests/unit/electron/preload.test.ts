// The preload must expose exactly four functions under `hepaticApi`, each bound to its
// own channel. 'electron' is replaced by a stub: the real package needs the binary.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/ipc';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => 'answer');

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  beforeAll(async () => {
    await import('../../../electron/preload/index');
  });

  it('exposes only window.hepaticApi', () => {
    expect([...exposed.keys()]).toEqual(['hepaticApi']);
  });

  it('with exactly the six calls, all plain functions', () => {
    const api = exposed.get('hepaticApi') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([
      'getLaunchOptions',
      'openAudienceWindow',
      'operatorExit',
      'printHandout',
      'rememberLanguage',
      'saveScreenshot',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('each call invokes its own channel and passes only the expected argument', async () => {
    const api = exposed.get('hepaticApi') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await api.getLaunchOptions?.('extra');
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.getLaunchOptions);
    await api.saveScreenshot?.('data:image/png;base64,AAAA', 'extra');
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveScreenshot, 'data:image/png;base64,AAAA');
    await api.printHandout?.('extra');
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.printHandout);
    await api.operatorExit?.('1234', 'extra');
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.operatorExit, '1234');
    await api.printHandout?.({ destination: 'pdf', path: '/etc/passwd' });
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.printHandout, { destination: 'pdf' });
    await api.openAudienceWindow?.('extra');
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openAudienceWindow);
    await api.rememberLanguage?.('de', 'extra');
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.rememberLanguage, 'de');
  });
});
