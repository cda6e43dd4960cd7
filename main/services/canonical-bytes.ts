import type { JourneyDocument } from '../../shared/document/schema';
import { canonicalPieces } from '../../shared/document/serialize-chunks';
import { LIMITS } from '../../shared/document/limits';
import { tooLargeToSave, utf8ByteLength } from '../../shared/document/size-limit';

/** Buffers kept for the next save: at most this many, of at most this many bytes each. */
const KEPT_BUFFERS = 2;
const KEPT_BYTES = 16 * 1024 * 1024;
const FIRST_BYTES = 64 * 1024;

const spare: Buffer[] = [];
const encoder = new TextEncoder();

/** The canonical bytes of a journey in a buffer lent for one save: `release()` once they are written and hashed. */
export interface LentBytes {
  bytes: Buffer;
  release: () => void;
}

function lend(): Buffer {
  return spare.pop() ?? Buffer.allocUnsafe(FIRST_BYTES);
}

function giveBack(buffer: Buffer): void {
  if (spare.length < KEPT_BUFFERS && buffer.length <= KEPT_BYTES) spare.push(buffer);
}

/**
 * Encodes serializeValidJourney's text as UTF-8 (the bytes Buffer.from(text) gives) without
 * ever holding the whole text: its pieces are encoded one after another into a buffer that is
 * lent, and kept for the next save when it is returned. A 2 MB journey then touches no fresh
 * memory from one save to the next (a fresh multi-megabyte string or buffer costs a page
 * fault per 4 KB the first time it is written). Refused as too large, with the size it would
 * have, past the file limit.
 */
export function canonicalBytes(valid: JourneyDocument): LentBytes {
  let buffer = lend();
  let length = 0;
  let tooLarge = false;
  try {
    for (const piece of canonicalPieces(valid)) {
      if (tooLarge) {
        length += utf8ByteLength(piece);
        continue;
      }
      let rest = piece;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, buffer.subarray(length));
        length += written;
        if (read === rest.length) break;
        rest = rest.slice(read);
        if (length + rest.length > LIMITS.fileBytes) {
          // Past the limit whatever the rest encodes to: count it rather than hold it.
          tooLarge = true;
          length += utf8ByteLength(rest);
          break;
        }
        // Room for the rest at its worst (3 bytes per UTF-16 unit), and at least twice the room.
        const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, length + rest.length * 3));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
    }
  } catch (error) {
    giveBack(buffer);
    throw error;
  }
  if (tooLarge || length > LIMITS.fileBytes) {
    giveBack(buffer);
    throw tooLargeToSave(length);
  }
  const lent = buffer;
  let returned = false;
  return {
    bytes: lent.subarray(0, length),
    release: () => {
      if (returned) return;
      returned = true;
      giveBack(lent);
    },
  };
}
