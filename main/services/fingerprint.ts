import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { JourneyFileError } from '../../shared/document/errors';
import type { DiskState, FileFingerprint } from '../../shared/ipc/fingerprint';
import { fileSystemError } from './file-errors';
import { openRegularFile, readAtMost } from './regular-file';

export const sha256 = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Which file this is on its file system: device and inode, the same however it is renamed. */
export const identityOf = (stats: Pick<Stats, 'dev' | 'ino'>): string => `${stats.dev}:${stats.ino}`;

/** A baseline without an identity (an older journal's) takes any identity. */
const sameIdentity = (baseline: FileFingerprint, stats: Pick<Stats, 'dev' | 'ino'>) => baseline.identity === undefined || baseline.identity === identityOf(stats);

/**
 * Compares the file with the fingerprint a window holds. The same identity, mtime and size
 * count as unchanged without reading the file, so a window can ask every few seconds;
 * otherwise the hash decides (a touched or replaced but identical file is unchanged, with its
 * new fingerprint). A
 * folder, pipe or device put in the file's place has changed (reloading it then says what it
 * is), and no more than the baseline's size is ever read.
 */
export async function diskStateOf(path: string, baseline: FileFingerprint): Promise<DiskState> {
  let opened;
  try {
    opened = await openRegularFile(path);
  } catch (error) {
    if (isMissing(error)) return { state: 'missing' };
    if (error instanceof JourneyFileError && error.problem === 'not-a-file') return { state: 'changed' };
    throw fileSystemError(error, path, 'open');
  }
  const { handle, stats } = opened;
  try {
    const { mtimeMs, size } = stats;
    if (sameIdentity(baseline, stats) && mtimeMs === baseline.mtimeMs && size === baseline.size) return { state: 'unchanged', fingerprint: baseline };
    if (size !== baseline.size) return { state: 'changed' };
    const bytes = await readAtMost(handle, size, baseline.size);
    const hash = bytes === null ? null : sha256(bytes);
    return hash === baseline.sha256 ? { state: 'unchanged', fingerprint: { identity: identityOf(stats), mtimeMs, size, sha256: hash } } : { state: 'changed' };
  } finally {
    await handle.close();
  }
}
