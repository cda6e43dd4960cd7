import { parentPort } from 'node:worker_threads';
import type { ImportResult } from '../../shared/exchange/journey-from-rows';
import { createI18n, matchLanguage } from '../../shared/i18n/i18n';
import type { MetricsTable } from '../../shared/ipc/portfolio';
import { importFile } from './import-file';
import { readTableFile } from './table-file';

/** `table`: read a survey table's cells (metrics import) instead of a journey. */
export interface ImportJob { path: string; language: string; mode?: 'journey' | 'table' }
export type ImportJobResult = { ok: true; result: ImportResult } | { ok: false; message: string };
export type TableJobResult = { ok: true; table: MetricsTable } | { ok: false; message: string };

/**
 * Reads one import off the main thread: a spreadsheet is parsed here under a heap limit and a
 * time limit (import-in-worker.ts), so a hostile file cannot stall Electron's main process,
 * its windows or their autosaves. The same worker serves `waymark import` and the preview.
 */
parentPort?.once('message', (job: ImportJob) => {
  const i18n = createI18n(matchLanguage(job.language));
  if (job.mode === 'table') {
    readTableFile(job.path, i18n.t.bind(i18n)).then(
      (table) => parentPort?.postMessage({ ok: true, table } satisfies TableJobResult),
      (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies TableJobResult),
    );
    return;
  }
  importFile(job.path, i18n.t.bind(i18n)).then(
    (result) => parentPort?.postMessage({ ok: true, result } satisfies ImportJobResult),
    (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ImportJobResult),
  );
});
