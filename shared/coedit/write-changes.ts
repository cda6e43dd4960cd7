import type { Change } from '../document/changes';
import { sameRecord } from '../document/same-record';
import type { JourneyDocument, JourneyMeta } from '../document/schema';
import { RECORD_TABLES } from '../merge/three-way';
import { groupKey, groupsOf, groupValue, headKey, journeyY, type Entry, type JourneyY } from './y-layout';
import type * as Y from 'yjs';

type Fields = Readonly<Record<string, unknown>>;


/** Writes one record change: a new record whole, a removal as its head, an update group by group. */
function writeRecord(y: JourneyY, change: Exclude<Change, { table: 'journey' }>): void {
  const table = y.tables[change.table];
  const before = change.before as Fields | null;
  const after = change.after as Fields | null;
  const id = String((after ?? before)?.['id']);
  if (after === null) {
    table.set(headKey(id), { deleted: true });
    return;
  }
  const groups = groupsOf(change.table, after);
  const old = before === null ? new Set<string>() : groupsOf(change.table, before);
  if (before === null || table.get(headKey(id))?.deleted) table.set(headKey(id), {});
  for (const group of groups) {
    const value = groupValue(change.table, group, after);
    // A re-added record (an undone removal) writes every group: its tombstone may be older.
    if (before !== null && sameRecord(value, groupValue(change.table, group, before)) && table.has(groupKey(id, group))) continue;
    table.set(groupKey(id, group), value);
  }
  for (const group of old) if (!groups.has(group)) table.delete(groupKey(id, group));
}

function writeMeta(y: JourneyY, before: JourneyMeta, after: JourneyMeta): void {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof JourneyMeta>;
  for (const field of fields) {
    if (sameRecord(before[field], after[field])) continue;
    if (after[field] === undefined) y.meta.delete(field);
    else y.meta.set(field, after[field]);
  }
}

/** Writes a transaction's changes into the shared journey as one Yjs transaction with `origin`. */
export function writeChanges(doc: Y.Doc, changes: readonly Change[], origin: unknown): void {
  const y = journeyY(doc);
  doc.transact(() => {
    for (const change of changes) {
      if (change.table === 'journey') writeMeta(y, change.before, change.after);
      else writeRecord(y, change);
    }
  }, origin);
}

/**
 * The host starts the shared state from its journey: every record and field, one push per
 * table in one transaction (a push per entry is quadratic in Yjs).
 */
export function seedJourney(doc: Y.Doc, journey: JourneyDocument, origin: unknown): void {
  const y = journeyY(doc);
  doc.transact(() => {
    y.meta.yarray.push(Object.entries(journey.journey).filter(([, value]) => value !== undefined).map(([key, val]) => ({ key, val })));
    for (const table of RECORD_TABLES) {
      const entries: { key: string; val: Entry }[] = [];
      for (const record of journey[table] as readonly Fields[]) {
        const id = String(record['id']);
        entries.push({ key: headKey(id), val: {} });
        for (const group of groupsOf(table, record)) entries.push({ key: groupKey(id, group), val: groupValue(table, group, record) });
      }
      y.tables[table].yarray.push(entries);
    }
  }, origin);
}
