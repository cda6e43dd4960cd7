/**
 * The facilitator's workshop, as main-process state behind IPC: at most one room at a time
 * (the laptop hosts one), started for the open map, watched by the window through
 * watch() (a long poll, so Electron and the preview server answer it the same way with no
 * push channel of their own), and resumed after a restart from what the engine saved.
 *
 * Addresses are checked here before the engine sees them: only those lanAddresses() offers
 * now (private LAN, link-local, unique-local), plus loopback where `allowLoopback` (the
 * preview, for its browser tests). Never all interfaces.
 */
import type { LaptopUpdates } from './laptop-room';
import type { PresenceState } from '../../shared/coedit/presence';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ResumableWorkshop, RoundItem, WorkshopAddress, WorkshopJoin, WorkshopSnapshot } from '../../shared/ipc/workshop';
import type { NoteLane, RoomStage, RoomState } from '../../shared/workshop/model';
import { closeRound, openRound, revealRound, setRoundItems } from '../../shared/workshop/rounds';
import { writeFileAtomic } from '../services/atomic-write';
import { WorkshopHost } from './host';
import { lanAddresses } from './lan-addresses';
import type { RelayLimits } from './limits';
import { loadWorkshopFile, saveWorkshopFile, type TriageStatus } from './persistence';
import type { WorkshopPageHandler } from './server';

/** Beside the engine's workshop.json: which map the workshop is for, so a restart can offer it with that map. */
const FACILITATOR_FILE = 'facilitator.json';
const facilitatorFileSchema = z.strictObject({ journeyPath: z.string().nullable(), title: z.string().max(300) });
type FacilitatorFile = z.infer<typeof facilitatorFileSchema>;

const LOOPBACK: WorkshopAddress[] = [{ address: '127.0.0.1', family: 'IPv4', interfaceName: 'lo', kind: 'loopback' }];
const DEFAULT_WAIT_MS = 25_000;

export interface FacilitatorOptions {
  /** userData/workshops */
  workshopsFolder: string;
  /** The preview (and its tests) may listen on 127.0.0.1; Electron never offers it. */
  allowLoopback?: boolean;
  /** The participant page, once there is one. */
  page?: WorkshopPageHandler;
  limits?: Partial<RelayLimits>;
  /** The machine's addresses (a test gives its own). */
  addresses?: () => WorkshopAddress[];
}

export interface StartRequest {
  journeyPath: string | null;
  title: string;
  stages: RoomStage[];
  lanes?: NoteLane[];
  voteBudget: number;
  addresses: string[];
}

type Waiter = (snapshot: WorkshopSnapshot | null) => void;

export class FacilitatorWorkshop {
  private host: WorkshopHost | null = null;
  private meta: FacilitatorFile = { journeyPath: null, title: '' };
  private revision = 0;
  private cached: WorkshopSnapshot | null = null;
  private waiters = new Set<Waiter>();
  private notifyScheduled = false;
  private unsubscribe: (() => void)[] = [];
  /** Start, resume and end one at a time (two windows, a double click). */
  private busy: Promise<unknown> = Promise.resolve();
  /** Closes the current voting round when its time is up. */
  private roundTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: FacilitatorOptions) {}

  /** The addresses the facilitator may pick from, private LAN first. */
  addresses(): WorkshopAddress[] {
    const lan: WorkshopAddress[] = (this.options.addresses?.() ?? lanAddresses()).map((entry) => ({ ...entry }));
    return this.options.allowLoopback ? [...lan, ...LOOPBACK] : lan;
  }

  private checkAddresses(requested: readonly string[]): string[] {
    const offered = new Set(this.addresses().map((entry) => entry.address.toLowerCase()));
    const unique = [...new Set(requested.map((address) => address.toLowerCase()))];
    const refused = unique.filter((address) => !offered.has(address));
    if (refused.length > 0) throw new Error(`workshop: ${refused.join(', ')} is not an address of this machine's local network`);
    return unique;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.then(work, work);
    this.busy = next.catch(() => undefined);
    return next;
  }

  start(request: StartRequest): Promise<WorkshopSnapshot> {
    return this.serial(async () => {
      if (this.host) throw new Error('workshop: a workshop is already running; end it first');
      const addresses = this.checkAddresses(request.addresses);
      const host = await WorkshopHost.start({
        workshopsFolder: this.options.workshopsFolder,
        stages: request.stages,
        ...(request.lanes ? { lanes: request.lanes } : {}),
        voteBudget: request.voteBudget,
        addresses,
        ...(this.options.page ? { page: this.options.page } : {}),
        ...(this.options.limits ? { limits: this.options.limits } : {}),
      });
      const meta = { journeyPath: request.journeyPath, title: request.title };
      await writeFileAtomic(join(host.folder, FACILITATOR_FILE), `${JSON.stringify(meta)}\n`, { backup: false });
      this.attach(host, meta);
      return this.snapshot();
    });
  }

  /** Workshops a restart (or a crash) left open, newest first; not the one running. */
  async resumable(): Promise<ResumableWorkshop[]> {
    const kept = await WorkshopHost.list(this.options.workshopsFolder);
    const open = kept.filter((entry) => entry.status === 'open' && entry.workshopId !== this.host?.workshopId);
    return Promise.all(open.map(async (entry) => ({ workshopId: entry.workshopId, createdAt: entry.createdAt, ...(await readMeta(entry.folder)) })));
  }

  resume(workshopId: string): Promise<WorkshopSnapshot> {
    return this.serial(async () => {
      if (this.host?.workshopId === workshopId) return this.snapshot();
      if (this.host) throw new Error('workshop: a workshop is already running; end it first');
      const entry = (await WorkshopHost.list(this.options.workshopsFolder)).find((kept) => kept.workshopId === workshopId && kept.status === 'open');
      if (!entry) throw new Error('workshop: that workshop is no longer open');
      const saved = await loadWorkshopFile(entry.folder);
      const offered = new Set(this.addresses().map((address) => address.address.toLowerCase()));
      // The laptop may be on another network now: keep the addresses it still has.
      const addresses = saved.addresses.filter((address) => offered.has(address.toLowerCase()));
      if (addresses.length === 0) throw new Error('workshop: this machine no longer has the address the workshop used; end it and start a new one');
      const options = { addresses, ...(this.options.page ? { page: this.options.page } : {}), ...(this.options.limits ? { limits: this.options.limits } : {}) };
      let host: WorkshopHost;
      try {
        host = await WorkshopHost.resume(entry.folder, options);
      } catch {
        // The old port is taken: another one (phones then need the new link from the join screen).
        host = await WorkshopHost.resume(entry.folder, { ...options, port: 0 });
      }
      this.attach(host, await readMeta(entry.folder));
      return this.snapshot();
    });
  }

  private attach(host: WorkshopHost, meta: FacilitatorFile): void {
    this.host = host;
    this.meta = meta;
    const changed = () => this.changed();
    this.unsubscribe = [host.on('contributions', changed), host.on('participants', changed), host.on('triage', changed)];
    this.armRoundTimer();
    this.changed();
  }

  private running(): WorkshopHost {
    if (!this.host) throw new Error('workshop: no workshop is running');
    return this.host;
  }

  /** A new revision; waiting windows hear of it once per turn of the event loop, however many changes came. */
  private changed(): void {
    this.revision += 1;
    this.cached = null;
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    setImmediate(() => {
      this.notifyScheduled = false;
      // Made only for a window waiting: a busy room changes many times a second.
      if (this.waiters.size === 0) return;
      const snapshot = this.host ? this.snapshot() : null;
      const waiters = [...this.waiters];
      this.waiters.clear();
      for (const waiter of waiters) waiter(snapshot);
    });
  }

  /** The room as the window shows it, at the current revision. */
  snapshot(): WorkshopSnapshot {
    const host = this.running();
    this.cached ??= this.build(host);
    return this.cached;
  }

  private build(host: WorkshopHost, meta: FacilitatorFile = this.meta): WorkshopSnapshot {
    const room = host.room();
    const contributions = host.contributions();
    return {
      revision: this.revision,
      workshopId: host.workshopId,
      code: host.code,
      journeyPath: meta.journeyPath,
      title: meta.title,
      locked: room.locked,
      voteBudget: room.voteBudget,
      lanes: room.lanes,
      participants: host.participants().map(({ id, name, online, notes, votesUsed, ratings, removed, dropped }) => ({ id, name, online, notes, votesUsed, ratings, removed, dropped })),
      stages: contributions.stages.map((stage) => ({
        stageId: stage.stageId,
        stageName: stage.stageName,
        notes: stage.notes.map(({ key, participantId, author, triage, stageId, lane, text, createdAt, parked }) => ({ key, participantId, author, triage, stageId, lane, text, createdAt, parked })),
      })),
      votes: contributions.votes,
      ratings: contributions.ratings,
      targets: room.targets,
      rounds: contributions.rounds.map((round) => ({ number: round.number, budget: round.budget, items: round.targets, votes: round.votes, status: round.current ? room.round : null })),
    };
  }

  /**
   * The snapshot once the revision is past `after` (at once when it already is), or after
   * `waitMs` whatever it is; null when no workshop runs (or it ended meanwhile).
   */
  watch(after: number, waitMs = DEFAULT_WAIT_MS): Promise<WorkshopSnapshot | null> {
    if (!this.host) return Promise.resolve(null);
    if (this.revision > after || waitMs === 0) return Promise.resolve(this.snapshot());
    return new Promise((resolve) => {
      const done: Waiter = (snapshot) => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve(snapshot);
      };
      const timer = setTimeout(() => done(this.host ? this.snapshot() : null), waitMs);
      this.waiters.add(done);
    });
  }

  /** The host window's update of the co-edited map (issue 28): to every laptop in the room. */
  coeditPush(update: Uint8Array): void {
    this.running().laptops.push(update);
  }

  /** The laptops' updates of the map after `after` (-1: the whole state); null when no workshop runs. */
  async coeditWatch(after: number, waitMs: number, presenceAfter?: number): Promise<LaptopUpdates | null> {
    return this.host ? this.host.laptops.watch(after, waitMs, presenceAfter) : null;
  }

  /** The host's own presence in the co-edited map, as its window says (null: not shown). */
  coeditPresence(state: PresenceState | null): void {
    this.running().laptops.hub.setPresence(state);
  }

  /** TCP connections to the running workshop's port (for the bench). */
  openConnections(): number {
    return this.host?.openConnections ?? 0;
  }

  async joinInfo(): Promise<WorkshopJoin> {
    const info = await this.running().joinInfo();
    return { code: info.code, links: info.links.map(({ address, url }) => ({ address, url })) };
  }

  triage(key: string, status: TriageStatus | null, into?: string): void {
    this.running().triage(key, status, into);
  }

  setLocked(locked: boolean): void {
    const host = this.running();
    if (locked) host.lock();
    else host.unlock();
    this.changed();
  }

  /** Removes a participant (their notes stay, parked; their votes and ratings count unless `drop`). */
  remove(participantId: string, drop = false): void {
    this.running().remove(participantId, drop);
  }

  /** Undoes a removal. */
  restore(participantId: string): void {
    this.running().restore(participantId);
  }

  /** A new voting round on `items` (the current one closes), with `budget` votes each and, given `seconds`, a timer. */
  openRound(items: readonly RoundItem[], budget: number, seconds: number | null): void {
    const host = this.running();
    host.updateRoom(openRound(host.room(), items, budget, seconds === null ? null : Date.now() + seconds * 1000));
    this.armRoundTimer();
    this.changed();
  }

  /** The open round's items become `items`: one taken out gives its votes back. */
  setRoundItems(items: readonly RoundItem[]): void {
    this.patchRound((room) => setRoundItems(room, items), 'no voting round is open');
  }

  closeRound(): void {
    this.patchRound(closeRound, 'no voting round is open');
  }

  /** Shows the current round's totals (to the window, and to the phones through the room). */
  revealRound(): void {
    const totals = new Map(this.running().contributions().votes.map((vote) => [vote.targetId, vote.total]));
    this.patchRound((room) => revealRound(room, totals), 'no voting round to reveal');
  }

  private patchRound(patch: (room: RoomState) => Partial<RoomState> | null, missing: string): void {
    const host = this.running();
    const next = patch(host.room());
    if (!next) throw new Error(`workshop: ${missing}`);
    host.updateRoom(next);
    this.armRoundTimer();
    this.changed();
  }

  /** Closes the open round when its time is up (now, when a restart finds it past). */
  private armRoundTimer(): void {
    if (this.roundTimer) clearTimeout(this.roundTimer);
    this.roundTimer = null;
    const round = this.host?.room().round;
    if (!round?.open || round.endsAt === null) return;
    this.roundTimer = setTimeout(() => {
      this.roundTimer = null;
      const now = this.host?.room().round;
      if (now?.open && now.number === round.number) this.closeRound();
    }, Math.max(0, round.endsAt - Date.now()));
  }

  setStages(stages: RoomStage[]): void {
    this.running().setStages(stages);
    this.changed();
  }

  /** The map the workshop is for was saved under another name: kept for a restart's offer. */
  setJourney(journeyPath: string | null, title: string): Promise<void> {
    return this.serial(async () => {
      const host = this.running();
      this.meta = { journeyPath, title };
      await writeFileAtomic(join(host.folder, FACILITATOR_FILE), `${JSON.stringify(this.meta)}\n`, { backup: false });
      this.changed();
    });
  }

  /**
   * Ends the workshop: the room code stops working at once. With the id of one a restart left
   * open (not running), it is marked ended on disk without listening again (its address may be
   * gone). Answers with the room as it was when it ended, for the window to keep its results.
   */
  end(workshopId?: string): Promise<WorkshopSnapshot> {
    return this.serial(async () => {
      if (workshopId !== undefined && workshopId !== this.host?.workshopId) {
        const entry = (await WorkshopHost.list(this.options.workshopsFolder)).find((kept) => kept.workshopId === workshopId);
        if (!entry) throw new Error('workshop: no such workshop');
        await saveWorkshopFile(entry.folder, { ...(await loadWorkshopFile(entry.folder)), status: 'ended' });
        // An ended workshop opens without listening: read what its room gave, then let it go.
        const kept = await WorkshopHost.resume(entry.folder, this.options.limits ? { limits: this.options.limits } : {});
        const last = this.build(kept, await readMeta(entry.folder));
        await kept.close();
        return last;
      }
      const host = this.running();
      await host.end();
      const last = this.build(host);
      this.detach();
      return last;
    });
  }

  /** The app quits: the workshop is saved and stays open, to resume on the next start. */
  async close(): Promise<void> {
    const host = this.host;
    if (!host) return;
    this.detach();
    await host.close();
  }

  private detach(): void {
    if (this.roundTimer) clearTimeout(this.roundTimer);
    this.roundTimer = null;
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.host = null;
    this.changed();
  }
}

async function readMeta(folder: string): Promise<FacilitatorFile> {
  try {
    return facilitatorFileSchema.parse(JSON.parse(await readFile(join(folder, FACILITATOR_FILE), 'utf8')));
  } catch {
    return { journeyPath: null, title: '' };
  }
}
