import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IMPORT_LIMITS, limitIssue, type LimitName } from '../../shared/exchange/import-limits';
import { said, sayIssue, sayWhere } from '../../shared/exchange/issue-text';
import type { ImportResult } from '../../shared/exchange/journey-from-rows';
import type { Translate } from '../../shared/templates/templates';
import type { ImportJob, ImportJobResult } from './import-worker';

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
 * Runs `importFile` in a worker thread of its own with a capped JavaScript heap, and ends it
 * after the time limit: an import that runs out of either is stopped, and says which limit it
 * met, while the calling thread stays free to answer windows and autosave.
 */
export function importInWorker(path: string, options: WorkerImportOptions): Promise<ImportResult> {
  const limits = { seconds: options.seconds ?? IMPORT_LIMITS.seconds, heapMegabytes: options.heapMegabytes ?? IMPORT_LIMITS.heapMegabytes };
  const worker = new Worker(options.script, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMegabytes } });
  let timer: NodeJS.Timeout | undefined;
  return new Promise<ImportResult>((resolve, reject) => {
    timer = setTimeout(() => resolve(stopped(options.t, 'seconds', limits)), limits.seconds * 1000);
    worker.once('message', (answer: ImportJobResult) => (answer.ok ? resolve(answer.result) : reject(new Error(answer.message))));
    worker.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve(stopped(options.t, 'heapMegabytes', limits));
      else reject(error);
    });
    worker.once('exit', (code) => reject(new Error(`the import stopped (worker exit ${code})`)));
    worker.postMessage({ path, language: options.language } satisfies ImportJob);
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}
