/**
 * A participant's connection to the workshop host, for the phone page (and the headless
 * participants of the tests): one WebSocket, the room document read-only, the participant's
 * own document read-write, y-protocols sync on both.
 *
 * Edits made offline stay in the own document; on every (re)connect the sync handshake (step 1
 * both ways, step 2 answers) sends the host whatever it lacks, so nothing is queued by hand and
 * nothing is lost. Until that handshake is done, live updates are not sent (the step 2 carries
 * them), so the host never sees an update whose predecessors it lacks. The host acknowledges
 * each accepted update with its state vector: allSent() says when the host has everything.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  CHANNEL_CONTROL, CHANNEL_OWN, CHANNEL_ROOM, closeCodeName, CONTROL_ACK, CONTROL_ERROR, CONTROL_WELCOME, documentEncoder,
  encodeHello, FINAL_CLOSES, MESSAGE_AWARENESS, MESSAGE_SYNC, PROTOCOL_VERSION, readError, readWelcome,
} from './protocol';
import { newPhoneSecret } from './phone-secret';

/** What the page needs of a WebSocket (the browser's, or `ws` in node). */
export interface WorkshopSocket {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: never) => void) | null;
}
const OPEN = 1;

/** participantId is '' until the host has welcomed the phone's secret. */
export interface WorkshopIdentity { participantId: string; secret: string }
export type ClientStatus = 'connecting' | 'joined' | 'synced' | 'offline' | 'closed';

export interface WorkshopClientOptions {
  /** ws://<address>:<port>/w/<CODE>/socket */
  url: string;
  createSocket: (url: string) => WorkshopSocket;
  /** Kept by the page (localStorage) from an earlier join: resumes the same participant. Without one, the client makes a secret. */
  identity?: WorkshopIdentity | null;
  /** The participant's document as the page kept it (edits made offline included). */
  own?: Y.Doc;
  /** Backoff between reconnects, doubled per failure up to maxMs, jittered. */
  retry?: { minMs: number; maxMs: number };
  /** Every message from the host, raw, before it is read (diagnostics and tests). */
  onRawMessage?: (data: Uint8Array) => void;
}

interface ClientEvents {
  status: (status: ClientStatus) => void;
  identity: (identity: WorkshopIdentity) => void;
  error: (code: string, detail: string) => void;
  /** The connection ended for good: the close code's name (ended, removed, wrong-code…). */
  closed: (reason: string) => void;
  ack: () => void;
}

const toBytes = (data: unknown): Uint8Array | null => {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
};

export class WorkshopClient {
  readonly room = new Y.Doc();
  readonly own: Y.Doc;
  /** This phone's presence (what it is looking at), seen only by the facilitator. */
  readonly presence: Awareness;
  /** The facilitator's presence, shared with the room. */
  readonly roomPresence: Awareness;
  /** The participant's id and secret; participantId is '' until the host welcomed the secret. */
  identity: WorkshopIdentity;
  status: ClientStatus = 'offline';
  /** Why the connection ended for good, or null while it may come back. */
  closedBy: string | null = null;

  private socket: WorkshopSocket | null = null;
  private stopped = false;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private sentStep2 = false;
  private gotStep2 = false;
  private acked = new Map<number, number>();
  private listeners: { [K in keyof ClientEvents]: Set<ClientEvents[K]> } = { status: new Set(), identity: new Set(), error: new Set(), closed: new Set(), ack: new Set() };

  constructor(private readonly options: WorkshopClientOptions) {
    this.identity = options.identity ?? { participantId: '', secret: newPhoneSecret() };
    this.own = options.own ?? new Y.Doc();
    this.presence = new Awareness(this.own);
    this.presence.setLocalState(null);
    this.roomPresence = new Awareness(this.room);
    this.roomPresence.setLocalState(null);
    this.own.on('update', this.onOwnUpdate);
    this.presence.on('update', this.onPresenceUpdate);
  }

  on<K extends keyof ClientEvents>(event: K, listener: ClientEvents[K]): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }
  private emit<K extends keyof ClientEvents>(event: K, ...args: Parameters<ClientEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...a: Parameters<ClientEvents[K]>) => void)(...args);
  }
  private setStatus(status: ClientStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit('status', status);
  }

  connect(): void {
    this.stopped = false;
    this.closedBy = null;
    this.open();
  }

  /**
   * Drops the socket and opens a new one now, without waiting for a backoff: the page calls it
   * when the network is back, or when the host has not acknowledged an edit for a while (a
   * socket on a network that went away can look open for minutes).
   */
  reconnect(): void {
    if (this.stopped) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const socket = this.socket;
    this.detach();
    socket?.close(1000, 'reconnect');
    this.attempts = 0;
    this.open();
  }

  /** Leaves for good (the page is closed): no reconnect. */
  disconnect(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.socket?.close(1000, 'bye');
    this.detach();
    this.setStatus('closed');
  }

  /** Lets go of the documents' timers too (the page unloads). */
  destroy(): void {
    this.disconnect();
    this.presence.destroy();
    this.roomPresence.destroy();
    this.own.off('update', this.onOwnUpdate);
  }

  /** True when the host holds every edit this document has. */
  allSent(): boolean {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.own))) {
      if ((this.acked.get(client) ?? 0) < clock) return false;
    }
    return true;
  }

  /** The host's state vector of this participant's document, as it last acknowledged it. */
  acknowledged(): Map<number, number> {
    return new Map(this.acked);
  }

  private open(): void {
    this.setStatus('connecting');
    this.sentStep2 = false;
    this.gotStep2 = false;
    const socket = this.options.createSocket(this.options.url);
    this.socket = socket;
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => {
      this.attempts = 0;
      socket.send(encodeHello({ version: PROTOCOL_VERSION, participantId: this.identity.participantId, secret: this.identity.secret }));
      for (const [channel, doc] of [[CHANNEL_ROOM, this.room], [CHANNEL_OWN, this.own]] as const) {
        const encoder = documentEncoder(channel, MESSAGE_SYNC);
        sync.writeSyncStep1(encoder, doc);
        socket.send(encoding.toUint8Array(encoder));
      }
      if (this.presence.getLocalState() !== null) this.sendPresence();
    };
    socket.onmessage = (event) => {
      const data = toBytes(event.data);
      if (data === null) return;
      this.options.onRawMessage?.(data);
      this.read(data);
    };
    socket.onerror = () => undefined;
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.detach();
      const name = closeCodeName(event.code);
      if (name !== undefined && FINAL_CLOSES.has(name)) {
        this.stopped = true;
        this.closedBy = name;
        this.setStatus('closed');
        this.emit('closed', name);
        return;
      }
      if (this.stopped) return;
      this.setStatus('offline');
      this.scheduleRetry();
    };
  }

  private detach(): void {
    const socket = this.socket;
    this.socket = null;
    this.sentStep2 = false;
    this.gotStep2 = false;
    if (socket) socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    const others = [...this.roomPresence.getStates().keys()].filter((id) => id !== this.room.clientID);
    removeAwarenessStates(this.roomPresence, others, this);
  }

  private scheduleRetry(): void {
    const { minMs, maxMs } = this.options.retry ?? { minMs: 500, maxMs: 10_000 };
    const delay = Math.min(maxMs, minMs * 2 ** this.attempts) * (0.5 + Math.random() / 2);
    this.attempts += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) this.open();
    }, delay);
  }

  private send(data: Uint8Array): void {
    if (this.socket?.readyState === OPEN) this.socket.send(data);
  }

  private readonly onOwnUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || !this.sentStep2) return;
    const encoder = documentEncoder(CHANNEL_OWN, MESSAGE_SYNC);
    sync.writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  };

  private readonly onPresenceUpdate = (_change: unknown, origin: unknown) => {
    if (origin === 'local') this.sendPresence();
  };

  private sendPresence(): void {
    const encoder = documentEncoder(CHANNEL_OWN, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(this.presence, [this.own.clientID]));
    this.send(encoding.toUint8Array(encoder));
  }

  private read(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const channel = decoding.readVarUint(decoder);
    if (channel === CHANNEL_CONTROL) {
      const kind = decoding.readVarUint(decoder);
      if (kind === CONTROL_WELCOME) {
        const welcome = readWelcome(decoder);
        if (welcome.secret !== '' || welcome.participantId !== this.identity.participantId) {
          this.identity = { participantId: welcome.participantId, secret: welcome.secret === '' ? this.identity.secret : welcome.secret };
          this.emit('identity', this.identity);
        }
        this.setStatus('joined');
      } else if (kind === CONTROL_ERROR) {
        const { code, detail } = readError(decoder);
        this.emit('error', code, detail);
      } else if (kind === CONTROL_ACK) {
        this.acked = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
        this.emit('ack');
      }
      return;
    }
    if (channel !== CHANNEL_ROOM && channel !== CHANNEL_OWN) return;
    const doc = channel === CHANNEL_ROOM ? this.room : this.own;
    const kind = decoding.readVarUint(decoder);
    if (kind === MESSAGE_AWARENESS) {
      if (channel === CHANNEL_ROOM) applyAwarenessUpdate(this.roomPresence, decoding.readVarUint8Array(decoder), this);
      return;
    }
    if (kind !== MESSAGE_SYNC) return;
    // The host's step 1 carries its state vector of this participant's document: what it holds
    // now (less than was acknowledged, if it restarted from an older save), as good as an ack.
    if (channel === CHANNEL_OWN) {
      const peek = decoding.clone(decoder);
      if (decoding.readVarUint(peek) === sync.messageYjsSyncStep1) {
        this.acked = Y.decodeStateVector(decoding.readVarUint8Array(peek));
        this.emit('ack');
      }
    }
    const reply = documentEncoder(CHANNEL_OWN, MESSAGE_SYNC);
    const type = sync.readSyncMessage(decoder, reply, doc, this);
    if (channel === CHANNEL_OWN && type === sync.messageYjsSyncStep1) {
      // The host's state vector: answer with everything it lacks, then send edits live.
      this.send(encoding.toUint8Array(reply));
      this.sentStep2 = true;
    }
    if (channel === CHANNEL_OWN && type === sync.messageYjsSyncStep2) this.gotStep2 = true;
    if (this.sentStep2 && this.gotStep2) this.setStatus('synced');
  }
}
