import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change, RecordTables, TableName } from '../../../shared/document/changes';
import type { JourneyDocument } from '../../../shared/document/schema';
import { describeConflicts } from '../../../shared/merge/describe-conflicts';
import { sideNames, type MergeSides } from '../../../shared/merge/sides';
import type { MergeConflict } from '../../../shared/merge/three-way';
import { useContent } from '../../editor/content-context';
import './merge.css';

type Patch = Readonly<Record<string, unknown>>;

/** The fields a conflict's "use this" sets: the other side's value of the field (a place sets its fields together), or of the slot. */
function theirPatch(conflict: MergeConflict): { table: TableName | 'journey'; id: string; patch: Patch } | null {
  if (conflict.kind === 'both-changed') {
    return { table: conflict.table, id: conflict.id, patch: conflict.field === 'place' ? (conflict.theirs as Patch) : { [conflict.field]: conflict.theirs } };
  }
  if (conflict.kind === 'same-slot') {
    const { value, label } = conflict.dropped as { value?: unknown; label?: unknown };
    return { table: conflict.table, id: conflict.kept, patch: { value, label } };
  }
  return null;
}

/** The change that gives a record the other side's value; a field the other side does not have goes. */
function takeTheirs(doc: JourneyDocument, conflict: MergeConflict): Change[] {
  const target = theirPatch(conflict);
  if (!target) return [];
  const { patch } = target;
  const apply = <T extends object>(record: T): T =>
    Object.fromEntries([
      ...Object.entries(record).filter(([field]) => !(field in patch)),
      ...Object.entries(patch).filter(([, value]) => value !== undefined),
    ]) as T;
  if (target.table === 'journey') return [{ table: 'journey', before: doc.journey, after: apply(doc.journey) }];
  const table = target.table;
  const record = (doc[table] as RecordTables[TableName][]).find((r) => r.id === target.id);
  return record ? [{ table, before: record, after: apply(record) } as Change] : [];
}

interface Props {
  conflicts: readonly MergeConflict[];
  sides: MergeSides;
  /** The other copy as merged, to name records the map no longer has. */
  theirs?: JourneyDocument;
  /** How many are left, after each one is settled (0: all are). */
  onProgress: (left: number) => void;
}

/**
 * What a merge could not decide, each with the sides named as the person knows them ("your
 * map", "Anna’s copy", "branch to-be") and both values: the map holds its own already, "Keep"
 * leaves it, "Use this" takes the other copy's (one undoable change). A deleted record that
 * came back, or a card put in a step, is said and understood. Each settled one goes.
 */
export function MergeConflicts({ conflicts, sides, theirs, onProgress }: Props) {
  const { t, i18n } = useTranslation();
  const { store, commit } = useContent();
  const [open, setOpen] = useState(() => conflicts.map((_, i) => i));
  // Described once per merge and language: the map changing under them (a taken value) must not rename them.
  const [described] = useState(() => store.document);
  const views = useMemo(() => describeConflicts(conflicts, described, sides, t, i18n.language, theirs ? [theirs] : []), [conflicts, described, sides, t, i18n.language, theirs]);
  const names = sideNames(t, sides);
  const capital = (text: string) => text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1);
  useEffect(() => onProgress(open.length), [onProgress, open.length]);
  const settle = (index: number) => setOpen((left) => left.filter((i) => i !== index));
  if (open.length === 0) return null;
  return (
    <ul className="merge-conflicts" aria-label={t('merge.ui.listLabel')}>
      {open.map((index) => {
        const conflict = conflicts[index] as MergeConflict;
        const view = views[index];
        if (!view) return null;
        return (
          <li key={index} className="merge-conflict">
            <span className="merge-conflict-headline">{view.headline}</span>
            {view.values ? (
              <>
                <span className="merge-side-value">
                  <span><strong>{capital(names.ours)}:</strong> {view.values.ours}</span>
                  <button type="button" aria-label={`${t('merge.ui.keep')} — ${names.ours}`} onClick={() => settle(index)}>{t('merge.ui.keep')}</button>
                </span>
                <span className="merge-side-value">
                  <span><strong>{capital(names.theirs)}:</strong> {view.values.theirs}</span>
                  <button type="button" aria-label={`${t('merge.ui.take')} — ${names.theirs}`} onClick={() => {
                    commit('Take the other copy’s value', takeTheirs(store.document, conflict), 'merge');
                    settle(index);
                  }}>{t('merge.ui.take')}</button>
                </span>
              </>
            ) : (
              <span className="version-actions"><button type="button" onClick={() => settle(index)}>{t('merge.ui.understood')}</button></span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
