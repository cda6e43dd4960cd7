/**
 * `npm run bench -- --relay-attack`: the workshop's relay attacked from the room's network, on
 * loopback only (each device an address of its own in 127.0.0.0/8), bounded in time. The
 * preview runs as its own process (out/bench/relay-preview.js) with the workshop in its worker
 * thread, as the app runs it; the attackers run in a worker thread of this process
 * (relay-load.ts), which also keeps the facilitator's window watching the room. For each
 * attack (and a baseline without one) this thread measures, for `seconds`:
 *
 * - a correct phone, a new device every 1.5 s: does it join, and how fast (to synced);
 * - an unrelated request every 100 ms (getPreferences, on the preview's main thread, as IPC);
 * - a real journey save through the repository every second (saveJourney): does it work;
 * - the relay's memory: the workshop thread's heap and buffers, and the whole process's RSS.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFile, mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import type { FileFingerprint } from '../../shared/ipc/fingerprint';
import type { OpenedJourney, SavedJourney } from '../../shared/ipc/contract';
import type { WorkshopJoin } from '../../shared/ipc/workshop';
import { journeyFrom } from '../helpers/journeys';
import { deviceAddress, Phone, socketUrl } from '../helpers/workshop-clients';
import { processMegabytes } from './proc-memory';
import { previewApi } from './preview-api';
import { SCENARIOS, type LoadCommand, type LoadReply, type RelayLoadData, type Scenario } from './relay-load-protocol';
import type { RelayPreviewMessage } from './relay-preview';
import { spread, type Spread } from './stats';

export const RELAY_ATTACK_GOALS = { joinMs: 2000, unrelatedP95Ms: 50, relayMB: 400 } as const;

export interface RelayAttackFigures {
  scenario: Scenario;
  seconds: number;
  /** The machine's 1-minute load average at the start and the end (it is shared). */
  loadAverage: [number, number];
  correctPhone: { attempts: number; joined: number; refused: string[]; joinMs: Spread };
  unrelatedMs: Spread;
  saves: { attempts: number; failed: number; errors: string[]; ms: Spread };
  /** Peaks: the workshop thread's heap plus its buffers outside the heap; the preview process's RSS (every thread). */
  relayMB: { thread: number; process: number };
  /** Mean share of time busy: the workshop's thread, the preview's main thread. */
  busy: { relayThread: number; previewMain: number };
  attack: Record<string, number>;
  met: { join: boolean; unrelated: boolean; saves: boolean; memory: boolean };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number) => Math.round(value * 10) / 10;
const mean = (values: number[]) => (values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length);

/** The preview process and its fork channel: stats on request. */
async function startPreview(folder: string, userData: string) {
  const child: ChildProcess = fork(new URL('./relay-preview.js', import.meta.url), [folder, userData], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting: ((message: Extract<RelayPreviewMessage, { kind: 'stats' }>) => void)[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the preview exited (${code})`)));
    child.on('message', (message: RelayPreviewMessage) => {
      if (message.kind === 'ready') resolve(message.url);
      else waiting.shift()?.(message);
    });
  });
  return {
    url,
    pid: child.pid ?? -1,
    stats: () => new Promise<Extract<RelayPreviewMessage, { kind: 'stats' }>>((resolve) => {
      waiting.push(resolve);
      child.send('stats');
    }),
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.disconnect();
    }),
  };
}

/** The attackers' thread: one command at a time, each answered. */
function startLoad(data: RelayLoadData) {
  const worker = new Worker(new URL('./relay-load.js', import.meta.url), { workerData: data });
  const ask = (command: LoadCommand) => new Promise<LoadReply>((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    worker.once('error', failed);
    worker.once('message', (reply: LoadReply) => {
      worker.off('error', failed);
      resolve(reply);
    });
    worker.postMessage(command);
  });
  return {
    ask,
    end: async () => {
      worker.postMessage({ kind: 'end' } satisfies LoadCommand);
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

/** Calls `step` every `everyMs` until `end` (a step that overruns delays the next). */
async function every(everyMs: number, end: number, step: () => Promise<void>): Promise<void> {
  while (Date.now() < end) {
    const started = Date.now();
    await step();
    await sleep(Math.max(0, everyMs - (Date.now() - started)));
  }
}

export async function measureRelayAttack(workFolder: string, log: (line: string) => void, seconds = 15, scenarios: readonly Scenario[] = SCENARIOS): Promise<RelayAttackFigures[]> {
  const folder = join(workFolder, 'relay-maps');
  await mkdir(folder, { recursive: true });
  const path = join(folder, 'Workshop.journey');
  await writeFile(path, serializeJourney(journeyFrom('retail')));
  const preview = await startPreview(folder, join(workFolder, 'relay-user-data'));
  const call = previewApi(preview.url);
  let load: ReturnType<typeof startLoad> | null = null;
  try {
    const opened = await call<OpenedJourney>('openJourney', { path });
    const document: JourneyDocument = opened.document;
    let baseline: FileFingerprint = opened.fingerprint;
    await call('startWorkshop', {
      journeyPath: path, title: 'Relay attack', voteBudget: 5, addresses: ['127.0.0.1'],
      stages: document.stages.map((stage) => ({ id: stage.id, name: stage.name })),
    });
    await call('openVotingRound', { items: Array.from({ length: 6 }, (_, i) => ({ item: `target-${i}`, text: `Pain point ${i}`, kind: 'painPoint' })), budget: 5, seconds: null });
    const joinInfo = await call<WorkshopJoin>('workshopJoinInfo', {});
    const port = Number(new URL(joinInfo.links[0]!.url).port);
    const socket = socketUrl(port, joinInfo.code);
    load = startLoad({ previewUrl: preview.url, port, code: joinInfo.code });

    let device = 0;
    let saveCount = 0;
    const figures: RelayAttackFigures[] = [];
    for (const scenario of scenarios) {
      log(`${scenario}: starting`);
      const startLoadAverage = loadavg()[0]!;
      await load.ask({ kind: 'start', scenario });
      await sleep(1000);
      const end = Date.now() + seconds * 1000;
      const joins: number[] = [];
      const refused: string[] = [];
      const unrelated: number[] = [];
      const saveTimes: number[] = [];
      const saveErrors: string[] = [];
      const threadMB: number[] = [];
      const processMB: number[] = [];
      const relayBusy: number[] = [];
      const mainBusy: number[] = [];
      await preview.stats(); // starts the busy figures from here
      await Promise.all([
        every(1500, end, async () => {
          const phone = new Phone(socket, { localAddress: deviceAddress(5000 + device) });
          device += 1;
          const started = performance.now();
          phone.client.connect();
          const deadline = started + 10_000;
          while (phone.client.status !== 'synced' && phone.client.status !== 'closed' && performance.now() < deadline) await sleep(2);
          if (phone.client.status === 'synced') joins.push(performance.now() - started);
          else refused.push(phone.client.closedBy ?? `not joined in 10 s (${phone.client.status})`);
          phone.leave();
        }),
        every(100, end, async () => {
          const started = performance.now();
          await call('getPreferences');
          unrelated.push(performance.now() - started);
        }),
        every(1000, end, async () => {
          saveCount += 1;
          const changed = { ...document, cards: document.cards.map((card, i) => (i === 0 ? { ...card, text: `Saved during the attack, ${saveCount}` } : card)) };
          const started = performance.now();
          try {
            baseline = (await call<SavedJourney>('saveJourney', { path, document: changed, baseline })).fingerprint;
            saveTimes.push(performance.now() - started);
          } catch (error) {
            saveErrors.push(error instanceof Error ? error.message : String(error));
          }
        }),
        every(1000, end, async () => {
          const [{ stats, mainBusy: busy }, memory] = await Promise.all([preview.stats(), processMegabytes(preview.pid)]);
          threadMB.push(stats.heapUsedMB + stats.externalMB);
          processMB.push(memory.now);
          relayBusy.push(stats.busySinceLast);
          mainBusy.push(busy);
        }),
      ]);
      const stopped = await load.ask({ kind: 'stop' });
      const attempts = joins.length + refused.length;
      const result: RelayAttackFigures = {
        scenario,
        seconds,
        loadAverage: [round(startLoadAverage), round(loadavg()[0]!)],
        correctPhone: { attempts, joined: joins.length, refused, joinMs: spread(joins.map(round)) },
        unrelatedMs: spread(unrelated.map(round)),
        saves: { attempts: saveTimes.length + saveErrors.length, failed: saveErrors.length, errors: saveErrors.slice(0, 3), ms: spread(saveTimes.map(round)) },
        relayMB: { thread: round(Math.max(...threadMB)), process: Math.max(...processMB) },
        busy: { relayThread: round(mean(relayBusy) * 100) / 100, previewMain: round(mean(mainBusy) * 100) / 100 },
        attack: stopped.kind === 'stopped' ? stopped.counters : {},
        met: { join: false, unrelated: false, saves: false, memory: false },
      };
      result.met = {
        join: attempts > 0 && joins.length === attempts && result.correctPhone.joinMs.max <= RELAY_ATTACK_GOALS.joinMs,
        unrelated: result.unrelatedMs.p95 <= RELAY_ATTACK_GOALS.unrelatedP95Ms,
        saves: result.saves.attempts > 0 && result.saves.failed === 0,
        memory: result.relayMB.thread <= RELAY_ATTACK_GOALS.relayMB,
      };
      figures.push(result);
      for (const line of formatRelayAttack(result)) log(line);
    }
    return figures;
  } finally {
    await call('endWorkshop', {}).catch(() => undefined);
    await load?.end();
    await preview.stop();
  }
}

/** A few lines per attack, marking each goal met or missed. */
export function formatRelayAttack(figures: RelayAttackFigures): string[] {
  const mark = (met: boolean) => (met ? 'met ' : 'MISS');
  const { correctPhone: phone, unrelatedMs: u, saves, relayMB, busy, met } = figures;
  const attack = Object.entries(figures.attack).map(([name, value]) => `${name} ${value}`).join(', ');
  return [
    `${figures.scenario} (${figures.seconds} s, load average ${figures.loadAverage[0]} -> ${figures.loadAverage[1]}):`,
    `  ${mark(met.join)} correct phone: ${phone.joined}/${phone.attempts} joined, p50 ${phone.joinMs.p50} ms, p95 ${phone.joinMs.p95} ms, max ${phone.joinMs.max} ms (limit ${RELAY_ATTACK_GOALS.joinMs})${phone.refused.length > 0 ? `; refused: ${phone.refused.join(', ')}` : ''}`,
    `  ${mark(met.unrelated)} unrelated request: p50 ${u.p50} ms, p95 ${u.p95} ms (limit ${RELAY_ATTACK_GOALS.unrelatedP95Ms}), max ${u.max} ms, ${u.count} requests`,
    `  ${mark(met.saves)} journey saves: ${saves.attempts - saves.failed}/${saves.attempts} saved, p50 ${saves.ms.p50} ms, max ${saves.ms.max} ms${saves.errors.length > 0 ? `; ${saves.errors.join('; ')}` : ''}`,
    `  ${mark(met.memory)} relay memory: workshop thread peak ${relayMB.thread} MB (limit ${RELAY_ATTACK_GOALS.relayMB}); preview process RSS peak ${relayMB.process} MB`,
    `       busy: workshop thread ${Math.round(busy.relayThread * 100)} %, preview main thread ${Math.round(busy.previewMain * 100)} %`,
    `       attack: ${attack}`,
  ];
}
