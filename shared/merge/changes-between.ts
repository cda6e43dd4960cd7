import type { Change, RecordTables, TableName } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import { sameRecord } from '../document/same-record';
import { RECORD_TABLES } from './three-way';

type AnyRecord = RecordTables[TableName];

/**
 * The changes that turn `from` into `to`, as the store's one write path takes them: restoring
 * a version (or taking a merged copy) becomes one undoable transaction. Removals come first,
 * children before parents, then additions parents first, so every step stays referentially
 * whole; additions go where `to` has them.
 */
export function changesBetween(from: JourneyDocument, to: JourneyDocument, same: (a: unknown, b: unknown) => boolean = sameRecord): Change[] {
  const changes: Change[] = [];
  if (!same(from.journey, to.journey)) changes.push({ table: 'journey', before: from.journey, after: to.journey });
  const aligned = new Set(RECORD_TABLES.filter((table) => sameIds(from[table], to[table])));
  for (const table of [...RECORD_TABLES].reverse()) {
    if (aligned.has(table)) continue;
    const kept = new Set(to[table].map((r) => r.id));
    for (const record of from[table] as AnyRecord[]) if (!kept.has(record.id)) changes.push({ table, before: record, after: null } as Change);
  }
  for (const table of RECORD_TABLES) {
    const before = from[table] as AnyRecord[];
    const after = to[table] as AnyRecord[];
    if (before === after) continue;
    if (aligned.has(table)) {
      // The same records in the same order (most remote edits): compared in place.
      after.forEach((record, i) => {
        const old = before[i] as AnyRecord;
        if (old !== record && !same(old, record)) changes.push({ table, before: old, after: record } as Change);
      });
      continue;
    }
    const was = new Map(before.map((r) => [r.id, r]));
    after.forEach((record, index) => {
      const old = was.get(record.id);
      if (!old) changes.push({ table, before: null, after: record, index } as Change);
      else if (!same(old, record)) changes.push({ table, before: old, after: record } as Change);
    });
  }
  return changes;
}

/** Whether two lists hold records of the same ids in the same order. */
function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if ((a[i] as { id: string }).id !== (b[i] as { id: string }).id) return false;
  return true;
}
