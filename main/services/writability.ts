import { access, constants } from 'node:fs/promises';
import { dirname } from 'node:path';
import { JourneyFileError } from '../../shared/document/errors';
import type { ReadOnlyReason } from '../../shared/ipc/read-only';

/**
 * The errno codes that mean "nothing can be written here at all": a read-only file system
 * (EROFS), or no permission to write the file or its folder (EACCES, or EPERM for an
 * immutable file or a folder that refuses new files). Anything else is not read-only. Only
 * for errors of the lock or of a write: an EACCES on reading means the file cannot be read.
 */
export function readOnlyReasonOf(error: unknown): ReadOnlyReason | null {
  if (error instanceof ReadOnlyFileError) return error.reason;
  // The same refusal once named for the user (file-errors.ts names a lock's errno so).
  if (error instanceof JourneyFileError) {
    const problem: string = error.problem;
    return problem === 'read-only' ? 'read-only-medium' : problem === 'permission-denied' ? 'no-permission' : null;
  }
  const code = typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === 'EROFS') return 'read-only-medium';
  if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
  return null;
}

/**
 * Why `path` cannot be written in place, asking access(2) about the file (when it exists) and
 * its folder, which a save and the lock both need; null when both can be written. For root,
 * permission bits always pass, but a read-only mount (EROFS) and an immutable file (EPERM) do
 * not; the lock's own failure covers what access(2) cannot see (ACLs on some network shares).
 */
export async function whyNotWritable(path: string): Promise<ReadOnlyReason | null> {
  for (const candidate of [path, dirname(path)]) {
    try {
      await access(candidate, constants.W_OK);
    } catch (error) {
      const reason = readOnlyReasonOf(error);
      if (reason !== null) return reason;
      // ENOENT (a new file) and anything else are for the open or the save itself to report.
    }
  }
  return null;
}

const REASON_TEXT: Record<ReadOnlyReason, string> = {
  'read-only-medium': 'its folder is on a read-only medium',
  'no-permission': 'you do not have permission to write it or its folder',
};

/** A save refused because its file cannot be written at all; nothing was written. */
export class ReadOnlyFileError extends JourneyFileError {
  constructor(readonly reason: ReadOnlyReason) {
    super('read-only', `the file cannot be written here: ${REASON_TEXT[reason]}; nothing was written. Save a copy elsewhere with Save As`);
  }
}
