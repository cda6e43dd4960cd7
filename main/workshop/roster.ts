/**
 * Who is in a workshop's room: every participant a phone made (removed ones too, so their phone
 * cannot make another), found by id or by the hash of the secret their phone holds, and the
 * admission of a new one within the room's and each address's share of places.
 */
import { votesUsed, type RoomState } from '../../shared/workshop/model';
import { isPhoneSecret } from '../../shared/workshop/phone-secret';
import type { CloseCode, Hello } from '../../shared/workshop/protocol';
import type { ParticipantSummary } from './contribution-change';
import type { RelayLimits } from './limits';
import { LiveParticipant } from './participant';
import type { ParticipantRecord } from './persistence';
import { hashSecret, newParticipantId, newSecret, secretMatches } from './secrets';

/** The participant a hello names, with the secret to send back (empty unless made here), or why not. */
export type Admission = { ok: true; participant: LiveParticipant; secret: string } | { ok: false; refuse: CloseCode };

export class Roster {
  private readonly byId = new Map<string, LiveParticipant>();
  /** One participant per secret a phone presents (by its hash). */
  private readonly bySecret = new Map<string, LiveParticipant>();
  /** Participants made from each address since the workshop (re)started, removed ones too: removing one does not let its phone make another. */
  private readonly madeFrom = new Map<string, number>();

  constructor(private readonly limits: RelayLimits) {}

  /** A participant as saved (at a resume) or just made. */
  add(record: ParticipantRecord, saved: Uint8Array | null): LiveParticipant {
    const participant = new LiveParticipant(record, saved, this.limits);
    // What one of a participant's sockets sends, their other sockets (another tab) receive.
    participant.doc.on('update', (update: Uint8Array, origin: unknown) => {
      for (const socket of participant.sockets) if (socket !== origin) socket.sendOwnUpdate(update);
    });
    this.byId.set(participant.id, participant);
    this.bySecret.set(record.secretHash, participant);
    return participant;
  }

  get(participantId: string): LiveParticipant | undefined {
    return this.byId.get(participantId);
  }

  all(): IterableIterator<LiveParticipant> {
    return this.byId.values();
  }

  /**
   * A hello's participant: the one it names (with their secret), or the one the phone's own
   * secret made before (a hello repeated after a lost welcome), or a new participant for that
   * secret, within the room's and the address's share of places. A new one is kept only if
   * `keep` (the save of the records) returns: the phone learns its id only once it is on disk.
   */
  admit(hello: Hello, address: string, room: RoomState, keep: () => void): Admission {
    const known = hello.participantId === '' && isPhoneSecret(hello.secret) ? this.bySecret.get(hashSecret(hello.secret)) : undefined;
    if (hello.participantId !== '' || known) {
      const found = known ?? this.byId.get(hello.participantId);
      if (!found || !secretMatches(hello.secret, found.record.secretHash)) return { ok: false, refuse: 'unknown-participant' };
      if (found.record.removed) return { ok: false, refuse: 'removed' };
      return { ok: true, participant: found, secret: '' };
    }
    if (room.locked) return { ok: false, refuse: 'room-locked' };
    if (this.active() >= this.limits.participants) return { ok: false, refuse: 'room-full' };
    const madeHere = this.madeFrom.get(address) ?? 0;
    if (madeHere >= this.limits.participantsPerAddress) return { ok: false, refuse: 'address-full' };
    // The phone's own secret when it sent one (a page that reloads before the welcome comes back as the same participant), else one made here.
    const own = isPhoneSecret(hello.secret);
    const secret = own ? '' : newSecret();
    const record: ParticipantRecord = { id: newParticipantId(), secretHash: hashSecret(own ? hello.secret : secret), joinedAt: Date.now(), removed: false };
    const participant = this.add(record, null);
    this.madeFrom.set(address, madeHere + 1);
    try {
      keep();
    } catch (error) {
      this.byId.delete(record.id);
      this.bySecret.delete(record.secretHash);
      this.madeFrom.set(address, madeHere);
      throw error;
    }
    return { ok: true, participant, secret };
  }

  /** Participants not removed. */
  private active(): number {
    let count = 0;
    for (const participant of this.byId.values()) if (!participant.record.removed) count += 1;
    return count;
  }

  /**
   * Closes the participant's sockets and refuses their id from now on; their votes and ratings
   * are dropped too with `drop`. False when there was nobody to remove.
   */
  remove(participantId: string, drop: boolean): boolean {
    const participant = this.byId.get(participantId);
    if (!participant || participant.record.removed) return false;
    participant.record = { ...participant.record, removed: true, ...(drop ? { dropped: true } : {}) };
    for (const socket of [...participant.sockets]) socket.close('removed');
    return true;
  }

  /** A removed participant is back. False when they were not removed. */
  restore(participantId: string): boolean {
    const participant = this.byId.get(participantId);
    if (!participant?.record.removed) return false;
    const { dropped: _dropped, ...record } = participant.record;
    participant.record = { ...record, removed: false };
    return true;
  }

  /** Each participant as the facilitator's list shows them. */
  summaries(room: RoomState): ParticipantSummary[] {
    return [...this.byId.values()].map((participant) => {
      const presence = [...participant.presence.getStates().values()][0] ?? null;
      return {
        id: participant.id,
        name: participant.content.profile.name ?? null,
        joinedAt: participant.record.joinedAt,
        lastSeenAt: participant.lastSeenAt,
        online: participant.sockets.size > 0,
        notes: Object.keys(participant.content.notes).length,
        votesUsed: votesUsed(participant.content, room),
        ratings: Object.keys(participant.content.ratings).length,
        removed: participant.record.removed,
        dropped: participant.record.dropped === true,
        presence: presence as ParticipantSummary['presence'],
      };
    });
  }
}
