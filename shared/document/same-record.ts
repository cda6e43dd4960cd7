/**
 * Whether two records (or any JSON values a journey holds) say the same: deep equality where
 * key order does not matter and an `undefined` property counts as absent, as it does once
 * saved. The one equality every command, the merge and the shared-persona rule use to decide
 * that a change changes nothing.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameRecord(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameRecord(left[key], right[key])) return false;
  return true;
}
