import type { Change } from './changes';

/** Every string inside `value` in Unicode NFC (composed: "ș" as one code point, never s + comma). */
function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)]));
  return value;
}

/** The fields of `after` that the change writes, in NFC; fields it leaves alone keep their bytes. */
function normalizeWritten<T extends object>(before: T | null, after: T): T {
  const old: Partial<Record<string, unknown>> = before ?? {};
  return Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v === old[k] ? v : toNfc(v)])) as T;
}

/**
 * Text typed, pasted or dropped in any language enters the document in NFC, so that the same
 * word is the same bytes whichever keyboard or program produced it (macOS and some IMEs send
 * decomposed letters). Opening a file changes nothing: only what an edit writes is normalised.
 */
export function normalizeChanges(changes: readonly Change[]): Change[] {
  return changes.map((change) => (change.after === null ? change : ({ ...change, after: normalizeWritten(change.before, change.after) } as Change)));
}
