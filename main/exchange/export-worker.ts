import { parentPort } from 'node:worker_threads';
import type { JourneyDocument } from '../../shared/document/schema';
import type { ExportOptions } from '../../shared/exchange/formats';
import { createI18n, matchLanguage } from '../../shared/i18n/i18n';
import { renderComparison, type ComparedFile } from './compare-export';
import { renderExport } from './export-journey';

/** A map to export, or (`comparison`) two maps compared, as Markdown or PDF. */
export type ExportJob =
  | { kind?: 'map'; document: JourneyDocument; options: ExportOptions; language: string }
  | { kind: 'comparison'; before: ComparedFile; after: ComparedFile; format: 'md' | 'pdf'; language: string };
export type ExportJobResult = { ok: true; data: Uint8Array } | { ok: false; message: string };

/**
 * Renders one export off the main thread: a big PNG or PDF takes seconds, and Electron's main
 * process must keep answering windows meanwhile. Spawned by render-in-worker.ts.
 */
parentPort?.once('message', (job: ExportJob) => {
  const i18n = createI18n(matchLanguage(job.language));
  const t = i18n.t.bind(i18n);
  const rendered = job.kind === 'comparison' ? renderComparison(job.before, job.after, job.format, t, i18n.language) : renderExport(job.document, job.options, t, i18n.language);
  rendered.then(
    (data) => parentPort?.postMessage({ ok: true, data } satisfies ExportJobResult, [data.buffer as ArrayBuffer]),
    (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ExportJobResult),
  );
});
