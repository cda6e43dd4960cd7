/**
 * A phone's side of the workshop on one joined socket (connection.ts does the transport): sync
 * and awareness for the room document (read-only: any update that would change it is refused)
 * and for the participant's own document (every update checked by LiveParticipant.tryUpdate
 * before it is applied), over the multiplexed protocol (shared/workshop/protocol.ts).
 *
 * Updates to the participant's document wait for the session's turn (turns.ts) and are
 * checked together, merged: the check reads the whole document, so a busy room costs one
 * check per phone per turn however fast phones send, and the relay catches up instead of
 * falling behind. If the merged update is refused, each is checked on its own, in order.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates, type Awareness } from 'y-protocols/awareness';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomState } from '../../shared/workshop/model';
import { CHANNEL_OWN, CHANNEL_ROOM, documentEncoder, encodeAck, MESSAGE_AWARENESS, MESSAGE_SYNC, type CloseCode } from '../../shared/workshop/protocol';
import { participantPresenceSchema } from '../../shared/workshop/validate';
import type { Connection, RelaySession } from './connection';
import type { RelayLimits } from './limits';
import type { LiveParticipant } from './participant';
import type { TakesTurns, Turns } from './turns';

/** What a participant's session needs of the workshop (WorkshopHost). */
export interface ParticipantRoom {
  readonly limits: RelayLimits;
  readonly roomDoc: Y.Doc;
  readonly roomPresence: Awareness;
  roomState(): RoomState;
  /** The participant's document changed (an accepted update): save it, tell the facilitator. */
  participantChanged(participant: LiveParticipant, before: LiveParticipant['content']): void;
  /** The participant came online, or went offline. */
  attendanceChanged(): void;
  /** Where sessions queue to check what their phones sent. */
  readonly turns: Turns;
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

export class ParticipantSession implements RelaySession, TakesTurns {
  private readonly presenceIds = new Set<number>();
  private resyncTimer: ReturnType<typeof setTimeout> | null = null;
  private open = false;
  /** Updates to the participant's document waiting for the session's turn. */
  private readonly pending: Uint8Array[] = [];

  constructor(
    private readonly connection: Connection,
    readonly participant: LiveParticipant,
    private readonly room: ParticipantRoom,
  ) {}

  get bucket() {
    return this.participant.bucket;
  }

  opened(): void {
    const { participant } = this;
    this.open = true;
    participant.sockets.add(this);
    if (participant.sockets.size > this.room.limits.socketsPerParticipant) participant.sockets.values().next().value?.close('replaced');
    this.room.attendanceChanged();
    participant.lastSeenAt = Date.now();
    participant.presence.on('update', this.onPresenceUpdate);
    this.sendOwnStep1();
    const presence = [...this.room.roomPresence.getStates().keys()];
    if (presence.length > 0) this.sendRoomPresence(encodeAwarenessUpdate(this.room.roomPresence, presence));
  }

  closed(): void {
    // What arrived before the socket closed still counts.
    this.checkPending();
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    this.resyncTimer = null;
    if (!this.open) return;
    this.open = false;
    const { participant } = this;
    participant.sockets.delete(this);
    participant.presence.off('update', this.onPresenceUpdate);
    removeAwarenessStates(participant.presence, [...this.presenceIds], null);
    this.room.attendanceChanged();
  }

  close(code: CloseCode): void {
    this.connection.close(code);
  }

  rateLimited(): void {
    // What was dropped may be an edit: once the bucket has refilled, ask the phone for what the host lacks.
    if (!this.resyncTimer) this.resyncTimer = setTimeout(() => this.resync(), 1000);
  }

  private sendOwnStep1(): void {
    const encoder = documentEncoder(CHANNEL_OWN, MESSAGE_SYNC);
    sync.writeSyncStep1(encoder, this.participant.doc);
    this.connection.send(encoding.toUint8Array(encoder));
  }

  private resync(): void {
    this.resyncTimer = null;
    if (this.open) this.sendOwnStep1();
  }

  sendRoomUpdate(update: Uint8Array): void {
    const encoder = documentEncoder(CHANNEL_ROOM, MESSAGE_SYNC);
    sync.writeUpdate(encoder, update);
    this.connection.send(encoding.toUint8Array(encoder));
  }

  sendOwnUpdate(update: Uint8Array): void {
    const encoder = documentEncoder(CHANNEL_OWN, MESSAGE_SYNC);
    sync.writeUpdate(encoder, update);
    this.connection.send(encoding.toUint8Array(encoder));
  }

  sendRoomPresence(update: Uint8Array): void {
    const encoder = documentEncoder(CHANNEL_ROOM, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, update);
    this.connection.send(encoding.toUint8Array(encoder));
  }

  private readonly onPresenceUpdate = ({ added, removed }: { added: number[]; removed: number[] }, origin: unknown) => {
    if (origin !== this) return;
    for (const id of added) this.presenceIds.add(id);
    for (const id of removed) this.presenceIds.delete(id);
  };

  read(bytes: Uint8Array): void {
    const { participant } = this;
    try {
      const decoder = decoding.createDecoder(bytes);
      const channel = decoding.readVarUint(decoder);
      const kind = decoding.readVarUint(decoder);
      if (channel === CHANNEL_OWN && kind === MESSAGE_SYNC) return this.readOwnSync(decoder, participant);
      // Anything else is answered after the updates that came before it.
      this.checkPending();
      if (channel === CHANNEL_ROOM && kind === MESSAGE_SYNC) return this.readRoomSync(decoder);
      if (channel === CHANNEL_OWN && kind === MESSAGE_AWARENESS) {
        const update = decoding.readVarUint8Array(decoder);
        if (!presenceIsValid(update)) return this.connection.refuse('invalid-presence');
        applyAwarenessUpdate(participant.presence, update, this);
        return;
      }
      if (channel === CHANNEL_ROOM) return this.connection.refuse('read-only');
      this.connection.refuse('bad-message', 'unknown channel or kind');
    } catch {
      this.connection.refuse('bad-message', 'does not decode');
    }
  }

  private readRoomSync(decoder: decoding.Decoder): void {
    const type = decoding.readVarUint(decoder);
    if (type === sync.messageYjsSyncStep1) {
      const encoder = documentEncoder(CHANNEL_ROOM, MESSAGE_SYNC);
      sync.writeSyncStep2(encoder, this.room.roomDoc, decoding.readVarUint8Array(decoder));
      return this.connection.send(encoding.toUint8Array(encoder));
    }
    if (type === sync.messageYjsSyncStep2 || type === sync.messageYjsUpdate) {
      // A phone never writes the room: only "nothing new" is let through.
      if (!isEmptyUpdate(decoding.readVarUint8Array(decoder))) this.connection.refuse('read-only');
      return;
    }
    this.connection.refuse('bad-message', 'unknown sync message');
  }

  private readOwnSync(decoder: decoding.Decoder, participant: LiveParticipant): void {
    const type = decoding.readVarUint(decoder);
    if (type === sync.messageYjsSyncStep1) {
      this.checkPending();
      const encoder = documentEncoder(CHANNEL_OWN, MESSAGE_SYNC);
      sync.writeSyncStep2(encoder, participant.doc, decoding.readVarUint8Array(decoder));
      return this.connection.send(encoding.toUint8Array(encoder));
    }
    if (type !== sync.messageYjsSyncStep2 && type !== sync.messageYjsUpdate) {
      this.checkPending();
      return this.connection.refuse('bad-message', 'unknown sync message');
    }
    this.pending.push(decoding.readVarUint8Array(decoder));
    this.room.turns.request(this);
  }

  takeTurn(): void {
    this.checkPending();
  }

  settle(): void {
    this.checkPending();
  }

  /** Checks and applies the updates that came this turn: merged when they pass together, else one by one. */
  private checkPending(): void {
    this.room.turns.cancel(this);
    if (this.pending.length === 0) return;
    const updates = this.pending.splice(0);
    const { participant } = this;
    const before = participant.content;
    const room = this.room.roomState();
    const together = updates.length === 1 ? (updates[0] ?? null) : mergeOrNull(updates);
    const verdict = together ? participant.tryUpdate(together, room, this) : null;
    let accepted = false;
    let changed = false;
    if (verdict?.ok) {
      accepted = true;
      changed = verdict.changed;
    } else {
      // Refused together: each on its own, in the order they came, so only the bad ones are refused.
      for (const update of updates.length === 1 ? [] : updates) {
        const one = participant.tryUpdate(update, room, this);
        if (!one.ok) this.connection.refuse(one.code, one.reason);
        else {
          accepted = true;
          changed ||= one.changed;
        }
      }
      if (updates.length === 1 && verdict && !verdict.ok) this.connection.refuse(verdict.code, verdict.reason);
    }
    if (!accepted) return;
    participant.lastSeenAt = Date.now();
    this.connection.send(encodeAck(Y.encodeStateVector(participant.doc)));
    if (changed) this.room.participantChanged(participant, before);
  }
}

/** The updates as one, or null when they do not merge (one is not an update at all). */
function mergeOrNull(updates: Uint8Array[]): Uint8Array | null {
  try {
    return Y.mergeUpdates(updates);
  } catch {
    return null;
  }
}
