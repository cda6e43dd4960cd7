import { z } from 'zod';
import { mergeSidesSchema, type MergeSides } from './sides';
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
  // A value a side (or the base) lacks is left out of the JSON: each may be absent.
  z.strictObject({ kind: z.literal('both-changed'), table, id, field: z.string().max(60), base: z.unknown().optional(), ours: z.unknown().optional(), theirs: z.unknown().optional() }),
  z.strictObject({ kind: z.literal('changed-and-deleted'), table, id, deletedBy: z.enum(['ours', 'theirs']) }),
  z.strictObject({ kind: z.literal('restored'), table, id, deletedBy: z.enum(['ours', 'theirs', 'both']), usedBy: z.strictObject({ table, id }).optional() }),
  z.strictObject({ kind: z.literal('same-slot'), table, id, kept: id, dropped: z.unknown().optional() }),
  z.strictObject({ kind: z.literal('placed'), table, id, stepId: id.nullable() }),
]);
const conflicts = z.array(conflictSchema).max(100_000);

/** Format 1 named the three files merged as given: for git, temp files nobody has seen (`.merge_file_CjffCi`). */
const version1 = z.strictObject({
  format: z.literal(CONFLICTS_FORMAT),
  formatVersion: z.literal(1),
  merged: z.strictObject({ base: z.string().max(4096), ours: z.string().max(4096), theirs: z.string().max(4096) }),
  conflicts,
});

/** Format 2 names the sides as people know them, and says whether git ran the merge (what to do next differs). */
const version2 = z.strictObject({
  format: z.literal(CONFLICTS_FORMAT),
  formatVersion: z.literal(2),
  sides: mergeSidesSchema,
  git: z.boolean(),
  conflicts,
});

export type ConflictFile = z.infer<typeof version2>;

const fileName = (path: string) => path.split(/[\\/]/).pop() || path;

/** Either format, read as format 2 (a format 1 file's sides are named by its files' names). */
export const conflictFileSchema = z.union([version2, version1]).transform((file): ConflictFile => {
  if (file.formatVersion === 2) return file;
  const side = (path: string) => ({ kind: 'file' as const, name: fileName(path) });
  return { format: file.format, formatVersion: 2, sides: { ours: side(file.merged.ours), theirs: side(file.merged.theirs), base: side(file.merged.base) }, git: false, conflicts: file.conflicts };
});

export const conflictFileText = (sides: MergeSides, git: boolean, list: readonly MergeConflict[]): string =>
  `${JSON.stringify({ format: CONFLICTS_FORMAT, formatVersion: 2, sides, git, conflicts: [...list] } satisfies ConflictFile, null, 2)}\n`;
