/**
 * Laptops co-editing a map speak the workshop's wire format (shared/workshop/protocol.ts) on
 * the same relay, with the same room code and limits: a laptop says hello with a participant
 * id no phone can have, and then only speaks about the map's document, on a channel of its own.
 */
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

function mapEncoder(kind: typeof MESSAGE_SYNC | typeof MESSAGE_AWARENESS): encoding.Encoder {
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
