/**
 * One socket on the relay, whatever kind of room it joins. Reads the hello first (nothing
 * else is read until it is answered, and it must come within helloTimeoutMs), asks the room
 * to join it, and from then on hands every message to the session the room gave it (a
 * participant's, participant-session.ts; later, a laptop editing the map with others).
 *
 * Every message is checked for size and against a token bucket (the session's, shared by its
 * sockets; before the hello, the socket's own) before it is decoded; each refusal is a strike,
 * and a socket out of strikes is closed as abuse. What waits to be sent to a socket is bounded
 * too: a peer that stops reading is dropped (it reconnects and syncs what it lacks).
 */
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import { CHANNEL_CONTROL, CLOSE_CODES, CONTROL_HELLO, encodeError, readHello, type CloseCode, type Hello, type WorkshopErrorCode } from '../../shared/workshop/protocol';
import type { RelayLimits } from './limits';
import { TokenBucket } from './rate-limit';

/** What a joined socket hands its messages to: one kind of room's side of the conversation. */
export interface RelaySession {
  /** Tokens for the session's messages (shared by every socket of the same participant). */
  readonly bucket: TokenBucket;
  /** Joined: the welcome has gone; send what a new socket needs first. */
  opened(): void;
  read(bytes: Uint8Array): void;
  /** Answers what it holds back (messages it checks together) now: the connection is about to answer something itself. */
  settle(): void;
  /** A message was dropped for the rate (it may have been an edit). */
  rateLimited(): void;
  closed(): void;
}

export type JoinResult = { ok: true; session: RelaySession; welcome: Uint8Array } | { ok: false; refuse: CloseCode };

/** What a connection needs of the room it belongs to. */
export interface RelayRoom {
  readonly limits: RelayLimits;
  join(hello: Hello, connection: Connection): Promise<JoinResult>;
  /** A wrong identity, or more participants than the address may make: counts like a wrong code. */
  authFailed(address: string): void;
  left(connection: Connection): void;
}

/** Refusals of a hello that count against the sender's address. */
const FAILED_AUTH: ReadonlySet<CloseCode> = new Set<CloseCode>(['unknown-participant', 'address-full']);

export class Connection {
  session: RelaySession | null = null;
  /** Set by the heartbeat: false until the next pong or message. */
  alive = true;
  private state: 'hello' | 'joining' | 'joined' | 'closed' = 'hello';
  private readonly queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private readonly strikes: TokenBucket;
  /** Before the hello is answered, the socket has a bucket of its own. */
  private readonly preBucket: TokenBucket;
  private readonly helloTimer: ReturnType<typeof setTimeout>;

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
    if (this.state === 'closed' || this.socket.readyState !== this.socket.OPEN) return;
    // A peer that stopped reading: drop it rather than buffer without end.
    if (this.socket.bufferedAmount > this.room.limits.sendBufferBytes) return this.terminate();
    this.socket.send(data);
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
    this.queue.length = 0;
    this.session?.closed();
    this.room.left(this);
  }

  /** Drops one message with an error to the peer; too many and the socket is closed. */
  refuse(code: WorkshopErrorCode, detail = ''): void {
    this.send(encodeError(code, detail));
    if (!this.strikes.take()) this.close('abuse');
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.state === 'closed') return;
    this.alive = true;
    const session = this.session;
    // Answers go out in the order the messages came.
    const refuse = (code: WorkshopErrorCode, detail = '') => {
      session?.settle();
      this.refuse(code, detail);
    };
    if (!isBinary) return refuse('bad-message', 'binary messages only');
    if (data.length > this.room.limits.messageBytes) return refuse('message-too-large', `over ${this.room.limits.messageBytes} bytes`);
    if (!(session?.bucket ?? this.preBucket).take()) {
      refuse('rate-limited');
      session?.rateLimited();
      return;
    }
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.state === 'hello') return void this.hello(bytes);
    if (this.state === 'joining') {
      const { queuedBeforeHello, queuedBytesBeforeHello } = this.room.limits;
      if (this.queue.length >= queuedBeforeHello || this.queuedBytes + bytes.length > queuedBytesBeforeHello) return this.close('abuse');
      this.queue.push(bytes);
      this.queuedBytes += bytes.length;
      return;
    }
    session?.read(bytes);
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
      result = await this.room.join(hello, this);
    } catch {
      // The host could not save the new participant (a full disk): the phone tries again later.
      return this.close('restarting');
    }
    if (this.state !== 'joining') {
      if (result.ok) result.session.closed();
      return;
    }
    clearTimeout(this.helloTimer);
    if (!result.ok) {
      if (FAILED_AUTH.has(result.refuse)) this.room.authFailed(this.address);
      return this.close(result.refuse);
    }
    this.session = result.session;
    this.state = 'joined';
    this.send(result.welcome);
    result.session.opened();
    const queued = this.queue.splice(0);
    this.queuedBytes = 0;
    for (const message of queued) if (this.joined) this.session.read(message);
  }
}
