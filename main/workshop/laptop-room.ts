/**
 * The laptops editing the map with the host (issue 28), on the workshop's relay: each laptop's
 * socket is a session that syncs the map's Y.Doc (the host's hub, which the host's window reads
 * and writes over IPC) and relays every update to the other laptops. What a laptop sends is
 * size- and rate-limited by its connection and must decode as a Yjs update; whether the map it
 * makes is valid is checked by each laptop's mirror before its store sees it.
 */
import * as decoding from 'lib0/decoding';
import { CHANNEL_MAP, encodeMapStep1, encodeMapUpdate, MAX_GUEST_LAPTOPS, readMapSync } from '../../shared/coedit/wire';
import { MESSAGE_SYNC } from '../../shared/workshop/protocol';
import { CoeditHub, type HubUpdates } from '../coedit/hub';
import type { Connection, JoinResult, RelaySession } from './connection';
import type { RelayLimits } from './limits';
import { TokenBucket } from './rate-limit';
import { encodeWelcome } from '../../shared/workshop/protocol';

export interface LaptopUpdates extends HubUpdates {
  /** Guest laptops connected now. */
  readonly laptops: number;
}

class LaptopSession implements RelaySession {
  readonly bucket: TokenBucket;

  constructor(private readonly connection: Connection, private readonly room: LaptopRoom, limits: RelayLimits) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
  }

  opened(): void {
    // Both sides send their state vector; each answers with what the other lacks.
    this.connection.send(encodeMapStep1(this.room.hub.doc));
  }

  read(bytes: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(bytes);
      if (decoding.readVarUint(decoder) !== CHANNEL_MAP || decoding.readVarUint(decoder) !== MESSAGE_SYNC) {
        return this.connection.refuse('bad-message', 'laptops speak about the map only');
      }
      const reply = readMapSync(decoder, this.room.hub.doc, this);
      if (reply) this.connection.send(reply);
    } catch {
      this.connection.refuse('invalid-update');
    }
  }

  send(update: Uint8Array): void {
    this.connection.send(encodeMapUpdate(update));
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
  }

  join(connection: Connection): JoinResult {
    if (this.sessions.size >= MAX_GUEST_LAPTOPS) return { ok: false, refuse: 'room-full' };
    const session = new LaptopSession(connection, this, this.limits);
    this.sessions.add(session);
    this.hub.wake();
    return { ok: true, session, welcome: encodeWelcome({ participantId: '', secret: '' }) };
  }

  left(session: LaptopSession): void {
    this.sessions.delete(session);
    this.hub.wake();
  }

  /** The host window's own update. Throws on a malformed one. */
  push(update: Uint8Array): void {
    this.hub.apply(update, 'window');
  }

  async watch(after: number, waitMs: number): Promise<LaptopUpdates> {
    const updates = await this.hub.updatesAfter(after, waitMs);
    return { ...updates, laptops: this.sessions.size };
  }

  destroy(): void {
    this.hub.destroy();
  }
}
