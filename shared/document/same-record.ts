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
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameRecord(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // Every key of the left compared, then any key only the right has must hold undefined: no
  // set of both sides' keys per object (the merge compares thousands of records).
  for (const key in left) if (Object.hasOwn(left, key) && !sameRecord(left[key], right[key])) return false;
  for (const key in right) if (Object.hasOwn(right, key) && !Object.hasOwn(left, key) && right[key] !== undefined) return false;
  return true;
}
