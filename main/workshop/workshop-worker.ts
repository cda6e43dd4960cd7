/**
 * The live workshop's thread (bundled as workshop-worker.js beside the main and CLI bundles):
 * the facilitator's workshop (facilitator.ts) with its relay, the phones' page, the checks of
 * every message and the workshop's saves all run here, so a flooded room never holds up the
 * windows, the saves of maps or IPC on the main thread. Main reaches it through
 * workshop-in-worker.ts: each request names a method of FacilitatorWorkshop and its arguments.
 */
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { FacilitatorWorkshop } from './facilitator';
import { lazyPhonePageHandler } from './phone-page';
import { lowerThisThreadsPriority } from './thread-priority';
import type { WorkshopThreadRequest, WorkshopThreadReply, WorkshopThreadStats, WorkshopWorkerOptions } from './workshop-in-worker';

// When the machine is busy, the room's thread gives way to the app's own (windows, saves, IPC).
lowerThisThreadsPriority(10);

const options = workerData as WorkshopWorkerOptions;
const { addresses } = options;
const facilitator = new FacilitatorWorkshop({
  workshopsFolder: options.workshopsFolder,
  ...(options.allowLoopback ? { allowLoopback: true } : {}),
  ...(options.phonePageFolder ? { page: lazyPhonePageHandler(options.phonePageFolder) } : {}),
  ...(options.limits ? { limits: options.limits } : {}),
  ...(addresses ? { addresses: () => addresses } : {}),
});

let utilization = performance.eventLoopUtilization();

function stats(): WorkshopThreadStats {
  const heap = getHeapStatistics();
  const now = performance.eventLoopUtilization();
  const busy = performance.eventLoopUtilization(now, utilization).utilization;
  utilization = now;
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return {
    threadId,
    heapUsedMB: mb(heap.used_heap_size),
    heapTotalMB: mb(heap.total_heap_size),
    externalMB: mb(heap.external_memory),
    busySinceLast: Math.round(busy * 1000) / 1000,
    openConnections: facilitator.openConnections(),
  };
}

async function answer(request: WorkshopThreadRequest): Promise<WorkshopThreadReply> {
  try {
    if (request.kind === 'stats') return { id: request.id, ok: true, value: stats() };
    const method = (facilitator as unknown as Record<string, unknown>)[request.method];
    if (request.method === 'constructor' || typeof method !== 'function') throw new Error(`workshop: no method ${request.method}`);
    const value: unknown = await (method as (...args: unknown[]) => unknown).apply(facilitator, request.args);
    return { id: request.id, ok: true, value };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (request: WorkshopThreadRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
