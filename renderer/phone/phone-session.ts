/**
 * The phone's side of a workshop: the WorkshopClient (shared/workshop/client.ts) over the
 * browser's WebSocket, the participant's document kept in localStorage, and the count of edits
 * the host has not acknowledged yet. React reads it through subscribe()/snapshot().
 *
 * Edits go into the participant's own Y.Doc at once, whatever the network: the client's sync
 * handshake sends the host what it lacks on every reconnect, and the document is saved after
 * each change, so a reload (or a phone that ran out of battery) loses nothing either.
 */
import * as Y from 'yjs';
import { WorkshopClient, type ClientStatus, type WorkshopSocket } from '../../shared/workshop/client';
import { EMPTY_ROOM, readParticipant, readRoom, type ParticipantContent, type RoomState } from '../../shared/workshop/model';
import { socketPath } from '../../shared/workshop/protocol';
import { retractRefusedEdits } from './phone-repair';
import { forgetParticipant, loadParticipant, saveParticipant, type PendingEdit } from './phone-storage';

export interface PhoneSnapshot {
  status: ClientStatus;
  /** Why the workshop closed the connection for good (ended, removed…), else null. */
  closedBy: string | null;
  /** The room has arrived at least once (until then the page says it is joining). */
  hasRoom: boolean;
  room: RoomState;
  content: ParticipantContent;
  /** Edits the host has not acknowledged yet. */
  waiting: number;
  /** The host refused an edit (it should not happen: the page checks first). */
  refused: boolean;
}

/** An edit unacknowledged this long on an open socket means the socket is dead: reconnect. */
const ACK_WATCHDOG_MS = 8000;

/** The room code in the page's address (/w/<CODE>/), or null. */
export function roomCodeFromPath(pathname: string): string | null {
  const match = /^\/w\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

const covered = (acked: Map<number, number>, edit: PendingEdit) => edit.every(([client, clock]) => (acked.get(client) ?? 0) >= clock);
const stateVector = (doc: Y.Doc): PendingEdit => [...Y.decodeStateVector(Y.encodeStateVector(doc))];

export class PhoneSession {
  readonly client: WorkshopClient;
  private pending: PendingEdit[];
  private listeners = new Set<() => void>();
  private current: PhoneSnapshot;
  private refused = false;
  private hasRoom = false;
  private watchdog: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly code: string, location: { host: string }) {
    const stored = loadParticipant(code);
    const own = new Y.Doc();
    if (stored.own) Y.applyUpdate(own, stored.own, 'storage');
    this.pending = stored.pending;
    this.client = new WorkshopClient({
      url: `ws://${location.host}${socketPath(code)}`,
      createSocket: (url) => new WebSocket(url) as unknown as WorkshopSocket,
      identity: stored.identity,
      own,
      retry: { minMs: 500, maxMs: 5000 },
    });
    this.current = this.read();
    own.on('update', this.onOwnUpdate);
    this.client.room.on('update', this.onRoomUpdate);
    this.client.on('status', () => this.changed());
    this.client.on('identity', () => this.save());
    this.client.on('closed', () => this.changed());
    this.client.on('ack', this.onAck);
    this.client.on('error', (code) => {
      if (code !== 'invalid-update' && code !== 'doc-too-large' && code !== 'read-only') return;
      this.refused = true;
      // Edits that no longer fit the room are taken back, and a new handshake sends the rest.
      if (code === 'invalid-update' && retractRefusedEdits(this.client.own, readRoom(this.client.room), this.client.acknowledged()) > 0) this.client.reconnect();
      this.changed();
    });
    window.addEventListener('online', this.onNetworkBack);
    window.addEventListener('offline', this.onNetworkGone);
  }

  start(): void {
    // The secret the client made for a new participant is kept before it is sent: a reload before the welcome is the same participant.
    if (this.client.identity.participantId === '') this.save();
    this.client.connect();
  }

  /** The workshop forgot this phone: start over as a new participant (what was kept here goes). */
  startOver(): void {
    this.stop();
    forgetParticipant(this.code);
  }

  stop(): void {
    window.removeEventListener('online', this.onNetworkBack);
    window.removeEventListener('offline', this.onNetworkGone);
    if (this.watchdog) clearTimeout(this.watchdog);
    this.client.destroy();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): PhoneSnapshot => this.current;

  private read(): PhoneSnapshot {
    return {
      status: this.client.status,
      closedBy: this.client.closedBy,
      hasRoom: this.hasRoom,
      room: this.hasRoom ? readRoom(this.client.room) : EMPTY_ROOM,
      content: readParticipant(this.client.own),
      waiting: this.pending.length,
      refused: this.refused,
    };
  }

  private changed(): void {
    this.current = this.read();
    this.armWatchdog();
    for (const listener of this.listeners) listener();
  }

  private save(): void {
    saveParticipant(this.code, this.client.identity, Y.encodeStateAsUpdate(this.client.own), this.pending);
  }

  private readonly onOwnUpdate = (_update: Uint8Array, origin: unknown) => {
    // The page's own edits wait for the host's acknowledgement; what the host sent is already there.
    if (origin !== this.client) this.pending.push(stateVector(this.client.own));
    this.save();
    this.changed();
  };

  private readonly onRoomUpdate = () => {
    this.hasRoom = true;
    this.changed();
  };

  /**
   * The host acknowledged an update with its state vector. An edit is delivered once that
   * covers it; a deletion adds nothing to the state vector, so it counts as delivered with the
   * first acknowledgement after it was made (the socket keeps messages in order, and a
   * reconnect's handshake carries every deletion again anyway).
   */
  private readonly onAck = () => {
    this.refused = false;
    const acked = this.client.acknowledged();
    const kept = this.pending.filter((edit) => !covered(acked, edit));
    if (kept.length !== this.pending.length) {
      this.pending = kept;
      this.save();
    }
    // The host is answering: the watchdog starts again from now.
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = null;
    this.changed();
  };

  private readonly onNetworkBack = () => {
    if (this.client.status === 'offline') this.client.reconnect();
  };

  /**
   * The phone says its network is gone, but an open socket may not notice for minutes (what
   * it sends meanwhile waits in buffers). Drop it now: the page says offline, and the edits
   * made meanwhile go in the handshake when the network is back.
   */
  private readonly onNetworkGone = () => {
    if (this.client.status !== 'closed') this.client.reconnect();
  };

  private armWatchdog(): void {
    if (this.pending.length === 0 || this.client.status !== 'synced') {
      if (this.watchdog) clearTimeout(this.watchdog);
      this.watchdog = null;
      return;
    }
    this.watchdog ??= setTimeout(() => {
      this.watchdog = null;
      if (this.pending.length > 0 && this.client.status === 'synced') this.client.reconnect();
    }, ACK_WATCHDOG_MS);
  }
}
