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
export function changesBetween(from: JourneyDocument, to: JourneyDocument): Change[] {
  const changes: Change[] = [];
  if (!sameRecord(from.journey, to.journey)) changes.push({ table: 'journey', before: from.journey, after: to.journey });
  for (const table of [...RECORD_TABLES].reverse()) {
    const kept = new Set(to[table].map((r) => r.id));
    for (const record of from[table] as AnyRecord[]) if (!kept.has(record.id)) changes.push({ table, before: record, after: null } as Change);
  }
  for (const table of RECORD_TABLES) {
    const was = new Map((from[table] as AnyRecord[]).map((r) => [r.id, r]));
    (to[table] as AnyRecord[]).forEach((record, index) => {
      const old = was.get(record.id);
      if (!old) changes.push({ table, before: null, after: record, index } as Change);
      else if (!sameRecord(old, record)) changes.push({ table, before: old, after: record } as Change);
    });
  }
  return changes;
}
