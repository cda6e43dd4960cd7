import { dialog, type BrowserWindow } from 'electron';
import type { i18n as I18n } from 'i18next';
import { FORMAT_EXTENSIONS, IMPORT_EXTENSIONS } from '../../shared/exchange/formats';
import type { ExchangeDialogs } from './exchange-handlers';

/** Native save dialog per export format, and an open dialog for CSV, XLSX and Mermaid files. */
export function nativeExchangeDialogs(parentOf: (windowId: number) => BrowserWindow | undefined, i18n: I18n): ExchangeDialogs {
  return {
    async chooseExportPath(windowId, suggestedName, format) {
      const extension = FORMAT_EXTENSIONS[format];
      const options = { defaultPath: `${suggestedName}.${extension}`, filters: [{ name: i18n.t(`exchange.formatName.${format}`), extensions: [extension] }] };
      const parent = parentOf(windowId);
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
    },
    async chooseImportPath(windowId) {
      const options = { filters: [{ name: i18n.t('exchange.importFiles'), extensions: [...IMPORT_EXTENSIONS] }], properties: ['openFile' as const] };
      const parent = parentOf(windowId);
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
