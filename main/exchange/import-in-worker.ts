import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IMPORT_LIMITS, limitIssue, type LimitName } from '../../shared/exchange/import-limits';
import { said, sayIssue, sayWhere } from '../../shared/exchange/issue-text';
import type { ImportResult } from '../../shared/exchange/journey-from-rows';
import type { Translate } from '../../shared/templates/templates';
import type { MetricsTable } from '../../shared/ipc/portfolio';
import type { ImportJob, ImportJobResult, TableJobResult } from './import-worker';

/** The bundled worker script next to the calling bundle's entry (out/main, out/cli). */
export const importWorkerBeside = (entryFolder: string): URL => pathToFileURL(join(entryFolder, 'import-worker.js'));

export interface WorkerImportOptions {
  /** The bundled worker script (out/main/import-worker.js, out/cli/import-worker.js). */
  script: URL;
  language: string;
  /** Says a stopped import's reason in the user's language. */
  t: Translate;
  seconds?: number;
  heapMegabytes?: number;
}

const stopped = (t: Translate, limit: LimitName, limits: { seconds: number; heapMegabytes: number }): ImportResult => ({
  document: null,
  notes: [],
  issues: [{ where: sayWhere(t, said('file')), message: sayIssue(t, limitIssue(limit, { ...IMPORT_LIMITS, ...limits })) }],
});

/**
 * Runs one job in a worker thread of its own with a capped JavaScript heap, and ends it after
 * the time limit: a job that runs out of either is stopped and answered with `stop(limit)`,
 * while the calling thread stays free to answer windows and autosave.
 */
function runJob<T>(job: ImportJob, options: WorkerImportOptions, answerOf: (message: ImportJobResult | TableJobResult) => T | Error, stop: (limit: LimitName, limits: { seconds: number; heapMegabytes: number }) => T): Promise<T> {
  const limits = { seconds: options.seconds ?? IMPORT_LIMITS.seconds, heapMegabytes: options.heapMegabytes ?? IMPORT_LIMITS.heapMegabytes };
  const worker = new Worker(options.script, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMegabytes } });
  let timer: NodeJS.Timeout | undefined;
  return new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => resolve(stop('seconds', limits)), limits.seconds * 1000);
    worker.once('message', (message: ImportJobResult | TableJobResult) => {
      const answer = answerOf(message);
      if (answer instanceof Error) reject(answer);
      else resolve(answer);
    });
    worker.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve(stop('heapMegabytes', limits));
      else reject(error);
    });
    worker.once('exit', (code) => reject(new Error(`the import stopped (worker exit ${code})`)));
    worker.postMessage(job);
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}

/** Reads a journey import (`importFile`) in a worker, within the heap and time limits. */
export function importInWorker(path: string, options: WorkerImportOptions): Promise<ImportResult> {
  return runJob(
    { path, language: options.language },
    options,
    (answer) => (!answer.ok ? new Error(answer.message) : 'result' in answer ? answer.result : new Error('the worker answered another job')),
    (limit, limits) => stopped(options.t, limit, limits),
  );
}

/** Reads a survey table (metrics import) in a worker, within the same limits as an import. */
export function readTableInWorker(path: string, options: WorkerImportOptions): Promise<MetricsTable> {
  return runJob(
    { path, language: options.language, mode: 'table' },
    options,
    (answer) => (!answer.ok ? new Error(answer.message) : 'table' in answer ? answer.table : new Error('the worker answered another job')),
    (limit, limits) => ({ kind: 'error', where: sayWhere(options.t, said('file')), message: sayIssue(options.t, limitIssue(limit, { ...IMPORT_LIMITS, ...limits })) }),
  );
}
