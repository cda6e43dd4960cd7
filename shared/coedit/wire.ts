/**
 * Laptops co-editing a map speak the workshop's wire format (shared/workshop/protocol.ts) on
 * the same relay, with the same room code and limits: a laptop says hello with a participant
 * id no phone can have, and then only speaks about the map's document, on a channel of its own.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import type * as Y from 'yjs';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from '../workshop/protocol';

/** Phones' ids are [A-Za-z0-9_-]: '#' keeps the two apart. */
export const LAPTOP_PARTICIPANT = '#laptop';
/** The map's document (after ROOM 0, OWN 1, CONTROL 2). */
export const CHANNEL_MAP = 3;
/** Laptops in one room besides the host (the issue: two to five laptops edit one map). */
export const MAX_GUEST_LAPTOPS = 8;

function mapEncoder(kind: typeof MESSAGE_SYNC | typeof MESSAGE_AWARENESS | typeof MESSAGE_PART): encoding.Encoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CHANNEL_MAP);
  encoding.writeVarUint(encoder, kind);
  return encoder;
}

export function encodeMapStep1(doc: Y.Doc): Uint8Array {
  const encoder = mapEncoder(MESSAGE_SYNC);
  sync.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeMapUpdate(update: Uint8Array): Uint8Array {
  const encoder = mapEncoder(MESSAGE_SYNC);
  sync.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeMapPresence(update: Uint8Array): Uint8Array {
  const encoder = mapEncoder(MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * Reads a sync message about the map into `doc` (under `origin`) and returns the answer to
 * send back (a step 2 for a step 1), or null. Throws on a malformed message or update.
 */
export function readMapSync(decoder: Parameters<typeof sync.readSyncMessage>[0], doc: Y.Doc, origin: unknown): Uint8Array | null {
  const encoder = mapEncoder(MESSAGE_SYNC);
  const before = encoding.length(encoder);
  sync.readSyncMessage(decoder, encoder, doc, origin);
  return encoding.length(encoder) > before ? encoding.toUint8Array(encoder) : null;
}

/** A part of a map message too large for one relay message (a guest's backlog after working apart). */
export const MESSAGE_PART = 2;
/** What one part carries: a relay message (64 KB) less room for its header. */
export const PART_BYTES = 60 * 1024;
/** The parts of one message: at most 16 MB, as a window's own push. */
export const MAX_PARTS = 280;

/** `message` as it travels: itself when it fits in one relay message, else numbered parts. */
export function splitMapMessage(message: Uint8Array, partBytes: number = PART_BYTES): Uint8Array[] {
  if (message.length <= partBytes) return [message];
  const total = Math.ceil(message.length / partBytes);
  if (total > MAX_PARTS) throw new Error('co-editing: message too large to send');
  const parts: Uint8Array[] = [];
  for (let index = 0; index < total; index += 1) {
    const encoder = mapEncoder(MESSAGE_PART);
    encoding.writeVarUint(encoder, index);
    encoding.writeVarUint(encoder, total);
    encoding.writeVarUint8Array(encoder, message.subarray(index * partBytes, (index + 1) * partBytes));
    parts.push(encoding.toUint8Array(encoder));
  }
  return parts;
}

/**
 * Puts parts back together, in order, one message at a time, bounded: a part out of order,
 * a count past MAX_PARTS, a total that changes or a part larger than `partBytes` throws.
 */
export class MapMessageParts {
  private parts: Uint8Array[] = [];
  private total = 0;

  constructor(private readonly partBytes: number = PART_BYTES) {}

  /** Reads a part (its channel and kind already read); returns the whole message once the last part came. */
  add(decoder: decoding.Decoder): Uint8Array | null {
    const index = decoding.readVarUint(decoder);
    const total = decoding.readVarUint(decoder);
    const part = decoding.readVarUint8Array(decoder);
    if (total < 2 || total > MAX_PARTS || part.length > this.partBytes || part.length === 0) throw new Error('co-editing: bad part');
    if (index !== this.parts.length || (this.parts.length > 0 && total !== this.total)) {
      this.parts = [];
      throw new Error('co-editing: part out of order');
    }
    this.total = total;
    this.parts.push(part.slice());
    if (this.parts.length < total) return null;
    const whole = new Uint8Array(this.parts.reduce((sum, each) => sum + each.length, 0));
    let at = 0;
    for (const each of this.parts) {
      whole.set(each, at);
      at += each.length;
    }
    this.parts = [];
    return whole;
  }
}
