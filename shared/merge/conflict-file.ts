import { z } from 'zod';
import type { JourneyDocument } from '../document/schema';
import type { Say } from '../exchange/issue-text';
import { recordName } from './diff';
import type { MergeConflict } from './three-way';

/**
 * The conflicts of a merge, kept beside the merged journey as `<journey>.conflicts.json` until
 * they are resolved: the journey stays a plain, valid journey (holding ours where both sides
 * changed a field), and the app reads this file to show each conflict with both values.
 */
export const CONFLICTS_FORMAT = 'waymark.merge-conflicts';
export const CONFLICTS_SUFFIX = '.conflicts.json';

const table = z.string().max(40);
const id = z.string().max(64);
const conflictSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('both-changed'), table, id, field: z.string().max(60), base: z.unknown(), ours: z.unknown(), theirs: z.unknown() }),
  z.strictObject({ kind: z.literal('changed-and-deleted'), table, id, deletedBy: z.enum(['ours', 'theirs']) }),
  z.strictObject({ kind: z.literal('restored'), table, id, deletedBy: z.enum(['ours', 'theirs', 'both']) }),
  z.strictObject({ kind: z.literal('same-slot'), table, id, kept: id, dropped: z.unknown() }),
  z.strictObject({ kind: z.literal('placed'), table, id, stepId: id.nullable() }),
]);

export const conflictFileSchema = z.strictObject({
  format: z.literal(CONFLICTS_FORMAT),
  formatVersion: z.literal(1),
  /** The three files merged, as given (for the person resolving: which copy was which). */
  merged: z.strictObject({ base: z.string().max(4096), ours: z.string().max(4096), theirs: z.string().max(4096) }),
  conflicts: z.array(conflictSchema).max(100_000),
});
export type ConflictFile = z.infer<typeof conflictFileSchema>;

export const conflictFileText = (merged: ConflictFile['merged'], conflicts: readonly MergeConflict[]): string =>
  `${JSON.stringify({ format: CONFLICTS_FORMAT, formatVersion: 1, merged, conflicts: [...conflicts] } satisfies ConflictFile, null, 2)}\n`;

const shown = (value: unknown): string => {
  if (value === undefined) return '–';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
};

/** One line per conflict, naming the record as in a change list and what each side did. */
export function describeConflicts(conflicts: readonly MergeConflict[], merged: JourneyDocument, t: Say): string[] {
  return conflicts.map((conflict) => {
    const name = recordName(merged, conflict.table, conflict.kind === 'same-slot' ? conflict.kept : conflict.id);
    const what = t(`merge.record.${conflict.table}`);
    switch (conflict.kind) {
      case 'both-changed': return t('merge.conflict.bothChanged', { what, name, field: conflict.field, ours: shown(conflict.ours), theirs: shown(conflict.theirs) });
      case 'changed-and-deleted': return t(`merge.conflict.deletedBy.${conflict.deletedBy}`, { what, name });
      case 'restored': return t('merge.conflict.restored', { what, name });
      case 'same-slot': return t('merge.conflict.sameSlot', { what, name, theirs: shown((conflict.dropped as { value?: unknown }).value) });
      case 'placed': return t('merge.conflict.placed', { what, name });
    }
  });
}
