/**
 * The live workshop in its worker thread, as built (out/cli/workshop-worker.js), the way
 * Electron's main process and the preview run it: the relay, the checks of every message and
 * the workshop's saves happen there, not on the thread that answers windows and IPC.
 */
import { readdirSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workshopInWorker, type WorkshopWorker } from '../../main/workshop/workshop-in-worker';
import { participantEdits } from '../../shared/workshop/model';
import { WORKSHOP_WORKER } from '../helpers/browser';
import { useTempFolders } from '../helpers/temp-folder';
import { deviceAddress, Phone, RawSocket, socketUrl, STAGES, waitFor } from '../helpers/workshop-clients';

const tempFolder = useTempFolders();
const running: WorkshopWorker[] = [];
const phones: Phone[] = [];
afterEach(async () => {
  for (const phone of phones.splice(0)) phone.leave();
  await Promise.all(running.splice(0).map((workshop) => workshop.close()));
});

function inWorker(workshopsFolder: string): WorkshopWorker {
  const workshop = workshopInWorker(WORKSHOP_WORKER, { workshopsFolder, allowLoopback: true, addresses: [], limits: { saveDelayMs: 20 } });
  running.push(workshop);
  return workshop;
}
const request = { journeyPath: '/maps/retail.journey', title: 'Retail', stages: STAGES, voteBudget: 3, addresses: ['127.0.0.1'] };
const socketOf = (info: { code: string; links: readonly { url: string }[] }) => socketUrl(Number(new URL(info.links[0]!.url).port), info.code);

/** The nice value of this process's main thread and of all its threads, from /proc. */
async function threadNices(): Promise<{ main: number; all: number[] }> {
  // Field 19 of stat; the name in field 2 may hold spaces, so count from its closing parenthesis.
  const niceOf = async (task: string) => Number((await readFile(`/proc/self/task/${task}/stat`, 'utf8')).split(') ')[1]!.split(' ')[16]);
  // The main thread's id is the process id (ids wrap around, so it need not be the smallest).
  return { main: await niceOf(String(process.pid)), all: await Promise.all((await readdir('/proc/self/task')).map(niceOf)) };
}

/**
 * This thread does nothing but look at the disk synchronously until `done` holds (at most
 * `capMs`): no timer, socket or message of this thread runs meanwhile, however long the
 * other thread takes on a loaded machine. Returns when it started and ended, and whether `done` held.
 */
function blockUntil(done: () => boolean, capMs: number): { from: number; to: number; met: boolean } {
  const from = Date.now();
  let met = done();
  while (!met && Date.now() - from < capMs) met = done();
  return { from, to: Date.now(), met };
}

const filesIn = (folder: string): string[] => {
  try {
    return readdirSync(folder).map((name) => join(folder, name));
  } catch {
    return [];
  }
};

describe('the live workshop in a worker thread (as built)', () => {
  it('starts no thread while maps only ask whether a workshop or a shared map runs, or can be resumed; a kept one is found', async () => {
    const folder = await tempFolder();
    const idle = inWorker(folder);
    expect(await idle.watch(-1, 0)).toBeNull();
    expect(await idle.resumable()).toEqual([]);
    expect(await idle.coeditWatch(-1, 0)).toBeNull();
    expect(idle.threadRunning()).toBe(false);

    const host = inWorker(folder);
    const started = await host.start(request);
    expect(host.threadRunning()).toBe(true);
    expect((await host.watch(-1, 0))?.workshopId).toBe(started.workshopId);
    await host.close();
    // The app quit mid-workshop: the next start finds it to resume.
    const next = inWorker(folder);
    expect((await next.resumable()).map((kept) => kept.workshopId)).toEqual([started.workshopId]);
    expect(next.threadRunning()).toBe(true);
  });

  it('runs the room off this thread: a note sent while this thread is blocked is checked and saved meanwhile', async () => {
    const folder = await tempFolder();
    const workshop = inWorker(folder);
    const started = await workshop.start(request);
    const info = await workshop.joinInfo();
    const phone = await Phone.join(socketOf(info), { localAddress: deviceAddress(1) });
    phones.push(phone);
    const stats = await workshop.threadStats();
    expect(stats.threadId).toBeGreaterThan(0);
    expect(stats.openConnections).toBe(1);
    expect(stats.heapUsedMB).toBeGreaterThan(0);
    // On Linux the room's thread runs at a lower priority than this process's others (nice 10).
    if (process.platform === 'linux') expect((await threadNices()).all).toContain(10);
    if (process.platform === 'linux') expect((await threadNices()).main).toBe(0);

    const participants = join(folder, started.workshopId, 'participants');
    const before = filesIn(participants);
    const noteId = participantEdits.addNote(phone.client.own, { stageId: 'buy', lane: 'painPoints', text: 'Queue at the till' });
    // The edit left in the socket's write: the worker reads, checks and saves it while this thread spins.
    const blocked = blockUntil(() => filesIn(participants).length > before.length, 30_000);
    expect(blocked.met).toBe(true);
    const files = filesIn(participants);
    const written = (await Promise.all(files.map((file) => stat(file)))).map((info) => info.mtimeMs);
    expect(Math.max(...written)).toBeGreaterThan(blocked.from);
    // The clock here counts whole ms; a file's time has fractions of one.
    expect(Math.max(...written)).toBeLessThanOrEqual(blocked.to + 1);

    const seen = await workshop.watch(started.revision, 10_000);
    expect(seen?.stages.find((stage) => stage.stageId === 'buy')?.notes.map((note) => note.key)).toContain(`${phone.identity.participantId}/${noteId}`);
    // A refusal in the thread reaches the caller as its message.
    await expect(workshop.start(request)).rejects.toThrow(/already running/);
  });

  it('closes with the app and resumes in a new thread with the same code; the phone comes back by itself', async () => {
    const folder = await tempFolder();
    const first = inWorker(folder);
    await first.start(request);
    const info = await first.joinInfo();
    const phone = await Phone.join(socketOf(info), { localAddress: deviceAddress(2) });
    phones.push(phone);
    await first.close();
    await expect(RawSocket.open(socketOf(info))).rejects.toThrow(/ECONNREFUSED/);
    await waitFor(() => phone.client.status !== 'synced', 10_000, 'the phone to notice');

    const second = inWorker(folder);
    const [kept] = await second.resumable();
    const resumed = await second.resume(kept!.workshopId);
    expect(resumed.code).toBe(info.code);
    await phone.synced();
    expect((await second.threadStats()).openConnections).toBe(1);
  });
});
