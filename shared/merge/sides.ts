import { z } from 'zod';
import type { Say } from '../exchange/issue-text';

/**
 * Who a side of a merge is, as the person settling it knows it: their own map, a colleague's
 * copy (by the author of its newest version), a git branch, or a file or map by its name.
 * Never a temp file's path: git hands drivers `.merge_file_XXXXXX` names nobody has seen.
 */
export const mergeSideSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('yours') }),
  z.strictObject({ kind: z.enum(['author', 'branch', 'map', 'file']), name: z.string().min(1).max(300) }),
]);
export type MergeSide = z.infer<typeof mergeSideSchema>;

/** The two sides merged and the base they started from (null: none, the copies were merged record by record). */
export const mergeSidesSchema = z.strictObject({ ours: mergeSideSchema, theirs: mergeSideSchema, base: mergeSideSchema.nullable() });
export type MergeSides = z.infer<typeof mergeSidesSchema>;

/** How one side is named in a sentence: "your map", "Anna’s copy", "branch to-be", "the copy “Train”". */
export const sideName = (t: Say, side: MergeSide): string => (side.kind === 'yours' ? t('merge.side.yours') : t(`merge.side.${side.kind}`, { name: side.name }));

/** Side names that read the same are told apart by "(1)" and "(2)": two copies both called “Map”. */
export function sideNames(t: Say, sides: Pick<MergeSides, 'ours' | 'theirs'>): { ours: string; theirs: string } {
  const [ours, theirs] = [sideName(t, sides.ours), sideName(t, sides.theirs)];
  return ours === theirs ? { ours: `${ours} (1)`, theirs: `${theirs} (2)` } : { ours, theirs };
}

/**
 * The branch git is merging in, for a merge driver: git hands drivers the side's label as %Y
 * only from 2.44 on, but every git sets `GITHEAD_<commit>=<branch>` for the merge it runs.
 * A label git left unexpanded (`%Y` itself) is no name.
 */
export function gitBranchName(label: string | undefined, env: Readonly<Record<string, string | undefined>>): string | null {
  if (label !== undefined && label.trim() !== '' && !/^%[SXY]$/.test(label)) return label.trim();
  const heads = Object.entries(env).filter(([key, value]) => /^GITHEAD_[0-9a-f]{7,64}$/.test(key) && value);
  return heads.length === 1 ? (heads[0]?.[1] ?? null) : null;
}
