/**
 * Deep equality of JSON values (what a journey holds): key order does not matter, `undefined`
 * properties count as absent, as they do once saved.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // Every key of the left compared, then any key only the right has must hold undefined.
  for (const key in left) if (Object.hasOwn(left, key) && !sameValue(left[key], right[key])) return false;
  for (const key in right) if (Object.hasOwn(right, key) && !Object.hasOwn(left, key) && right[key] !== undefined) return false;
  return true;
}
