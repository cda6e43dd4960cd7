import { readFile, rm, stat } from 'node:fs/promises';
import type { MergeConflictsRead } from '../../shared/ipc/compare';
import { CONFLICTS_FORMAT, CONFLICTS_SUFFIX, conflictFileSchema } from '../../shared/merge/conflict-file';

/** A conflicts file of 100,000 conflicts with long values stays well under this. */
const MAX_BYTES = 64 * 1024 * 1024;

export const conflictsFileFor = (journeyPath: string): string => `${journeyPath}${CONFLICTS_SUFFIX}`;

/**
 * The conflicts `waymark merge` left beside a journey, read and checked with the schema the
 * command wrote them with. A missing file is `none`; anything else that is not such a list
 * (broken JSON, another program's file, a list that fails the schema) is `unreadable`, with
 * why, and is never written over.
 */
export async function readMergeConflicts(journeyPath: string): Promise<MergeConflictsRead> {
  const path = conflictsFileFor(journeyPath);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { state: 'unreadable', problem: 'foreign', detail: 'not a regular file' };
    size = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    throw error;
  }
  if (size > MAX_BYTES) return { state: 'unreadable', problem: 'too-large', detail: `${size} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { state: 'unreadable', problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== CONFLICTS_FORMAT) {
    return { state: 'unreadable', problem: 'foreign', detail: `its format is not ${CONFLICTS_FORMAT}` };
  }
  const parsed = conflictFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { state: 'unreadable', problem: 'invalid', detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { state: 'found', file: parsed.data };
}

/** Removes the list once its conflicts are settled, but only a valid one: anything else stays for the user to look at. */
export async function removeMergeConflicts(journeyPath: string): Promise<void> {
  const read = await readMergeConflicts(journeyPath);
  if (read.state === 'unreadable') throw new Error(`${conflictsFileFor(journeyPath)} is not a Waymark conflicts file; it was left as it is`);
  if (read.state === 'found') await rm(conflictsFileFor(journeyPath), { force: true });
}
