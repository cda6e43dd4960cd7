/**
 * One phone's socket. Reads the multiplexed protocol (shared/workshop/protocol.ts): the hello
 * first (nothing else is read until it is answered), then sync and awareness for the room
 * document (read-only: any update that would change it is refused) and for the participant's
 * own document (every update checked by LiveParticipant.tryUpdate before it is applied).
 *
 * Every message is checked for size and against the participant's token bucket before it is
 * decoded; each refusal is a strike, and a socket out of strikes is closed as abuse.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates, type Awareness } from 'y-protocols/awareness';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomState } from '../../shared/workshop/model';
import {
  CHANNEL_CONTROL, CHANNEL_OWN, CHANNEL_ROOM, CLOSE_CODES, CONTROL_HELLO, documentEncoder, encodeAck, encodeError, encodeWelcome,
  MESSAGE_AWARENESS, MESSAGE_SYNC, readHello, type CloseCode, type Hello, type Welcome, type WorkshopErrorCode,
} from '../../shared/workshop/protocol';
import { participantPresenceSchema } from '../../shared/workshop/validate';
import type { RelayLimits } from './limits';
import type { LiveParticipant } from './participant';
import { TokenBucket } from './rate-limit';

export type JoinResult = { ok: true; participant: LiveParticipant; welcome: Welcome } | { ok: false; refuse: CloseCode };

/** What a connection needs of the workshop it belongs to (WorkshopHost). */
export interface RelayRoom {
  readonly limits: RelayLimits;
  readonly roomDoc: Y.Doc;
  readonly roomPresence: Awareness;
  roomState(): RoomState;
  join(hello: Hello): Promise<JoinResult>;
  /** The participant's document changed (an accepted update): save it, tell the facilitator. */
  participantChanged(participant: LiveParticipant, before: LiveParticipant['content']): void;
  authFailed(address: string): void;
  /** The connection joined its participant (who is online now). */
  attached(connection: Connection): void;
  left(connection: Connection): void;
}

const MAX_PRESENCE_STATES = 4;
const MAX_PRESENCE_JSON = 1024;

/** The awareness update holds at most a few states, each a small presence object. */
function presenceIsValid(update: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_PRESENCE_STATES) return false;
    for (let i = 0; i < count; i += 1) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (json.length > MAX_PRESENCE_JSON || !participantPresenceSchema.safeParse(JSON.parse(json)).success) return false;
    }
    return !decoding.hasContent(decoder);
  } catch {
    return false;
  }
}

/** An update that changes nothing: no structs, no deletions (what a phone's step 2 for the room is). */
function isEmptyUpdate(update: Uint8Array): boolean {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return structs.length === 0 && ds.clients.size === 0;
  } catch {
    return false;
  }
}

export class Connection {
  participant: LiveParticipant | null = null;
  /** Set by the heartbeat: false until the next pong or message. */
  alive = true;
  private state: 'hello' | 'joining' | 'joined' | 'closed' = 'hello';
  private readonly queue: Uint8Array[] = [];
  private readonly strikes: TokenBucket;
  /** Before the hello is answered, the socket has a bucket of its own. */
  private readonly preBucket: TokenBucket;
  private readonly presenceIds = new Set<number>();
  private readonly helloTimer: ReturnType<typeof setTimeout>;
  private resyncTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly socket: WebSocket,
    readonly address: string,
    private readonly room: RelayRoom,
  ) {
    const { limits } = room;
    this.strikes = new TokenBucket(limits.strikesPerSecond, limits.strikeBurst);
    this.preBucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.helloTimer = setTimeout(() => this.close('not-joined'), limits.helloTimeoutMs);
    socket.on('message', (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    socket.on('pong', () => (this.alive = true));
    socket.on('close', () => this.closed());
    socket.on('error', () => socket.terminate());
  }

  send(data: Uint8Array): void {
    if (this.state !== 'closed' && this.socket.readyState === this.socket.OPEN) this.socket.send(data);
  }

  close(code: CloseCode): void {
    if (this.state === 'closed') return;
    this.socket.close(CLOSE_CODES[code], code);
    this.closed();
  }

  ping(): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.ping();
  }

  /** A socket that stopped answering pings (a phone that walked out of the Wi-Fi). */
  terminate(): void {
    this.socket.terminate();
    this.closed();
  }

  get joined(): boolean {
    return this.state === 'joined';
  }

  private closed(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    clearTimeout(this.helloTimer);
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    const participant = this.participant;
    if (participant) {
      participant.sockets.delete(this);
      participant.presence.off('update', this.onPresenceUpdate);
      removeAwarenessStates(participant.presence, [...this.presenceIds], null);
    }
    this.room.left(this);
  }

  private refuse(code: WorkshopErrorCode, detail = ''): void {
    this.send(encodeError(code, detail));
    if (!this.strikes.take()) this.close('abuse');
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.state === 'closed') return;
    this.alive = true;
    if (!isBinary) return this.refuse('bad-message', 'binary messages only');
    if (data.length > this.room.limits.messageBytes) return this.refuse('message-too-large', `over ${this.room.limits.messageBytes} bytes`);
    const participant = this.participant;
    if (!(participant?.bucket ?? this.preBucket).take()) {
      this.refuse('rate-limited');
      // What was dropped may be an edit: once the bucket has refilled, ask the phone for what the host lacks.
      if (participant && !this.resyncTimer) this.resyncTimer = setTimeout(() => this.resync(), 1000);
      return;
    }
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.state === 'hello') return void this.hello(bytes);
    if (this.state === 'joining') {
      if (this.queue.length >= this.room.limits.queuedBeforeHello) return this.close('abuse');
      this.queue.push(bytes);
      return;
    }
    this.read(bytes);
  }

  private async hello(bytes: Uint8Array): Promise<void> {
    let hello: Hello;
    try {
      const decoder = decoding.createDecoder(bytes);
      if (decoding.readVarUint(decoder) !== CHANNEL_CONTROL || decoding.readVarUint(decoder) !== CONTROL_HELLO) throw new Error('not a hello');
      hello = readHello(decoder);
    } catch {
      return this.close('not-joined');
    }
    this.state = 'joining';
    let result: JoinResult;
    try {
      result = await this.room.join(hello);
    } catch {
      // The host could not save the new participant (a full disk): the phone tries again later.
      return this.close('restarting');
    }
    if (this.state !== 'joining') return;
    clearTimeout(this.helloTimer);
    if (!result.ok) {
      if (result.refuse === 'unknown-participant') this.room.authFailed(this.address);
      return this.close(result.refuse);
    }
    const participant = result.participant;
    this.participant = participant;
    this.state = 'joined';
    participant.sockets.add(this);
    if (participant.sockets.size > this.room.limits.socketsPerParticipant) participant.sockets.values().next().value?.close('replaced');
    this.room.attached(this);
    participant.lastSeenAt = Date.now();
    participant.presence.on('update', this.onPresenceUpdate);
    this.send(encodeWelcome(result.welcome));
    this.sendOwnStep1();
    const presence = [...this.room.roomPresence.getStates().keys()];
    if (presence.length > 0) this.sendRoomPresence(encodeAwarenessUpdate(this.room.roomPresence, presence));
    for (const queued of this.queue.splice(0)) if (this.joined) this.read(queued);
  }

  private sendOwnStep1(): void {
    if (!this.participant) return;
    const encoder = documentEncoder(CHANNEL_OWN, MESSAGE_SYNC);
    sync.writeSyncStep1(encoder, this.participant.doc);
    this.send(encoding.toUint8Array(encoder));
  }

  private resync(): void {
    this.resyncTimer = null;
    if (this.joined) this.sendOwnStep1();
  }

  sendRoomUpdate(update: Uint8Array): void {
    const encoder = documentEncoder(CHANNEL_ROOM, MESSAGE_SYNC);
    sync.writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  }

  sendOwnUpdate(update: Uint8Array): void {
    const encoder = documentEncoder(CHANNEL_OWN, MESSAGE_SYNC);
    sync.writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  }

  sendRoomPresence(update: Uint8Array): void {
    const encoder = documentEncoder(CHANNEL_ROOM, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  }

  private readonly onPresenceUpdate = ({ added, removed }: { added: number[]; removed: number[] }, origin: unknown) => {
    if (origin !== this) return;
    for (const id of added) this.presenceIds.add(id);
    for (const id of removed) this.presenceIds.delete(id);
  };

  private read(bytes: Uint8Array): void {
    const participant = this.participant;
    if (!participant) return;
    try {
      const decoder = decoding.createDecoder(bytes);
      const channel = decoding.readVarUint(decoder);
      const kind = decoding.readVarUint(decoder);
      if (channel === CHANNEL_ROOM && kind === MESSAGE_SYNC) return this.readRoomSync(decoder);
      if (channel === CHANNEL_OWN && kind === MESSAGE_SYNC) return this.readOwnSync(decoder, participant);
      if (channel === CHANNEL_OWN && kind === MESSAGE_AWARENESS) {
        const update = decoding.readVarUint8Array(decoder);
        if (!presenceIsValid(update)) return this.refuse('invalid-presence');
        applyAwarenessUpdate(participant.presence, update, this);
        return;
      }
      if (channel === CHANNEL_ROOM) return this.refuse('read-only');
      this.refuse('bad-message', 'unknown channel or kind');
    } catch {
      this.refuse('bad-message', 'does not decode');
    }
  }

  private readRoomSync(decoder: decoding.Decoder): void {
    const type = decoding.readVarUint(decoder);
    if (type === sync.messageYjsSyncStep1) {
      const encoder = documentEncoder(CHANNEL_ROOM, MESSAGE_SYNC);
      sync.writeSyncStep2(encoder, this.room.roomDoc, decoding.readVarUint8Array(decoder));
      return this.send(encoding.toUint8Array(encoder));
    }
    if (type === sync.messageYjsSyncStep2 || type === sync.messageYjsUpdate) {
      // A phone never writes the room: only "nothing new" is let through.
      if (!isEmptyUpdate(decoding.readVarUint8Array(decoder))) this.refuse('read-only');
      return;
    }
    this.refuse('bad-message', 'unknown sync message');
  }

  private readOwnSync(decoder: decoding.Decoder, participant: LiveParticipant): void {
    const type = decoding.readVarUint(decoder);
    if (type === sync.messageYjsSyncStep1) {
      const encoder = documentEncoder(CHANNEL_OWN, MESSAGE_SYNC);
      sync.writeSyncStep2(encoder, participant.doc, decoding.readVarUint8Array(decoder));
      return this.send(encoding.toUint8Array(encoder));
    }
    if (type !== sync.messageYjsSyncStep2 && type !== sync.messageYjsUpdate) return this.refuse('bad-message', 'unknown sync message');
    const update = decoding.readVarUint8Array(decoder);
    const before = participant.content;
    const verdict = participant.tryUpdate(update, this.room.roomState(), this);
    if (!verdict.ok) return this.refuse(verdict.code, verdict.reason);
    participant.lastSeenAt = Date.now();
    this.send(encodeAck(Y.encodeStateVector(participant.doc)));
    if (verdict.changed) this.room.participantChanged(participant, before);
  }
}
