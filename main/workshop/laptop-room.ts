/**
 * The laptops editing the map with the host (issue 28), on the workshop's relay: each laptop's
 * socket is a session that syncs the map's Y.Doc (the host's hub, which the host's window reads
 * and writes over IPC) and relays every update to the other laptops. What a laptop sends is
 * size- and rate-limited by its connection and must decode as a Yjs update; whether the map it
 * makes is valid is checked by each laptop's mirror before its store sees it. A message larger
 * than the relay's limit (a guest's backlog after working apart) comes in numbered parts.
 * Presence (who is here, their selection, pointer and typing) is an awareness state per laptop:
 * each is checked against its schema here, a laptop speaks only for the one client it first
 * named, and its state goes when its socket does.
 */
import * as decoding from 'lib0/decoding';
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { checkPresenceUpdate } from '../../shared/coedit/presence';
import {
  CHANNEL_MAP, encodeMapPresence, encodeMapStep1, encodeMapUpdate, MapMessageParts, MAX_GUEST_LAPTOPS, MESSAGE_PART, readMapSync,
} from '../../shared/coedit/wire';
import { encodeWelcome, MESSAGE_AWARENESS, MESSAGE_SYNC } from '../../shared/workshop/protocol';
import { CoeditHub, type HubUpdates } from '../coedit/hub';
import type { Connection, JoinResult, RelaySession } from './connection';
import type { RelayLimits } from './limits';
import { TokenBucket } from './rate-limit';

export interface LaptopUpdates extends HubUpdates {
  /** Guest laptops connected now. */
  readonly laptops: number;
}

class LaptopSession implements RelaySession {
  readonly bucket: TokenBucket;
  /** The awareness client this laptop speaks for (the first it named). */
  client: number | null = null;
  private readonly parts = new MapMessageParts();

  constructor(private readonly connection: Connection, private readonly room: LaptopRoom, limits: RelayLimits) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
  }

  opened(): void {
    // Both sides send their state vector; each answers with what the other lacks.
    this.connection.send(encodeMapStep1(this.room.hub.doc));
    const present = [...this.room.hub.awareness.getStates().keys()];
    if (present.length > 0) this.connection.send(encodeMapPresence(encodeAwarenessUpdate(this.room.hub.awareness, present)));
  }

  read(bytes: Uint8Array, whole = false): void {
    try {
      const decoder = decoding.createDecoder(bytes);
      if (decoding.readVarUint(decoder) !== CHANNEL_MAP) return this.connection.refuse('bad-message', 'laptops speak about the map only');
      const kind = decoding.readVarUint(decoder);
      if (kind === MESSAGE_SYNC) {
        const reply = readMapSync(decoder, this.room.hub.doc, this);
        if (reply) this.connection.send(reply);
      } else if (kind === MESSAGE_AWARENESS) {
        this.presence(decoding.readVarUint8Array(decoder));
      } else if (kind === MESSAGE_PART && !whole) {
        const message = this.parts.add(decoder);
        if (message) this.read(message, true);
      } else {
        this.connection.refuse('bad-message', 'laptops speak about the map only');
      }
    } catch {
      this.connection.refuse('invalid-update');
    }
  }

  private presence(update: Uint8Array): void {
    const checked = checkPresenceUpdate(update, 1);
    const client = checked.clients[0];
    if (!checked.update || client === undefined) return this.connection.refuse('invalid-update', 'presence refused');
    if (this.client !== null && client !== this.client) return this.connection.refuse('invalid-update', 'presence of another laptop');
    if (client === this.room.hub.doc.clientID) return this.connection.refuse('invalid-update', 'presence of the host');
    // A laptop back on a new socket before the host noticed its old one gone: the newest speaks for it.
    if (this.client === null) this.room.handOver(client, this);
    this.client = client;
    applyAwarenessUpdate(this.room.hub.awareness, checked.update, this);
  }

  send(update: Uint8Array): void {
    this.connection.send(encodeMapUpdate(update));
  }

  sendPresence(update: Uint8Array): void {
    this.connection.send(encodeMapPresence(update));
  }

  settle(): void {}
  rateLimited(): void {}

  closed(): void {
    this.room.left(this);
  }
}

export class LaptopRoom {
  readonly hub = new CoeditHub();
  private readonly sessions = new Set<LaptopSession>();

  constructor(private readonly limits: RelayLimits) {
    // Every update, the host window's or a laptop's, goes to every other laptop.
    this.hub.doc.on('update', (update: Uint8Array, origin: unknown) => {
      for (const session of this.sessions) if (session !== origin) session.send(update);
    });
    // And so does every change of presence (the host's own, a laptop's, a laptop leaving).
    this.hub.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const update = encodeAwarenessUpdate(this.hub.awareness, [...added, ...updated, ...removed]);
      for (const session of this.sessions) if (session !== origin) session.sendPresence(update);
    });
  }

  join(connection: Connection): JoinResult {
    if (this.sessions.size >= MAX_GUEST_LAPTOPS) return { ok: false, refuse: 'room-full' };
    const session = new LaptopSession(connection, this, this.limits);
    this.sessions.add(session);
    this.hub.wake();
    return { ok: true, session, welcome: encodeWelcome({ participantId: '', secret: '' }) };
  }

  /** Whether a laptop in the room already speaks for `client`. */
  claimed(client: number): boolean {
    return [...this.sessions].some((session) => session.client === client);
  }

  /** `client` is `to`'s from now on: no other session of the room speaks for it. */
  handOver(client: number, to: LaptopSession): void {
    for (const session of this.sessions) if (session !== to && session.client === client) session.client = null;
  }

  left(session: LaptopSession): void {
    this.sessions.delete(session);
    // The laptop's presence goes with it: its selection and any card it held are free at once.
    if (session.client !== null && !this.claimed(session.client)) {
      removeAwarenessStates(this.hub.awareness, [session.client], 'left');
      // Forgotten altogether: its state on return is taken again whatever its clock.
      this.hub.awareness.meta.delete(session.client);
    }
    this.hub.wake();
  }

  /** The host window's own update. Throws on a malformed one. */
  push(update: Uint8Array): void {
    this.hub.apply(update, 'window');
  }

  async watch(after: number, waitMs: number, presenceAfter?: number): Promise<LaptopUpdates> {
    const updates = await this.hub.updatesAfter(after, waitMs, presenceAfter);
    return { ...updates, laptops: this.sessions.size };
  }

  destroy(): void {
    this.hub.destroy();
  }
}
