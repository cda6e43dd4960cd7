import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change, RecordTables, TableName } from '../../../shared/document/changes';
import type { JourneyDocument } from '../../../shared/document/schema';
import { describeConflicts } from '../../../shared/merge/conflict-file';
import type { MergeConflict } from '../../../shared/merge/three-way';
import { useContent } from '../../editor/content-context';

type BothChanged = Extract<MergeConflict, { kind: 'both-changed' }>;

/** The change that sets a conflicting field to the other copy's value (a place sets its fields together). */
function takeTheirs(doc: JourneyDocument, conflict: BothChanged): Change[] {
  const patch = conflict.field === 'place' ? (conflict.theirs as Record<string, unknown>) : { [conflict.field]: conflict.theirs };
  // The patch's fields replace the record's; a field the copy does not have goes.
  const apply = <T extends object>(record: T): T =>
    Object.fromEntries([
      ...Object.entries(record).filter(([field]) => !(field in patch)),
      ...Object.entries(patch).filter(([, value]) => value !== undefined),
    ]) as T;
  if (conflict.table === 'journey') return [{ table: 'journey', before: doc.journey, after: apply(doc.journey) }];
  const table = conflict.table as TableName;
  const record = (doc[table] as RecordTables[TableName][]).find((r) => r.id === conflict.id);
  return record ? [{ table, before: record, after: apply(record) } as Change] : [];
}

/**
 * What a merge could not decide, one line each with both values: this map's value is in the
 * map already; "Take the copy's" replaces it (one undoable change); either way the line goes.
 */
export function MergeConflicts({ conflicts, onDone }: { conflicts: readonly MergeConflict[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { store, commit } = useContent();
  const [open, setOpen] = useState(conflicts.map((_, i) => i));
  const lines = describeConflicts(conflicts, store.document, t);
  const settle = (index: number) => {
    const left = open.filter((i) => i !== index);
    setOpen(left);
    if (left.length === 0) onDone();
  };
  return (
    <ul className="merge-conflicts" aria-label={t('content.versions.conflictsLabel')}>
      {open.map((index) => {
        const conflict = conflicts[index] as MergeConflict;
        return (
          <li key={index} className="merge-conflict">
            <span>{lines[index]}</span>
            <span className="version-actions">
              {conflict.kind === 'both-changed' && (
                <button type="button" onClick={() => {
                  commit('Take the copy’s value', takeTheirs(store.document, conflict), 'merge');
                  settle(index);
                }}>{t('content.versions.takeTheirs')}</button>
              )}
              <button type="button" onClick={() => settle(index)}>{conflict.kind === 'both-changed' ? t('content.versions.keepMine') : t('content.versions.understood')}</button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
