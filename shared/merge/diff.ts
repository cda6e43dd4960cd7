import type { TableName } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import type { Say } from '../exchange/issue-text';
import { sameRecord } from '../document/same-record';
import { RECORD_TABLES } from './three-way';

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

/** Each list of records by id, built once per list (a change list of a big map names hundreds of records); rebuilt if the list grew. */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
function byId<T extends { id: string }>(list: readonly T[], of: string | undefined): T | undefined {
  if (of === undefined) return undefined;
  let index = indexes.get(list);
  if (!index || index.size !== list.length) {
    index = new Map(list.map((r) => [r.id, r]));
    indexes.set(list, index);
  }
  return index.get(of) as T | undefined;
}

/** A record's name for a person: a stage's or lane's name, a card's first words and where it is. */
export function recordName(doc: JourneyDocument, table: TableName | 'journey', id: string): string {
  const named = (list: readonly { id: string; name: string }[], of: string | undefined) => byId(list, of)?.name ?? '?';
  const excerpt = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text).replace(/\s+/g, ' ');
  switch (table) {
    case 'journey': return `“${doc.journey.title}”`;
    case 'cards': {
      const card = byId(doc.cards, id);
      return card ? `“${excerpt(card.text)}” (${named(doc.stages, card.stageId)} / ${named(doc.lanes, card.laneId)})` : id;
    }
    case 'emotionPoints': {
      const point = byId(doc.emotionPoints, id);
      return point ? `${named(doc.emotionCurves, point.curveId)} @ ${named(doc.stages, point.stageId)} = ${point.value}` : id;
    }
    case 'metricValues': {
      const value = byId(doc.metricValues, id);
      return value ? `${named(doc.lanes, value.laneId)} @ ${named(doc.stages, value.stageId)} = ${value.value}` : id;
    }
    case 'assets': return id;
    default: {
      const record = byId(doc[table] as readonly { id: string; name: string }[], id);
      return record ? `“${record.name}”` : id;
    }
  }
}

/**
 * The change list as lines a person reads, in their language: what was added, removed,
 * changed (which fields) or moved, each record named as it is where it still exists.
 */
export function describeChanges(changes: readonly JourneyChange[], before: JourneyDocument, after: JourneyDocument, t: Say): string[] {
  if (changes.length === 0) return [t('merge.diff.none')];
  return changes.map((change) => {
    const what = t(`merge.record.${change.table}`);
    const name = recordName(change.kind === 'removed' ? before : after, change.table, change.id);
    if (change.kind !== 'changed') return t(`merge.diff.${change.kind}`, { what, name });
    if (isMove(change)) return t('merge.diff.moved', { what, name });
    const fields = change.fields.filter((f) => f !== 'order').map((f) => t(`exchange.field.${f}`, { defaultValue: t(`merge.field.${f}`, { defaultValue: f }) }));
    return t('merge.diff.changed', { what, name, fields: fields.join(', ') });
  });
}
