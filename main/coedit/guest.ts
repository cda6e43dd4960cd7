/**
 * A guest laptop's connection to the host's relay (issue 28): main holds the map's shared
 * state (a hub the window reads and writes over IPC) and syncs it with the host over one
 * WebSocket, with the room code in its path as a phone's. Dropped connections are retried; a
 * guest that is offline (the network, or the user's choice) keeps its state and edits, and on
 * reconnecting both sides send what the other lacks. When the host ends the room, the guest
 * keeps its copy: the window offers to save it. What it sends is within the relay's limits: a
 * message over one relay message (a backlog from working apart) goes in parts, paced to the
 * relay's rate. Presence travels both ways as awareness updates, each checked on arrival.
 */
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { checkPresenceUpdate } from '../../shared/coedit/presence';
import { CHANNEL_MAP, encodeMapPresence, encodeMapStep1, encodeMapUpdate, LAPTOP_PARTICIPANT, readMapSync, splitMapMessage } from '../../shared/coedit/wire';
import {
  CHANNEL_CONTROL, closeCodeName, CONTROL_WELCOME, encodeHello, FINAL_CLOSES, MESSAGE_AWARENESS, MESSAGE_SYNC, PROTOCOL_VERSION, socketPath,
} from '../../shared/workshop/protocol';
import { WORKSHOP_LIMITS } from '../../shared/workshop/model';
import { TokenBucket } from '../workshop/rate-limit';
import { hostPart } from '../workshop/join-info';
import { CoeditHub } from './hub';

export type GuestState = 'connecting' | 'online' | 'offline' | 'ended';

export interface GuestTarget { readonly address: string; readonly port: number; readonly code: string }

const RETRY_MS = 1_000;
/** Below the relay's rate for a laptop (its bucket), so paced parts are never refused. */
const SEND_RATE = WORKSHOP_LIMITS.messagesPerSecond * 0.75;
const SEND_BURST = WORKSHOP_LIMITS.messageBurst / 2;
/** What a host may send in one frame (its first sync carries the whole map). */
const MAX_FROM_HOST_BYTES = 32 * 1024 * 1024;

export class CoeditGuest {
  readonly hub = new CoeditHub();
  private socket: WebSocket | null = null;
  private joined = false;
  private wanted = true;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private current: GuestState = 'connecting';
  /** Why the host refused or ended the room (a close code's name), once final. */
  reason: string | null = null;
  private readonly unlisten: () => void;
  /** Messages waiting for the relay's rate, oldest first, and the bucket that paces them. */
  private outbox: Uint8Array[] = [];
  private bucket = new TokenBucket(SEND_RATE, SEND_BURST);
  private pacing: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly target: GuestTarget) {
    this.unlisten = this.hub.onLocalUpdate((update) => {
      if (this.joined) this.send(encodeMapUpdate(update));
    });
    this.hub.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const own = this.hub.awareness.clientID;
      if (origin === 'local' && [...added, ...updated, ...removed].includes(own) && this.joined) this.sendPresence();
    });
    this.connect();
  }

  get state(): GuestState {
    return this.current;
  }

  /** Offline by choice (work apart) or back online; edits made meanwhile are kept and synced on return. */
  setOnline(online: boolean): void {
    if (this.current === 'ended') return;
    this.wanted = online;
    if (online) {
      if (!this.socket) this.connect();
      return;
    }
    this.clearRetry();
    this.socket?.terminate();
    this.socket = null;
    this.joined = false;
    this.forgetPeers();
    this.setState('offline');
  }

  close(): void {
    this.wanted = false;
    this.clearRetry();
    this.clearOutbox();
    this.socket?.terminate();
    this.socket = null;
    this.unlisten();
    this.hub.destroy();
  }

  private setState(state: GuestState): void {
    this.current = state;
    this.hub.wake();
  }

  /** To the host within the relay's limits: in parts when too large, paced to its rate. */
  private send(message: Uint8Array): void {
    this.outbox.push(...splitMapMessage(message));
    this.drain();
  }

  private sendPresence(): void {
    this.send(encodeMapPresence(encodeAwarenessUpdate(this.hub.awareness, [this.hub.awareness.clientID])));
  }

  private drain(): void {
    if (this.pacing) return;
    while (this.outbox.length > 0) {
      if (!this.joined || !this.socket) return this.clearOutbox();
      if (!this.bucket.take()) {
        this.pacing = setTimeout(() => {
          this.pacing = null;
          this.drain();
        }, 1000 / SEND_RATE);
        return;
      }
      const next = this.outbox.shift();
      if (next) this.socket.send(next);
    }
  }

  /** What was not sent is in the doc: the next connection's sync brings it. */
  private clearOutbox(): void {
    if (this.pacing) clearTimeout(this.pacing);
    this.pacing = null;
    this.outbox = [];
  }

  /** Off the room, nobody else is here: their selections and the cards they held are free. */
  private forgetPeers(): void {
    const others = [...this.hub.awareness.getStates().keys()].filter((client) => client !== this.hub.awareness.clientID);
    if (others.length > 0) removeAwarenessStates(this.hub.awareness, others, 'offline');
    // Forgotten altogether: their states on return are taken again whatever their clock.
    for (const client of others) this.hub.awareness.meta.delete(client);
  }

  private clearRetry(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  private connect(): void {
    this.clearRetry();
    const { address, port, code } = this.target;
    const socket = new WebSocket(`ws://${hostPart(address, port)}${socketPath(encodeURIComponent(code))}`, { maxPayload: MAX_FROM_HOST_BYTES, perMessageDeflate: false });
    this.socket = socket;
    this.joined = false;
    this.clearOutbox();
    this.bucket = new TokenBucket(SEND_RATE, SEND_BURST);
    if (this.current !== 'offline') this.setState('connecting');
    socket.binaryType = 'nodebuffer';
    socket.on('open', () => socket.send(encodeHello({ version: PROTOCOL_VERSION, participantId: LAPTOP_PARTICIPANT, secret: '' })));
    socket.on('message', (data: Buffer) => this.onMessage(socket, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    socket.on('error', () => socket.terminate());
    socket.on('close', (closeCode: number) => this.onClose(socket, closeCode));
  }

  private onMessage(socket: WebSocket, bytes: Uint8Array): void {
    if (socket !== this.socket) return;
    try {
      const decoder = decoding.createDecoder(bytes);
      const channel = decoding.readVarUint(decoder);
      if (channel === CHANNEL_CONTROL) {
        if (decoding.readVarUint(decoder) !== CONTROL_WELCOME) return;
        this.joined = true;
        this.setState('online');
        this.send(encodeMapStep1(this.hub.doc));
        if (this.hub.awareness.getLocalState() !== null) this.sendPresence();
        return;
      }
      if (channel !== CHANNEL_MAP) return;
      const kind = decoding.readVarUint(decoder);
      if (kind === MESSAGE_AWARENESS) {
        const checked = checkPresenceUpdate(decoding.readVarUint8Array(decoder));
        if (checked.update) applyAwarenessUpdate(this.hub.awareness, checked.update, 'peers');
        return;
      }
      if (kind !== MESSAGE_SYNC) return;
      const reply = readMapSync(decoder, this.hub.doc, 'peers');
      // Its answer to the host's step 1 is what the host lacks: all that was edited apart.
      if (reply) this.send(reply);
    } catch {
      // A malformed message from the host changes nothing here; the next sync brings what is missing.
    }
  }

  private onClose(socket: WebSocket, closeCode: number): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.joined = false;
    this.clearOutbox();
    this.forgetPeers();
    const name = closeCodeName(closeCode);
    if (name !== undefined && FINAL_CLOSES.has(name)) {
      this.reason = name;
      this.wanted = false;
      return this.setState('ended');
    }
    if (!this.wanted) return;
    this.setState('offline');
    this.retry = setTimeout(() => this.connect(), RETRY_MS);
  }
}
