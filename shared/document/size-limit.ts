import { JourneyFileError } from './errors';
import { LIMITS } from './limits';
import type { JourneyDocument } from './schema';
import { serializeJourney, serializeValidJourney } from './serialize';

/** Bytes of `text` in UTF-8, counted without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The canonical text, refused when it would exceed the file limit. Checked on load as well
 * as on save, so a file that opens can always be saved and opened again (a minified file
 * just under the limit grows when pretty-printed).
 */
export function serializeWithinLimit(doc: JourneyDocument): string {
  return withinLimit(serializeJourney(doc));
}

/** serializeWithinLimit for a document validateJourney (or parseJourneyText) has just returned. */
export function serializeValidWithinLimit(valid: JourneyDocument): string {
  return withinLimit(serializeValidJourney(valid));
}

/** How deep a value can sit in a journey (cards[i].evidence[j].text); tests/unit/size-bound.test.ts checks it against the schema. */
export const SCHEMA_VALUE_DEPTH = 5;
/** The longest JSON.stringify of a finite number ("-0.0000012345678901234567"), less the shortest ("1"). */
const NUMBER_GROWTH = 24;

/**
 * An upper bound on the UTF-8 bytes of the canonical text of a current-format journey whose
 * file is `fileBytes` long and holds at most `values` values besides the outermost object
 * (assertNestingWithin's count), so a file far below the limit need not be serialized just to
 * learn that it can be saved again. The canonical text is the file's own values, re-ordered
 * and pretty-printed; against any way of writing them it adds at most, per value: a newline
 * and an indent of 2 per level (a value sits at most SCHEMA_VALUE_DEPTH levels deep), a space
 * after a key's colon, the growth of a number written in its shortest form; and per non-empty
 * list or object a newline and indent before its closing bracket (one level less deep), plus
 * the final newline. Strings never grow: JSON.stringify escapes only what JSON requires
 * escaping (quote, backslash, controls, lone surrogates, which any file must escape too) and
 * writes every other character as itself, in no more bytes than any escape of it. Only for a
 * file that needed no migration: a migration may add records.
 */
export function canonicalBytesAtMost(fileBytes: number, values: number): number {
  const perValue = 1 + 2 * SCHEMA_VALUE_DEPTH + 1 + NUMBER_GROWTH;
  const perContainer = 1 + 2 * (SCHEMA_VALUE_DEPTH - 1);
  return fileBytes + values * (perValue + perContainer) + perContainer + 1;
}

function withinLimit(text: string): string {
  // A UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4): short text needs no count.
  if (text.length * 3 <= LIMITS.fileBytes) return text;
  const bytes = utf8ByteLength(text);
  if (bytes > LIMITS.fileBytes) throw tooLargeToSave(bytes);
  return text;
}

/** The refusal of a journey whose canonical text would take `bytes` bytes, more than the file limit. */
export function tooLargeToSave(bytes: number): JourneyFileError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new JourneyFileError('too-large', `the journey would take ${mb(bytes)} MB once saved; the limit is ${mb(LIMITS.fileBytes)} MB`);
}
