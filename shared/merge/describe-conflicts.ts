import type { TableName } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import type { Say } from '../exchange/issue-text';
import { sideNames, type MergeSides } from './sides';
import type { MergeConflict } from './three-way';
import { byId, fieldName, placeName, readableValue, recordName, type Place, type Words } from './words';

/** A conflict as the person settling it reads it. */
export interface ConflictView {
  /** The whole conflict in one line: for a terminal, a list, an export. */
  line: string;
  /** The record and what happened to it (the app shows the values under it). */
  headline: string;
  /** Each side's value, where both filled one: the map holds ours until theirs is taken. */
  values: { ours: string; theirs: string } | null;
}

type Table = TableName | 'journey';

/** A place field's value ({stageId, stepId, laneId, order}) as the map shows where it is. */
function placeValue(value: unknown, docs: readonly JourneyDocument[]): string {
  const place = value as Partial<Place> | undefined;
  return place && typeof place.stageId === 'string' ? placeName(place as Place, docs) : '–';
}

/** What the merged map and both sides call a record (a restored or conflicting one may be on one side only). */
const nameIn = (docs: readonly JourneyDocument[], table: Table, id: string, words: Words) => recordName(docs, table, id, words);

/**
 * Each conflict in the reader's words, with the sides named as they know them ("your map",
 * "Anna’s copy", "branch to-be"), records by name and place, and both values: what both
 * copies changed, who deleted what and which card kept it, what was put in a step.
 * `sides` are the merge's (a null base: the copies were merged record by record, without one).
 * `sidesDocs` (ours, theirs), when known, name records the merged map no longer has.
 */
export function describeConflicts(conflicts: readonly MergeConflict[], merged: JourneyDocument, sides: MergeSides, t: Say, language = 'en', sidesDocs: readonly JourneyDocument[] = []): ConflictView[] {
  const words: Words = { t, language };
  const docs = [merged, ...sidesDocs];
  const side = sideNames(t, sides);
  const apart = sides.base === null;
  const withValues = (headline: string, ours: string, theirs: string): ConflictView => ({
    headline, values: { ours, theirs },
    line: `${headline} — ${t('merge.conflict.values', { ours: t('merge.conflict.sideValue', { side: side.ours, value: ours }), theirs: t('merge.conflict.sideValue', { side: side.theirs, value: theirs }), kept: side.ours })}`,
  });
  const only = (line: string): ConflictView => ({ line, headline: line, values: null });
  return conflicts.map((conflict): ConflictView => {
    const what = t(`merge.record.${conflict.table}`);
    switch (conflict.kind) {
      case 'both-changed': {
        const name = nameIn(docs, conflict.table, conflict.id, words);
        const field = fieldName(conflict.field, words);
        const shown = (value: unknown) => (conflict.field === 'place' ? placeValue(value, docs) : readableValue(conflict.field, value, words, docs) ?? t('merge.value.other'));
        return withValues(t(apart ? 'merge.conflict.differs' : 'merge.conflict.changedBoth', { what, name, field }), shown(conflict.ours), shown(conflict.theirs));
      }
      case 'same-slot': {
        const name = nameIn(docs, conflict.table, conflict.kept, words);
        const kept = byId(merged[conflict.table] as readonly { id: string; value: number }[], conflict.kept);
        const value = (record: { value?: unknown } | undefined) => readableValue('value', record?.value, words, docs) ?? '–';
        const field = fieldName('value', words);
        return withValues(t(apart ? 'merge.conflict.differs' : 'merge.conflict.changedBoth', { what, name, field }), value(kept), value(conflict.dropped as { value?: unknown }));
      }
      case 'changed-and-deleted': {
        const name = nameIn(docs, conflict.table, conflict.id, words);
        const [deleter, changer] = conflict.deletedBy === 'ours' ? [side.ours, side.theirs] : [side.theirs, side.ours];
        return only(t('merge.conflict.deletedChanged', { what, name, deleter, changer }));
      }
      case 'restored': {
        const name = nameIn(docs, conflict.table, conflict.id, words);
        const deleter = conflict.deletedBy === 'both' ? t('merge.side.both') : conflict.deletedBy === 'ours' ? side.ours : side.theirs;
        if (!conflict.usedBy) return only(t('merge.conflict.restored', { what, name, deleter }));
        const { table, id } = conflict.usedBy;
        // Named by its words: where it is goes without saying (in the record it kept).
        const user = `${t(`merge.record.${table}`)} ${recordName(docs, table, id, words, false)}`;
        // The copy that still needs it is the one that did not delete it.
        const keeper = conflict.deletedBy === 'ours' ? side.theirs : conflict.deletedBy === 'theirs' ? side.ours : t('merge.side.both');
        return only(t('merge.conflict.restoredFor', { what, name, deleter, user, keeper }));
      }
      case 'placed': {
        const name = nameIn(docs, conflict.table, conflict.id, words);
        const step = conflict.stepId === null ? undefined : byId(merged.steps, conflict.stepId);
        return only(step ? t('merge.conflict.placed', { what, name, step: t('merge.value.quoted', { text: step.name }) }) : t('merge.conflict.unplaced', { what, name }));
      }
    }
  });
}
