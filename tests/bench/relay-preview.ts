/**
 * The preview as its own process for the relay-attack bench (built as out/bench/relay-preview.js
 * and forked): the real preview server, with the live workshop in its built worker thread as
 * the app runs it. Over the fork's channel it says where it serves and, when asked, how the
 * workshop's thread and its own main thread are doing.
 *
 *   node out/bench/relay-preview.js <folder> <user-data folder>
 */
import { performance } from 'node:perf_hooks';
import { startPreviewServer } from '../../main/preview/server';

export type RelayPreviewMessage =
  | { kind: 'ready'; url: string }
  | { kind: 'stats'; stats: Awaited<ReturnType<Awaited<ReturnType<typeof startPreviewServer>>['workshopStats']>>; mainBusy: number };

const [folder, userDataFolder] = process.argv.slice(2);
if (!folder || !userDataFolder || !process.send) throw new Error('usage: fork relay-preview.js <folder> <user-data folder>');

const server = await startPreviewServer({
  folder,
  userDataFolder,
  rendererDir: new URL('../../out/renderer', import.meta.url).pathname,
  importWorker: new URL('../../out/cli/import-worker.js', import.meta.url),
  workshopWorker: new URL('../../out/cli/workshop-worker.js', import.meta.url),
});
const send = (message: RelayPreviewMessage) => process.send?.(message);
let utilization = performance.eventLoopUtilization();
process.on('message', (message) => {
  if (message !== 'stats') return;
  void server.workshopStats().then((stats) => {
    const now = performance.eventLoopUtilization();
    const mainBusy = performance.eventLoopUtilization(now, utilization).utilization;
    utilization = now;
    send({ kind: 'stats', stats, mainBusy: Math.round(mainBusy * 1000) / 1000 });
  });
});
process.once('disconnect', () => {
  void server.close().finally(() => process.exit(0));
});
send({ kind: 'ready', url: server.url });
