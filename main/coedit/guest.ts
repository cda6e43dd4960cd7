/**
 * A guest laptop's connection to the host's relay (issue 28): main holds the map's shared
 * state (a hub the window reads and writes over IPC) and syncs it with the host over one
 * WebSocket, with the room code in its path as a phone's. Dropped connections are retried; a
 * guest that is offline (the network, or the user's choice) keeps its state and edits, and on
 * reconnecting both sides send what the other lacks. When the host ends the room, the guest
 * keeps its copy: the window offers to save it.
 */
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { CHANNEL_MAP, encodeMapStep1, encodeMapUpdate, LAPTOP_PARTICIPANT, readMapSync } from '../../shared/coedit/wire';
import {
  CHANNEL_CONTROL, closeCodeName, CONTROL_WELCOME, encodeHello, FINAL_CLOSES, MESSAGE_SYNC, PROTOCOL_VERSION, socketPath,
} from '../../shared/workshop/protocol';
import { hostPart } from '../workshop/join-info';
import { CoeditHub } from './hub';

export type GuestState = 'connecting' | 'online' | 'offline' | 'ended';

export interface GuestTarget { readonly address: string; readonly port: number; readonly code: string }

const RETRY_MS = 1_000;
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

  constructor(private readonly target: GuestTarget) {
    this.unlisten = this.hub.onLocalUpdate((update) => {
      if (this.joined) this.socket?.send(encodeMapUpdate(update));
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
    this.setState('offline');
  }

  close(): void {
    this.wanted = false;
    this.clearRetry();
    this.socket?.terminate();
    this.socket = null;
    this.unlisten();
    this.hub.destroy();
  }

  private setState(state: GuestState): void {
    this.current = state;
    this.hub.wake();
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
        socket.send(encodeMapStep1(this.hub.doc));
        return;
      }
      if (channel !== CHANNEL_MAP || decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      const reply = readMapSync(decoder, this.hub.doc, 'peers');
      if (reply) socket.send(reply);
    } catch {
      // A malformed message from the host changes nothing here; the next sync brings what is missing.
    }
  }

  private onClose(socket: WebSocket, closeCode: number): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.joined = false;
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
