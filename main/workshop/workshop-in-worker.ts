/**
 * The facilitator's workshop, run in a worker thread of its own (workshop-worker.ts), as main
 * (Electron) and the preview use it: the same methods as FacilitatorWorkshop, each answering
 * with a promise. Requests and answers are structured-cloned; an error arrives as its message.
 *
 * The thread starts at the first call. If it dies (out of its heap, say), every call waiting
 * on it fails, the room's sockets go with it, and the next call starts a new thread: the
 * workshop stays open on disk, and the map offers to resume it, as after a crash of the app.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkshopAddress } from '../../shared/ipc/workshop';
import type { FacilitatorWorkshop } from './facilitator';
import type { RelayLimits } from './limits';

/** What the thread is made with (structured-cloned into it: no functions). */
export interface WorkshopWorkerOptions {
  /** userData/workshops */
  workshopsFolder: string;
  /** The preview (and its tests) may listen on 127.0.0.1; Electron never offers it. */
  allowLoopback?: boolean;
  /** The built participant page (out/phone), served by the thread. */
  phonePageFolder?: string;
  limits?: Partial<RelayLimits>;
  /** The machine's addresses, when a test gives its own. */
  addresses?: WorkshopAddress[];
}

type ThreadAsk = { kind: 'call'; method: string; args: unknown[] } | { kind: 'stats' };
export type WorkshopThreadRequest = ThreadAsk & { id: number };
export type WorkshopThreadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** How the workshop's thread is doing, for the bench. */
export interface WorkshopThreadStats {
  /** The worker's thread id (the main thread is 0). */
  threadId: number;
  heapUsedMB: number;
  heapTotalMB: number;
  /** Buffers outside the heap (sockets' pending data, Yjs updates in flight). */
  externalMB: number;
  /** Share of the time the thread's event loop was busy since the last stats call (0..1). */
  busySinceLast: number;
  /** TCP connections to the workshop's port. */
  openConnections: number;
}

type Methods<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] };
/** FacilitatorWorkshop's methods, each answering with a promise. */
export type WorkshopService = { [K in keyof Methods<FacilitatorWorkshop>]: FacilitatorWorkshop[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never };

export interface WorkshopWorker extends WorkshopService {
  /** The thread's heap and load (it is started if it is not running). */
  threadStats(): Promise<WorkshopThreadStats>;
  /** Whether the thread runs now (it starts at the first call that needs it). */
  threadRunning(): boolean;
}

/** False when the folder is empty or missing. */
async function holdsAnything(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length > 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The bundled worker script next to the calling bundle's entry (out/main, out/cli). */
export const workshopWorkerBeside = (entryFolder: string): URL => pathToFileURL(join(entryFolder, 'workshop-worker.js'));

/** The heap the thread may take: a room flooded past every limit stops its thread, never the app. */
const HEAP_MB = 768;

class WorkshopThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly script: URL, private readonly options: WorkshopWorkerOptions) {}

  get isRunning(): boolean {
    return this.worker !== null;
  }

  request(ask: ThreadAsk): Promise<unknown> {
    const worker = this.running();
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...ask, id } satisfies WorkshopThreadRequest);
    });
  }

  /** The app quits: the thread's workshop is closed (saved, left open to resume), then the thread ends. */
  async close(): Promise<void> {
    if (!this.worker) return;
    try {
      await this.request({ kind: 'call', method: 'close', args: [] });
    } finally {
      await this.worker?.terminate();
    }
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: this.options, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    worker.on('message', (reply: WorkshopThreadReply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new Error(reply.message));
    });
    const gone = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const waiters = [...this.waiting.values()];
      this.waiting.clear();
      for (const waiter of waiters) waiter.reject(new Error(`workshop: the workshop stopped (${reason})`));
    };
    worker.on('error', (error) => gone(error.message));
    worker.on('exit', (code) => gone(`exit ${code}`));
    // The thread alone never keeps the process alive (the preview's CLI exits when its server closes).
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/**
 * The facilitator's workshop in its own thread. Every FacilitatorWorkshop method is there,
 * forwarded by name (a method added to FacilitatorWorkshop needs nothing here); close() also
 * ends the thread.
 */
export function workshopInWorker(script: URL, options: WorkshopWorkerOptions): WorkshopWorker {
  const thread = new WorkshopThread(script, options);
  const call = (method: string, args: unknown[]) => thread.request({ kind: 'call', method, args });
  const methods = new Map<string, unknown>([
    ['close', () => thread.close()],
    ['threadStats', () => thread.request({ kind: 'stats' })],
    ['threadRunning', () => thread.isRunning],
    // Every map asks both as it opens: without a thread no workshop runs, and without a kept
    // workshop none can be resumed, so neither starts the thread (nor loads the relay's code).
    ['watch', (...args: unknown[]) => (thread.isRunning ? call('watch', args) : Promise.resolve(null))],
    // A host's window keeps asking after its room ended: without a thread there is no room.
    ['coeditWatch', (...args: unknown[]) => (thread.isRunning ? call('coeditWatch', args) : Promise.resolve(null))],
    ['resumable', async () => (thread.isRunning || (await holdsAnything(options.workshopsFolder)) ? call('resumable', []) : [])],
  ]);
  return new Proxy({} as WorkshopWorker, {
    get(_target, name) {
      // Not a thenable, nor anything but methods by name.
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (!methods.has(name)) methods.set(name, (...args: unknown[]) => call(name, args));
      return methods.get(name);
    },
  });
}
