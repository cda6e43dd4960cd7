import type { JourneyDocument } from './schema';
import { canonicalOrder } from './serialize';

/** Records per JSON.stringify call: pieces of some ten thousand characters. */
const RECORDS_PER_PIECE = 64;
/** What JSON.stringify([[…]], null, 2) puts around the records, which then sit at depth 2. */
const PIECE_HEAD = '[\n  [\n';
const PIECE_TAIL = '\n  ]\n]';

/** JSON.stringify leaves a key out for these values, as it would here. */
const skipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * serializeValidJourney's text in pieces: their concatenation is exactly that text. JSON.stringify
 * builds a large result as a rope that whoever reads it first must copy into one flat string
 * (4 MB of fresh memory for a 2 MB journey of non-Latin-1 text); pieces of a few kilobytes
 * stay small strings, and a caller can encode them one by one. Every value is still written
 * by JSON.stringify: only the top-level lists are cut between records. A record of a list sits
 * at depth 2 of the document, as it does inside `[[record]]`, so each piece is that stringify
 * without its two brackets; other top-level values are re-indented by one level (JSON.stringify
 * escapes every newline inside a string, so each newline it writes is its own).
 */
export function* canonicalPieces(valid: JourneyDocument): Generator<string> {
  const ordered = canonicalOrder(valid) as unknown as Record<string, unknown>;
  const keys = Object.keys(ordered).filter((key) => !skipped(ordered[key]));
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [index, key] of keys.entries()) {
    const value = ordered[key];
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n';
      for (let start = 0; start < value.length; start += RECORDS_PER_PIECE) {
        const piece = JSON.stringify([value.slice(start, start + RECORDS_PER_PIECE)], null, 2);
        yield `${start === 0 ? '' : ',\n'}${piece.slice(PIECE_HEAD.length, piece.length - PIECE_TAIL.length)}`;
      }
      yield '\n  ]';
    } else {
      yield (JSON.stringify(value, null, 2) as string).replaceAll('\n', '\n  ');
    }
    yield index === keys.length - 1 ? '\n}\n' : ',\n';
  }
}
