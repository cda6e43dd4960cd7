const BACKSLASH = 0x5c;
const HEX = [...'0123456789abcdef'].map((digit) => digit.charCodeAt(0));
/** Most bytes one character can take once escaped: a surrogate pair, `\uXXXX\uXXXX`. */
const MOST_PER_CHARACTER = 12;
/** The work buffer is kept between calls up to this size, so opening a map again writes no fresh memory. */
const KEPT_BYTES = 16 * 1024 * 1024;

let kept: Buffer | null = null;

function writeEscape(out: Buffer, at: number, unit: number): number {
  out[at] = BACKSLASH;
  out[at + 1] = 0x75; // u
  out[at + 2] = HEX[(unit >> 12) & 0xf] as number;
  out[at + 3] = HEX[(unit >> 8) & 0xf] as number;
  out[at + 4] = HEX[(unit >> 4) & 0xf] as number;
  out[at + 5] = HEX[unit & 0xf] as number;
  return at + 6;
}

/**
 * The text of JSON in valid UTF-8 `bytes` (no BOM) as an ASCII string: each non-ASCII
 * character written as its `\uXXXX` escape (two for a character beyond the BMP), which JSON.parse
 * reads back as that very character. A 2 MB journey with a few accented letters then becomes a
 * one-byte string of about 2 MB, where decoding it makes a two-byte string of 4 MB (through a
 * 4 MB UTF-16 buffer). Only where the escape means the same as the character: null when a
 * non-ASCII character follows an unescaped backslash (an escape there would change what the
 * backslash escapes), so the caller decodes as usual. Outside a string an escape is as invalid as the
 * character, so invalid JSON stays invalid (with other positions: callers report errors from
 * the decoded text).
 */
export function asciiJsonText(bytes: Uint8Array): string | null {
  const length = bytes.length;
  let out = kept !== null && kept.length >= length + MOST_PER_CHARACTER ? kept : Buffer.allocUnsafe(length + (length >> 3) + MOST_PER_CHARACTER);
  // Room for the rest if it were all ASCII, and for one escaped character: checked at each one.
  let roomUntil = out.length - MOST_PER_CHARACTER;
  let at = 0;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      out[at] = lead;
      at += 1;
      i += 1;
      continue;
    }
    // After an odd run of backslashes the character is what one escapes: leave that to decoding.
    let run = 0;
    while (run < at && out[at - 1 - run] === BACKSLASH) run += 1;
    if (run % 2 === 1) return null;
    if (at + (length - i) > roomUntil) {
      out = grown(out, at, length - i);
      roomUntil = out.length - MOST_PER_CHARACTER;
    }
    // Valid UTF-8 (the caller checked): the lead byte says how many continuation bytes follow.
    const second = (bytes[i + 1] as number) & 0x3f;
    if (lead < 0xe0) {
      at = writeEscape(out, at, ((lead & 0x1f) << 6) | second);
      i += 2;
    } else if (lead < 0xf0) {
      at = writeEscape(out, at, ((lead & 0x0f) << 12) | (second << 6) | ((bytes[i + 2] as number) & 0x3f));
      i += 3;
    } else {
      const point = (((lead & 0x07) << 18) | (second << 12) | (((bytes[i + 2] as number) & 0x3f) << 6) | ((bytes[i + 3] as number) & 0x3f)) - 0x10000;
      at = writeEscape(out, writeEscape(out, at, 0xd800 + (point >> 10)), 0xdc00 + (point & 0x3ff));
      i += 4;
    }
  }
  if (out.length <= KEPT_BYTES) kept = out;
  return out.toString('latin1', 0, at);
}

/** A larger copy of the `used` bytes of `out`, with room for `more` and one escaped character. */
function grown(out: Buffer, used: number, more: number): Buffer {
  const larger = Buffer.allocUnsafe(Math.max(out.length * 2, used + more + MOST_PER_CHARACTER));
  out.copy(larger, 0, 0, used);
  return larger;
}
