import { Worker } from 'node:worker_threads';
import type { JourneyDocument } from '../../shared/document/schema';
import type { ExportOptions } from '../../shared/exchange/formats';
import type { ComparedFile } from './compare-export';
import type { ExportJob, ExportJobResult } from './export-worker';

/** The bundled worker script next to the main bundle (out/main/export-worker.js). */
export const bundledExportWorker = (): URL => new URL('./export-worker.js', import.meta.url);

/** Runs `renderExport` in a worker thread, one per export, and ends the thread afterwards. */
export function renderInWorker(script: URL, document: JourneyDocument, options: ExportOptions, language: string): Promise<Buffer> {
  return runJob(script, { document, options, language });
}

/** Runs `renderComparison` in a worker thread, as an export. */
export function renderComparisonInWorker(script: URL, before: ComparedFile, after: ComparedFile, format: 'md' | 'pdf', language: string): Promise<Buffer> {
  return runJob(script, { kind: 'comparison', before, after, format, language });
}

function runJob(script: URL, job: ExportJob): Promise<Buffer> {
  const worker = new Worker(script);
  return new Promise<Buffer>((resolve, reject) => {
    worker.once('message', (result: ExportJobResult) => (result.ok ? resolve(Buffer.from(result.data)) : reject(new Error(result.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the export stopped (worker exit ${code})`)));
    worker.postMessage(job);
  }).finally(() => void worker.terminate());
}
