import type { TableName } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import type { Say } from '../exchange/issue-text';
import { sameRecord } from '../document/same-record';
import { RECORD_TABLES } from './three-way';
import { byId, fieldName, placeName, readableValue, recordName, type Place, type Words } from './words';

export type JourneyChange =
  | { kind: 'added' | 'removed'; table: TableName; id: string }
  | { kind: 'changed'; table: TableName | 'journey'; id: string; fields: string[] };

/** Fields that say where a record is rather than what it says: a change of only these is a move. */
const PLACE = new Set(['stageId', 'stepId', 'laneId', 'order']);
export const isMove = (change: JourneyChange): boolean => change.kind === 'changed' && change.fields.every((f) => PLACE.has(f));

/** What changed from `before` to `after`, record by record, in table order, then each table's order in `after`. */
export function diffJourneys(before: JourneyDocument, after: JourneyDocument): JourneyChange[] {
  const changes: JourneyChange[] = [];
  const fieldsChanged = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !sameRecord(a[f], b[f]));
  const meta = fieldsChanged(before.journey, after.journey);
  if (meta.length > 0) changes.push({ kind: 'changed', table: 'journey', id: 'journey', fields: meta });
  for (const table of RECORD_TABLES) {
    const was = new Map(before[table].map((r) => [r.id, r as Record<string, unknown>]));
    const now = new Set(after[table].map((r) => r.id));
    for (const record of after[table] as Record<string, unknown>[]) {
      const id = String(record['id']);
      const old = was.get(id);
      if (!old) changes.push({ kind: 'added', table, id });
      else if (!sameRecord(old, record)) changes.push({ kind: 'changed', table, id, fields: fieldsChanged(old, record) });
    }
    for (const id of was.keys()) if (!now.has(id)) changes.push({ kind: 'removed', table, id });
  }
  return changes;
}

/** The fields that name a record: a change of one of them names the record by where it is instead. */
const NAMING = new Set(['name', 'text', 'title']);

type Fields = Readonly<Record<string, unknown>>;

/** The record `id` of `table` in a map (the journey's details for 'journey'). */
const recordIn = (doc: JourneyDocument, table: TableName | 'journey', id: string): Fields | undefined =>
  table === 'journey' ? doc.journey : byId(doc[table] as readonly { id: string }[], id);

/** Where a placed record is, when it has a place (cards, steps, emotion points, metric values). */
function placeOf(record: Fields | undefined): Place | null {
  if (!record || typeof record['stageId'] !== 'string') return null;
  return { stageId: record['stageId'], stepId: record['stepId'] as string | undefined, laneId: record['laneId'] as string | undefined };
}

/** One changed record as a line: each field old → new, a move from one place to the other. */
function describeChanged(change: Extract<JourneyChange, { kind: 'changed' }>, before: JourneyDocument, after: JourneyDocument, words: Words): string {
  const { t } = words;
  const what = t(`merge.record.${change.table}`);
  const [was, now] = [recordIn(before, change.table, change.id), recordIn(after, change.table, change.id)];
  const docs = [after, before];
  const [from, to] = [placeOf(was), placeOf(now)];
  const moved = from !== null && to !== null && change.fields.some((f) => f !== 'order' && PLACE.has(f));
  const where = { from: from ? placeName(from, [before, after]) : '', to: to ? placeName(to, docs) : '' };
  if (isMove(change)) {
    return moved
      ? t('merge.diff.moved', { what, name: recordName(docs, change.table, change.id, words, false), ...where })
      : t('merge.diff.reordered', { what, name: recordName(docs, change.table, change.id, words) });
  }
  const parts = change.fields.filter((f) => !PLACE.has(f)).map((field) => {
    const [old, value] = [readableValue(field, was?.[field], words, [before, after]), readableValue(field, now?.[field], words, docs)];
    const name = fieldName(field, words);
    return old !== null && value !== null ? t('merge.diff.fieldChange', { field: name, from: old, to: value }) : t('merge.diff.fieldChanged', { field: name });
  });
  if (moved) parts.push(t('merge.diff.movedPart', where));
  const changes = parts.join('; ');
  // A record whose name changed is named by where it is (a card), or by its old and new name in the line itself.
  if (!change.fields.some((f) => NAMING.has(f))) return t('merge.diff.changed', { what, name: recordName(docs, change.table, change.id, words), changes });
  return to ? t('merge.diff.changed', { what, name: t('merge.name.at', { place: placeName(to, docs) }), changes }) : t('merge.diff.changedUnnamed', { what, changes });
}

/**
 * The change list as lines a person reads, in their language: what was added or removed (named
 * as it is in the map that has it), each changed field old → new ("text “Queue” → “Long
 * queue”", "value −1 → 0.5"), and a move from one place to the other.
 */
export function describeChanges(changes: readonly JourneyChange[], before: JourneyDocument, after: JourneyDocument, t: Say, language = 'en'): string[] {
  if (changes.length === 0) return [t('merge.diff.none')];
  const words: Words = { t, language };
  return changes.map((change) => {
    if (change.kind === 'changed') return describeChanged(change, before, after, words);
    const what = t(`merge.record.${change.table}`);
    const name = change.kind === 'removed' ? recordName([before, after], change.table, change.id, words) : recordName([after, before], change.table, change.id, words);
    return t(`merge.diff.${change.kind}`, { what, name });
  });
}
