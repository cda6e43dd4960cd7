import type { JourneyDocument } from '../../shared/document/schema';
import type { ExportFormat, ExportOptions } from '../../shared/exchange/formats';
import type { ImportResult } from '../../shared/exchange/journey-from-rows';
import type { MetricsTable } from '../../shared/ipc/portfolio';
import { basename, extname } from 'node:path';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n } from '../../shared/i18n/i18n';
import type { Translate } from '../../shared/templates/templates';
import type { Handlers } from '../ipc/handlers';
import { writeFileAtomic } from '../services/atomic-write';
import { renderExport } from './export-journey';
import { importFile } from './import-file';

/** Native save and open dialogs for exports and imports (Electron); the preview page has its own. */
export interface ExchangeDialogs {
  chooseExportPath(windowId: number, suggestedName: string, format: ExportFormat): Promise<string | null>;
  chooseImportPath(windowId: number): Promise<string | null>;
}

export interface ExchangeDeps {
  dialogs?: ExchangeDialogs;
  /** Labels inside exported files (report headings, sheet names), in the user's language. */
  t: Translate;
  /** The user's language now (it can change while Waymark runs). */
  language: () => string;
  /** Called with a journey file that an import wrote (Electron adds it to Open Recent). */
  onImported?: (path: string) => Promise<void>;
  /** Renders an export elsewhere (Electron: a worker thread); by default, right here. */
  render?: (document: JourneyDocument, options: ExportOptions) => Promise<Buffer>;
  /** Renders a comparison of two maps elsewhere (Electron: the export worker); by default, right here. */
  renderComparison?: (before: { label: string; document: JourneyDocument }, after: { label: string; document: JourneyDocument }, format: 'md' | 'pdf') => Promise<Buffer>;
  /** Reads an import elsewhere (a worker thread with a heap and time limit); by default, right here. */
  readImport?: (path: string) => Promise<ImportResult>;
  /** Reads a survey table for a metrics import elsewhere (the import worker); by default, right here. */
  readTable?: (path: string) => Promise<MetricsTable>;
}

type ExchangeMethods = 'chooseExportPath' | 'exportJourney' | 'chooseImportPath' | 'previewImport' | 'saveImported';

const inPage = () => Promise.reject(new Error('the preview page asks for file names itself'));

function englishDeps(): ExchangeDeps {
  const i18n = createI18n('en');
  return { t: i18n.t.bind(i18n), language: () => 'en' };
}

/** The IPC answers for export and import: the same functions `waymark export` and `import` run. */
export function exchangeHandlers(deps: ExchangeDeps = englishDeps()): Pick<Handlers, ExchangeMethods> {
  const { dialogs, t, language } = deps;
  return {
    chooseExportPath: async ({ suggestedName, format }, { windowId }) => (dialogs ? dialogs.chooseExportPath(windowId, suggestedName, format) : inPage()),
    exportJourney: async ({ path, document, options }) => {
      const data = await (deps.render ? deps.render(document, options) : renderExport(document, options, t, language()));
      await writeFileAtomic(path, data, { backup: false });
      return { path, bytes: data.length };
    },
    chooseImportPath: async (_input, { windowId }) => (dialogs ? dialogs.chooseImportPath(windowId) : inPage()),
    previewImport: async ({ path }) => {
      const result = await (deps.readImport ? deps.readImport(path) : importFile(path, t));
      return { path, name: basename(path, extname(path)), document: result.document, issues: result.issues, notes: result.notes };
    },
    saveImported: async ({ path, document }) => {
      await writeFileAtomic(path, serializeJourney(document), { backup: true });
      await deps.onImported?.(path);
      return { path };
    },
  };
}
