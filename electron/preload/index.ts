// The only bridge between the page and the main process: seven named calls, no
// ipcRenderer, no generic invoke. Runs sandboxed, so it imports nothing but 'electron'
// (the channel names are bundled in).
import { contextBridge, ipcRenderer } from 'electron';
import { type HepaticApi, IPC_CHANNELS } from '../ipc';

const api: HepaticApi = {
  getLaunchOptions: () => ipcRenderer.invoke(IPC_CHANNELS.getLaunchOptions),
  saveScreenshot: (pngDataUrl: string) => ipcRenderer.invoke(IPC_CHANNELS.saveScreenshot, String(pngDataUrl)),
  operatorExit: (pin: string) => ipcRenderer.invoke(IPC_CHANNELS.operatorExit, String(pin)),
  // Only the one known option is passed on, rebuilt here: nothing else from the page crosses.
  printHandout: (options) =>
    options?.destination === 'pdf'
      ? ipcRenderer.invoke(IPC_CHANNELS.printHandout, { destination: 'pdf' })
      : ipcRenderer.invoke(IPC_CHANNELS.printHandout),
  openAudienceWindow: () => ipcRenderer.invoke(IPC_CHANNELS.openAudienceWindow),
  rememberLanguage: (language: string) => ipcRenderer.invoke(IPC_CHANNELS.rememberLanguage, String(language)),
};

contextBridge.exposeInMainWorld('hepaticApi', api);
