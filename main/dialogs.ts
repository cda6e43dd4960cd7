import { dialog } from 'electron';
import type { i18n as I18n } from 'i18next';
import type { Dialogs } from './ipc/handlers';
import type { WindowManager } from './window-manager';

/** Native open and save dialogs, filtered to journey files, and the folder dialog for a workspace. */
export function nativeDialogs(windows: WindowManager, i18n: I18n): Dialogs & { chooseFolder(windowId: number): Promise<string | null> } {
  const filters = () => [{ name: i18n.t('dialog.journeyFiles'), extensions: ['journey'] }];
  return {
    async chooseOpenPath(windowId) {
      const parent = windows.browserWindow(windowId);
      const options = { filters: filters(), properties: ['openFile' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder(windowId) {
      const parent = windows.browserWindow(windowId);
      const options = { properties: ['openDirectory' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(windowId, suggestedName) {
      const parent = windows.browserWindow(windowId);
      const options = { filters: filters(), defaultPath: `${suggestedName}.journey` };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.endsWith('.journey') ? result.filePath : `${result.filePath}.journey`;
    },
  };
}
