/**
 * Headless phones for the workshop tests: the real client (shared/workshop/client.ts) over a
 * `ws` socket to 127.0.0.1, recording every byte the host sent it; and raw sockets for
 * sending what no honest phone sends.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import { WorkshopClient, type WorkshopIdentity, type WorkshopSocket } from '../../shared/workshop/client';
import { CHANNEL_CONTROL, CONTROL_ERROR, documentEncoder, encodeHello, MESSAGE_SYNC, PROTOCOL_VERSION, socketPath } from '../../shared/workshop/protocol';
import type { RoomStage } from '../../shared/workshop/model';
import { WorkshopHost, type WorkshopStartOptions } from '../../main/workshop/host';

export const LOOPBACK = '127.0.0.1';

/**
 * A loopback address of its own for device `n` (0..65000): 127.0.0.0/8 all leads to this
 * machine, so a client bound to one of them stands in for another device in the room.
 */
export const deviceAddress = (n: number) => `127.${10 + Math.floor(n / 65_000) % 200}.${Math.floor(n / 250) % 250 + 1}.${(n % 250) + 1}`;

export interface PhoneOptions {
  identity?: WorkshopIdentity | null;
  own?: Y.Doc;
  /** The address the phone's socket comes from (deviceAddress(n)); 127.0.0.1 by default. */
  localAddress?: string;
}

export const STAGES: RoomStage[] = [
  { id: 'aware', name: 'Awareness' },
  { id: 'consider', name: 'Consideration' },
  { id: 'buy', name: 'Purchase' },
];

export async function startHost(workshopsFolder: string, options: Partial<WorkshopStartOptions> = {}): Promise<WorkshopHost> {
  return WorkshopHost.start({
    workshopsFolder,
    stages: STAGES,
    voteBudget: 5,
    addresses: [LOOPBACK],
    port: 0,
    ...options,
    limits: { saveDelayMs: 50, ...options.limits },
  });
}

export const socketUrl = (port: number, code: string) => `ws://${LOOPBACK}:${port}${socketPath(code)}`;
export const hostSocketUrl = async (host: WorkshopHost) => {
  const info = await host.joinInfo();
  return socketUrl(info.port, info.code);
};

/** Polls until `check` holds (or throws after `timeoutMs`). */
export async function waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export class Phone {
  readonly client: WorkshopClient;
  /** Every message the host sent this phone, raw. */
  readonly received: Uint8Array[] = [];
  readonly errors: { code: string; detail: string }[] = [];
  private socket: WebSocket | null = null;

  constructor(url: string, options: PhoneOptions = {}) {
    this.client = new WorkshopClient({
      url,
      identity: options.identity ?? null,
      own: options.own,
      retry: { minMs: 20, maxMs: 200 },
      createSocket: (target) => {
        this.socket = new WebSocket(target, options.localAddress ? { localAddress: options.localAddress } : {});
        // Left while still connecting, ws reports an error after the client has let go of the socket.
        this.socket.on('error', () => undefined);
        return this.socket as unknown as WorkshopSocket;
      },
      onRawMessage: (data) => this.received.push(data.slice()),
    });
    this.client.on('error', (code, detail) => this.errors.push({ code, detail }));
  }

  /** Joins and waits for the sync handshake. */
  static async join(url: string, options: PhoneOptions = {}): Promise<Phone> {
    const phone = new Phone(url, options);
    phone.client.connect();
    await phone.synced();
    return phone;
  }

  synced(): Promise<void> {
    return waitFor(() => this.client.status === 'synced' || this.client.status === 'closed', 10_000, 'the phone to sync').then(() => {
      if (this.client.status === 'closed') throw new Error(`refused: ${this.client.closedBy}`);
    });
  }

  /** Waits until the host acknowledged every edit of this phone. */
  allSent(): Promise<void> {
    return waitFor(() => this.client.allSent(), 10_000, 'the host to acknowledge every edit');
  }

  /** The network goes: the socket dies without a close handshake (the client retries). */
  dropNetwork(): void {
    this.socket?.terminate();
  }

  /** Whether any message the host sent this phone contains `text` (Yjs updates carry strings as UTF-8). */
  sawText(text: string): boolean {
    const needle = Buffer.from(text, 'utf8');
    return this.received.some((message) => Buffer.from(message).includes(needle));
  }

  get identity(): WorkshopIdentity {
    if (this.client.identity.participantId === '') throw new Error('not joined');
    return this.client.identity;
  }

  leave(): void {
    this.client.destroy();
  }
}

/** A socket that speaks the protocol by hand: for messages the real client never sends. */
export class RawSocket {
  readonly messages: Uint8Array[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;
  private constructor(readonly ws: WebSocket) {
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data: Buffer) => this.messages.push(new Uint8Array(data)));
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.opened = new Promise((resolve, reject) => {
      ws.on('open', () => resolve());
      ws.on('error', reject);
    });
  }

  static async open(url: string, options?: ConstructorParameters<typeof WebSocket>[2]): Promise<RawSocket> {
    const socket = new RawSocket(new WebSocket(url, options));
    await socket.opened;
    return socket;
  }

  send(data: Uint8Array): void {
    this.ws.send(data);
  }

  /** Without an identity, as a new participant: with `secret` as the phone's own, else asking the host for one (as older pages did). */
  hello(identity?: WorkshopIdentity): void {
    this.send(encodeHello({ version: PROTOCOL_VERSION, participantId: identity?.participantId ?? '', secret: identity?.secret ?? '' }));
  }

  /** A sync update for the room (0) or own (1) document. */
  sendUpdate(channel: 0 | 1, update: Uint8Array): void {
    const encoder = documentEncoder(channel, MESSAGE_SYNC);
    sync.writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  }

  close(): void {
    this.ws.terminate();
  }
}

/** The codes of the ERROR messages among `messages`, in order. */
export function errorCodes(messages: Uint8Array[]): string[] {
  return messages.flatMap((message) => {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== CHANNEL_CONTROL || decoding.readVarUint(decoder) !== CONTROL_ERROR) return [];
    return [decoding.readVarString(decoder)];
  });
}

/** An update that makes `edit` on a copy of `base` (what a phone with that document would send). */
export function updateFrom(base: Y.Doc | null, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}
