import { contextBridge, ipcRenderer } from 'electron';
import { createApiMethods } from '../shared/ipc/methods';
import { channelOf, MENU_COMMAND_CHANNEL, menuCommandSchema, type WaymarkApi } from '../shared/ipc/contract';

/**
 * The renderer's only door to main: one `invoke` per contract method and a listener for
 * validated menu commands. No raw ipcRenderer, send or on is exposed.
 */
const api: WaymarkApi = {
  ...createApiMethods((method, input) => ipcRenderer.invoke(channelOf(method), input)),
  onMenuCommand: (listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, raw: unknown) => {
      const command = menuCommandSchema.safeParse(raw);
      if (command.success) listener(command.data);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('waymark', api);
