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

function withinLimit(text: string): string {
  // A UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4): short text needs no count.
  if (text.length * 3 <= LIMITS.fileBytes) return text;
  const bytes = utf8ByteLength(text);
  if (bytes > LIMITS.fileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new JourneyFileError('too-large', `the journey would take ${mb(bytes)} MB once saved; the limit is ${mb(LIMITS.fileBytes)} MB`);
  }
  return text;
}
