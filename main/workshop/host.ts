/**
 * The facilitator's side of a live workshop: the room's bookkeeping (participants, their
 * documents, the facilitator's triage) and the API the facilitator's window uses (through
 * facilitator.ts, in the relay's worker thread). The network is relay.ts; the disk, saver.ts;
 * who is in the room, roster.ts.
 * Plain class, no Electron.
 *
 * Each phone syncs two Yjs documents only: the room document (what the facilitator shows:
 * stages, lanes for notes, shared vote targets, the vote budget; read-only for phones) and its
 * own participant document. The facilitator reads every participant document here, in
 * process; nothing a participant writes reaches another participant unless the facilitator
 * shares it (share() copies a note's text into the room document as a vote target).
 *
 *   const host = await WorkshopHost.start({ workshopsFolder, stages, addresses: [lanAddresses()[0].address] });
 *   const info = await host.joinInfo();          // URL + QR code for the projector
 *   host.on('contributions', (change) => …);     // the inbox
 *   host.contributions(); host.triage(key, 'accepted'); host.lock(); host.remove(id); await host.end();
 *
 * Everything is saved to the workshop's folder (see persistence.ts) about saveDelayMs after a
 * change, and WorkshopHost.resume(folder) carries on after a restart with the same room code.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { NOTE_LANES, readRoom, writeRoom, type NoteLane, type ParticipantContent, type RoomStage, type RoomState, type VoteTarget } from '../../shared/workshop/model';
import { encodeWelcome, PROTOCOL_VERSION, type Hello } from '../../shared/workshop/protocol';
import { roomStageSchema, roomStateSchema, voteTargetSchema } from '../../shared/workshop/validate';
import type { Connection, JoinResult } from './connection';
import { diffKeys, type ContributionChange, type ParticipantSummary } from './contribution-change';
import { sameRecord } from '../../shared/document/same-record';
import { tallyContributions, type Contributions } from './contributions';
import { LaptopRoom } from './laptop-room';
import { LAPTOP_PARTICIPANT } from '../../shared/coedit/wire';
import { joinLink, type JoinInfo } from './join-info';
import { DEFAULT_LIMITS, type RelayLimits } from './limits';
import type { LiveParticipant } from './participant';
import { ParticipantSession, type ParticipantRoom } from './participant-session';
import { listWorkshops, loadParticipantDoc, loadWorkshopFile, newWorkshopFile, type TriageEntry, type TriageStatus, type WorkshopFile } from './persistence';
import { Relay } from './relay';
import { Roster } from './roster';
import { Turns } from './turns';
import { WorkshopSaver } from './saver';
import { newRoomCode } from './secrets';
import type { WorkshopPageHandler } from './server';

export interface WorkshopStartOptions {
  /** userData/workshops: the workshop gets a folder of its own below it, named by its id. */
  workshopsFolder: string;
  stages: RoomStage[];
  lanes?: NoteLane[];
  voteBudget?: number;
  /** The addresses to listen on (from lanAddresses(), as the facilitator picked them). */
  addresses: string[];
  /** 0 (the default) lets the system pick; the port is kept for a resume. */
  port?: number;
  page?: WorkshopPageHandler;
  limits?: Partial<RelayLimits>;
}

export interface WorkshopResumeOptions {
  /** Other addresses than last time (the laptop got a new one); the port stays unless given. */
  addresses?: string[];
  port?: number;
  page?: WorkshopPageHandler;
  limits?: Partial<RelayLimits>;
}

interface HostEvents {
  contributions: (change: ContributionChange) => void;
  /** Someone joined, came online, went offline or was removed. */
  participants: () => void;
  triage: (key: string, entry: TriageEntry | null) => void;
  /** A save reached the disk. */
  saved: () => void;
  /** A save failed (the next change tries again). */
  error: (error: Error) => void;
}

export type { ContributionChange, ParticipantSummary };

export class WorkshopHost implements ParticipantRoom {
  readonly roomDoc = new Y.Doc();
  readonly roomPresence: Awareness;
  readonly limits: RelayLimits;
  /** The laptops editing the map with the host, on the same code (laptop-room.ts). */
  readonly laptops: LaptopRoom;
  private readonly roster: Roster;
  private readonly triageByKey: Map<string, TriageEntry>;
  private readonly saver: WorkshopSaver;
  /** Sessions checking their phones' updates take turns, a few milliseconds of each turn of the event loop. */
  readonly turns = new Turns(8);
  private relay: Relay | null = null;
  private roomCache: RoomState | null = null;
  private status: 'open' | 'ended';
  private addresses: string[];
  private port: number;
  private readonly listeners: { [K in keyof HostEvents]: Set<HostEvents[K]> } = {
    contributions: new Set(), participants: new Set(), triage: new Set(), saved: new Set(), error: new Set(),
  };

  private constructor(
    readonly folder: string,
    private readonly file: WorkshopFile,
    limits: Partial<RelayLimits> | undefined,
    private readonly page: WorkshopPageHandler | undefined,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.laptops = new LaptopRoom(this.limits);
    this.roster = new Roster(this.limits);
    this.status = file.status;
    this.addresses = file.addresses;
    this.port = file.port;
    this.triageByKey = new Map(Object.entries(file.triage));
    this.saver = new WorkshopSaver(folder, this.limits.saveDelayMs, { participants: () => this.roster.all(), file: () => this.workshopFile() }, {
      saved: () => this.emit('saved'),
      error: (error) => this.emit('error', error),
    });
    Y.applyUpdate(this.roomDoc, Buffer.from(file.room, 'base64'));
    this.roomPresence = new Awareness(this.roomDoc);
    this.roomPresence.setLocalState(null);
    this.roomDoc.on('update', (update: Uint8Array) => {
      this.roomCache = null;
      for (const session of this.sessions()) session.sendRoomUpdate(update);
      this.saveSoon();
    });
    this.roomPresence.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const update = encodeAwarenessUpdate(this.roomPresence, [...added, ...updated, ...removed]);
      for (const session of this.sessions()) session.sendRoomPresence(update);
    });
  }

  /** Every joined socket of every participant. */
  private *sessions(): Iterable<ParticipantSession> {
    for (const participant of this.roster.all()) yield* participant.sockets;
  }

  get workshopId(): string {
    return this.file.workshopId;
  }
  get code(): string {
    return this.file.code;
  }
  get ended(): boolean {
    return this.status === 'ended';
  }

  /** Opens a new workshop: a new folder, a new room code, listening on `addresses`. */
  static async start(options: WorkshopStartOptions): Promise<WorkshopHost> {
    const room = new Y.Doc();
    const state = roomStateSchema.parse({
      stages: options.stages,
      lanes: options.lanes ?? [...NOTE_LANES],
      targets: [],
      voteBudget: options.voteBudget ?? 5,
      locked: false,
      round: null,
      history: [],
    });
    writeRoom(room, state);
    const workshopId = randomUUID();
    const file = newWorkshopFile({
      workshopId,
      code: newRoomCode(),
      createdAt: Date.now(),
      status: 'open',
      addresses: options.addresses,
      port: options.port ?? 0,
      participants: [],
      triage: {},
      room: Buffer.from(Y.encodeStateAsUpdate(room)).toString('base64'),
    });
    room.destroy();
    const host = new WorkshopHost(join(options.workshopsFolder, workshopId), file, options.limits, options.page);
    await host.listen();
    await host.saveNow();
    return host;
  }

  /**
   * Carries on a workshop from its folder after the app restarted: the same room code, every
   * participant (their ids, hashed secrets and documents), the triage. Phones reconnect by
   * themselves. An ended workshop opens without listening, for its contributions.
   */
  static async resume(folder: string, options: WorkshopResumeOptions = {}): Promise<WorkshopHost> {
    const file = await loadWorkshopFile(folder);
    if (options.addresses) file.addresses = options.addresses;
    if (options.port !== undefined) file.port = options.port;
    const host = new WorkshopHost(folder, file, options.limits, options.page);
    for (const record of file.participants) host.roster.add(record, await loadParticipantDoc(folder, record.id));
    if (host.status === 'open') await host.listen();
    return host;
  }

  /** The workshops kept in `workshopsFolder`, newest first. */
  static list = listWorkshops;

  on<K extends keyof HostEvents>(event: K, listener: HostEvents[K]): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }
  private emit<K extends keyof HostEvents>(event: K, ...args: Parameters<HostEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...a: Parameters<HostEvents[K]>) => void)(...args);
  }

  private async listen(): Promise<void> {
    this.relay = await Relay.listen({
      addresses: this.addresses,
      port: this.port,
      limits: this.limits,
      code: () => (this.status === 'open' ? this.file.code : null),
      ...(this.page ? { page: this.page } : {}),
    }, this);
    this.port = this.relay.port;
  }

  /** Open TCP connections to the workshop's port (for tests and the bench). */
  get openConnections(): number {
    return this.relay?.openConnections ?? 0;
  }

  /** For the join screen: the URL and QR code for each address listened on. */
  async joinInfo(): Promise<JoinInfo> {
    return { code: this.file.code, port: this.port, links: await Promise.all(this.addresses.map((address) => joinLink(address, this.port, this.file.code))) };
  }

  // What the relay and the participants' sessions call.

  roomState(): RoomState {
    this.roomCache ??= readRoom(this.roomDoc);
    return this.roomCache;
  }

  /** A socket's hello: a laptop co-editing the map, or a phone's participant (roster.ts). */
  async join(hello: Hello, connection: Connection): Promise<JoinResult> {
    if (this.status !== 'open') return { ok: false, refuse: 'ended' };
    if (hello.version !== PROTOCOL_VERSION) return { ok: false, refuse: 'unsupported-version' };
    if (hello.participantId === LAPTOP_PARTICIPANT) return this.laptops.join(connection);
    // A new participant is kept once workshop.json has them: a restart never forgets a participant.
    const admitted = this.roster.admit(hello, connection.address, this.roomState(), () => this.saver.records());
    if (!admitted.ok) return admitted;
    const { participant, secret } = admitted;
    return { ok: true, session: new ParticipantSession(connection, participant, this), welcome: encodeWelcome({ participantId: participant.id, secret }) };
  }

  participantChanged(participant: LiveParticipant, before: ParticipantContent): void {
    const after = participant.content;
    this.saveSoon();
    this.emit('contributions', {
      participantId: participant.id,
      notes: diffKeys(before.notes, after.notes),
      votes: !sameRecord(before.votes, after.votes),
      ratings: !sameRecord(before.ratings, after.ratings),
      name: before.profile.name !== after.profile.name,
      at: Date.now(),
    });
  }

  attendanceChanged(): void {
    this.emit('participants');
  }

  // The facilitator's API.

  participants(): ParticipantSummary[] {
    return this.roster.summaries(this.roomState());
  }

  /** Everything participants (not removed) contributed, for the inbox, the dots and the rating band. */
  contributions(): Contributions {
    return tallyContributions(this.roomState(), [...this.roster.all()], this.triageByKey);
  }

  /** Marks a note (by key) accepted, merged (into a card or note) or rejected; null clears it. Facilitator-only: phones never see it. */
  triage(key: string, status: TriageStatus | null, into?: string): void {
    if (status === null) this.triageByKey.delete(key);
    else this.triageByKey.set(key, { status, at: Date.now(), ...(into === undefined ? {} : { into }) });
    this.saveSoon();
    this.emit('triage', key, this.triageByKey.get(key) ?? null);
  }

  room(): RoomState {
    return structuredClone(this.roomState());
  }

  /** No new participants (those who joined can still reconnect and contribute). */
  lock(): void {
    writeRoom(this.roomDoc, { locked: true });
  }
  unlock(): void {
    writeRoom(this.roomDoc, { locked: false });
  }

  /** The stages as the journey has them now (renamed, added, moved). */
  setStages(stages: RoomStage[]): void {
    writeRoom(this.roomDoc, { stages: stages.map((stage) => roomStageSchema.parse(stage)) });
  }
  setLanes(lanes: NoteLane[]): void {
    writeRoom(this.roomDoc, { lanes: roomStateSchema.shape.lanes.parse(lanes) });
  }
  setVoteBudget(budget: number): void {
    writeRoom(this.roomDoc, { voteBudget: roomStateSchema.shape.voteBudget.parse(budget) });
  }

  /** Shares vote targets with the room (added, or updated by id). This is how anything reaches every phone. */
  share(targets: VoteTarget[]): void {
    const byId = new Map(this.roomState().targets.map((target) => [target.id, target]));
    for (const target of targets) byId.set(target.id, voteTargetSchema.parse(target));
    writeRoom(this.roomDoc, { targets: roomStateSchema.shape.targets.parse([...byId.values()]) });
  }
  unshare(targetIds: string[]): void {
    const gone = new Set(targetIds);
    writeRoom(this.roomDoc, { targets: this.roomState().targets.filter((target) => !gone.has(target.id)) });
  }

  /** What the facilitator shows the room (the stage in focus…), as awareness; null clears it. */
  setPresence(state: { stageId?: string } | null): void {
    this.roomPresence.setLocalState(state);
  }

  /**
   * Closes the participant's sockets and refuses their id from now on. Their notes stay,
   * parked; their votes and ratings count unless `drop`. restore() undoes it.
   */
  remove(participantId: string, drop = false): void {
    if (!this.roster.remove(participantId, drop)) return;
    this.saveSoon();
    this.emit('participants');
  }

  /** A removed participant is back: their phone may join again, and all they gave counts. */
  restore(participantId: string): void {
    if (!this.roster.restore(participantId)) return;
    this.saveSoon();
    this.emit('participants');
  }

  /** Sets fields of the room (a voting round's), checked whole against the room's schema first. */
  updateRoom(patch: Partial<RoomState>): void {
    const next = roomStateSchema.parse({ ...this.roomState(), ...patch });
    writeRoom(this.roomDoc, Object.fromEntries(Object.keys(patch).map((key) => [key, next[key as keyof RoomState]])));
  }

  /** Ends the workshop: every socket closed, the code stops working, nothing listens. The folder keeps the contributions. */
  async end(): Promise<void> {
    if (this.status === 'ended') return;
    this.status = 'ended';
    await this.shutdown('ended');
  }

  /** The app quits (or restarts) mid-workshop: saved, sockets told to come back, nothing listening. resume() carries on. */
  async close(): Promise<void> {
    await this.shutdown('restarting');
  }

  private async shutdown(reason: 'ended' | 'restarting'): Promise<void> {
    await this.relay?.close(reason);
    this.relay = null;
    this.turns.stop();
    this.saver.cancel();
    await this.saveNow();
    this.roomPresence.destroy();
    this.laptops.destroy();
    for (const participant of this.roster.all()) participant.presence.destroy();
  }

  // Saving.

  private saveSoon(): void {
    this.saver.soon();
  }

  /** Saves now, after any save under way; calls made before it starts share it. */
  saveNow(): Promise<void> {
    return this.saver.now();
  }

  /** workshop.json as the workshop is now. */
  private workshopFile(): WorkshopFile {
    return {
      ...this.file,
      status: this.status,
      addresses: this.addresses,
      port: this.port,
      participants: [...this.roster.all()].map((participant) => participant.record),
      triage: Object.fromEntries(this.triageByKey),
      room: Buffer.from(Y.encodeStateAsUpdate(this.roomDoc)).toString('base64'),
    };
  }
}
