/**
 * One participant as the host holds them: their record (id, hashed secret), their document, a
 * scratch copy of it that every incoming update meets first, their presence, their sockets.
 */
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readParticipant, type ParticipantContent, type RoomState } from '../../shared/workshop/model';
import type { WorkshopErrorCode } from '../../shared/workshop/protocol';
import { checkDocShape, checkParticipantUpdate } from '../../shared/workshop/validate';
import type { RelayLimits } from './limits';
import type { ParticipantSession } from './participant-session';
import type { ParticipantRecord } from './persistence';
import { TokenBucket } from './rate-limit';

export type UpdateVerdict = { ok: true; changed: boolean } | { ok: false; code: WorkshopErrorCode; reason: string };

export class LiveParticipant {
  readonly doc = new Y.Doc();
  readonly presence: Awareness;
  /** The participant's joined sockets (another tab, a reconnect racing a dead socket). */
  readonly sockets = new Set<ParticipantSession>();
  readonly bucket: TokenBucket;
  /** The document as plain data, as of the last accepted update. */
  content: ParticipantContent;
  /** Changed since the last save. */
  dirty = false;
  lastSeenAt: number;
  /** The encoded size of the document, as last measured, plus what was accepted since. */
  private size: number;
  private scratch: Y.Doc | null = null;

  constructor(
    public record: ParticipantRecord,
    saved: Uint8Array | null,
    private readonly limits: RelayLimits,
  ) {
    if (saved) Y.applyUpdate(this.doc, saved);
    this.content = readParticipant(this.doc);
    this.size = saved?.length ?? 0;
    this.presence = new Awareness(this.doc);
    this.presence.setLocalState(null);
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.lastSeenAt = record.joinedAt;
  }

  get id(): string {
    return this.record.id;
  }

  /** The scratch copy: the real document's state, on a document nobody else sees. */
  private scratchCopy(): Y.Doc {
    if (!this.scratch) {
      this.scratch = new Y.Doc();
      Y.applyUpdate(this.scratch, Y.encodeStateAsUpdate(this.doc));
    }
    return this.scratch;
  }

  /**
   * Applies `update` to the scratch copy and checks the result (shape, limits, the room's
   * stages, lanes, targets and budget, the document's size); only when all pass does it reach
   * the real document, with `origin` as the transaction's origin. A refused update leaves the
   * real document untouched (the scratch copy, which has it, is dropped).
   */
  tryUpdate(update: Uint8Array, room: RoomState, origin: unknown): UpdateVerdict {
    const scratch = this.scratchCopy();
    const refuse = (code: WorkshopErrorCode, reason: string): UpdateVerdict => {
      this.scratch?.destroy();
      this.scratch = null;
      return { ok: false, code, reason };
    };
    const before = Y.encodeStateVector(scratch);
    try {
      Y.applyUpdate(scratch, update);
    } catch {
      return refuse('bad-message', 'the update does not decode');
    }
    if (this.size + update.length > this.limits.participantDocBytes) {
      // Only measured when the running estimate says it may be over.
      this.size = Y.encodeStateAsUpdate(scratch).length;
      if (this.size > this.limits.participantDocBytes) {
        this.size = Y.encodeStateAsUpdate(this.doc).length;
        return refuse('doc-too-large', `over ${this.limits.participantDocBytes} bytes`);
      }
    } else {
      this.size += update.length;
    }
    const shape = checkDocShape(scratch);
    if (!shape.ok) return refuse('invalid-update', shape.reason);
    const after = readParticipant(scratch);
    const verdict = checkParticipantUpdate(this.content, after, room);
    if (!verdict.ok) return refuse('invalid-update', verdict.reason);
    const changed = !equalVectors(before, Y.encodeStateVector(scratch)) || JSON.stringify(after) !== JSON.stringify(this.content);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch {
      // Cannot happen after the scratch took it; if it does, start the scratch over from the real document.
      return refuse('bad-message', 'the update did not apply');
    }
    this.content = after;
    if (changed) this.dirty = true;
    return { ok: true, changed };
  }

  destroy(): void {
    this.presence.destroy();
    this.scratch?.destroy();
    this.doc.destroy();
  }
}

function equalVectors(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
