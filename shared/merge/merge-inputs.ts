import type { TableName } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import { RECORD_TABLES } from './three-way';

/**
 * Why two maps are not merged. A merge pairs records by id, so two maps with no record in
 * common are not copies of one map (merging them would drop one map's records as deletions, or
 * pile both into one), and an id that names two kinds of record (a lane and a card) would be
 * merged as one record of two kinds.
 */
export type MergeRefusal =
  | { reason: 'unrelated' }
  | { reason: 'id-clash'; id: string; tables: readonly [TableName, TableName] };

/** Whether the two maps keep at least one record (a stage, a lane, a card…) under the same id. */
export function shareARecord(a: JourneyDocument, b: JourneyDocument): boolean {
  for (const table of RECORD_TABLES) {
    const [small, large] = a[table].length <= b[table].length ? [a[table], b[table]] : [b[table], a[table]];
    if (small.length === 0) continue;
    const ids = new Set<string>(small.map((r) => r.id));
    if (large.some((r) => ids.has(r.id))) return true;
  }
  return false;
}

/** The first id that names records of two kinds, within one map or between the maps given (null: none). */
export function idClash(docs: readonly JourneyDocument[]): { id: string; tables: readonly [TableName, TableName] } | null {
  const kinds = new Map<string, TableName>();
  for (const doc of docs) {
    for (const table of RECORD_TABLES) {
      for (const { id } of doc[table]) {
        const kind = kinds.get(id);
        if (kind === undefined) kinds.set(id, table);
        else if (kind !== table) return { id, tables: [kind, table] };
      }
    }
  }
  return null;
}

/**
 * What stops a merge of `ours` and `theirs` (from `base`, when there is one), or null. Checked
 * before the merge, outside its hot path; `force` merges maps with nothing in common anyway
 * (never an id of two kinds: no merge can keep both records).
 */
export function mergeRefusal(base: JourneyDocument | null, ours: JourneyDocument, theirs: JourneyDocument, force = false): MergeRefusal | null {
  const clash = idClash(base ? [base, ours, theirs] : [ours, theirs]);
  if (clash) return { reason: 'id-clash', ...clash };
  return force || shareARecord(ours, theirs) ? null : { reason: 'unrelated' };
}
