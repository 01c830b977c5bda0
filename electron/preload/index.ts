// The only bridge between the page and the main process: three named calls, no
// ipcRenderer, no generic invoke. Runs sandboxed, so it imports nothing but 'electron'
// (the channel names are bundled in).
import { contextBridge, ipcRenderer } from 'electron';
import { type HepaticApi, IPC_CHANNELS } from '../ipc';

const api: HepaticApi = {
  getLaunchOptions: () => ipcRenderer.invoke(IPC_CHANNELS.getLaunchOptions),
  saveScreenshot: (pngDataUrl: string) => ipcRenderer.invoke(IPC_CHANNELS.saveScreenshot, String(pngDataUrl)),
  printHandout: (options) =>
    ipcRenderer.invoke(
      IPC_CHANNELS.printHandout,
      options?.destination === 'pdf' ? { destination: 'pdf' } : undefined,
    ),
};

contextBridge.exposeInMainWorld('hepaticApi', api);
