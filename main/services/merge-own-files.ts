import { constants, type Stats } from 'node:fs';
import { lstat, open, rename, rm, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tempPathFor } from './atomic-write';
import { readAtMost } from './regular-file';

/**
 * The files `waymark merge` and `diff` write or delete (the merged journey, the conflicts list,
 * a comparison's PDF) are checked where they are, never followed: a repository can commit a
 * symbolic link, a FIFO or someone else's file under any of those names. Each must be missing
 * or a regular file that is ours (what `isOurs` recognises); anything else is left exactly as
 * it is, and said. Windows has no O_NOFOLLOW: lstat decides there, as it does first everywhere.
 */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const READ_FLAGS = constants.O_RDONLY | NO_FOLLOW | (constants.O_NONBLOCK ?? 0);
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;

/** Why a file was left alone: a link, not a regular file, or a file that is not ours. */
export type LeftAlone = 'link' | 'not-a-file' | 'not-ours';

export class LeftAloneError extends Error {
  constructor(readonly path: string, readonly why: LeftAlone, readonly detail = '') {
    super(`${path}: left as it is (${why}${detail ? `: ${detail}` : ''})`);
    this.name = 'LeftAloneError';
  }
}

/** What is at `path` itself (a link is not followed): null when nothing is. */
async function entryAt(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Refuses a link or anything but a regular file at `path`. */
function checkRegular(path: string, stats: Stats): void {
  if (stats.isSymbolicLink()) throw new LeftAloneError(path, 'link');
  if (!stats.isFile()) throw new LeftAloneError(path, 'not-a-file');
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

export interface OwnFile { stats: Stats; bytes: Buffer }

/**
 * Reads the regular file at `path` without following a link and without waiting on a FIFO,
 * at most `maxBytes` (null when larger). The file read is the one lstat saw (same device and
 * inode): one swapped in meanwhile is refused too. Null for a missing file.
 */
export async function readOwnFile(path: string, maxBytes: number): Promise<{ stats: Stats; bytes: Buffer | null } | null> {
  const seen = await entryAt(path);
  if (seen === null) return null;
  checkRegular(path, seen);
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    // ELOOP: it became a link since lstat (O_NOFOLLOW refuses it).
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new LeftAloneError(path, 'link');
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || !sameFile(stats, seen)) throw new LeftAloneError(path, 'not-a-file');
    return { stats, bytes: stats.size > maxBytes ? null : await readAtMost(handle, stats.size, maxBytes) };
  } finally {
    await handle.close();
  }
}

/** A folder made durable after a rename (Windows journals renames itself; an unlistable folder cannot be opened). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `path` when nothing is there or a regular file that `isOurs` accepts (read
 * without following links): into a new temp file beside it, created exclusively and never
 * through a link, fsynced, then renamed over it. The replaced file's permission bits stay.
 * Throws LeftAloneError, having touched nothing, for a link, a FIFO, a folder or a file not ours.
 */
export async function writeOwnFile(path: string, data: string | Buffer, isOurs: (existing: OwnFile) => boolean, maxCheckBytes = 64 * 1024 * 1024): Promise<void> {
  const existing = await readOwnFile(path, maxCheckBytes);
  if (existing !== null && (existing.bytes === null || !isOurs({ stats: existing.stats, bytes: existing.bytes }))) throw new LeftAloneError(path, 'not-ours');
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, CREATE_FLAGS, existing ? existing.stats.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The name may have changed hands while the temp was written: check it once more, right before the rename.
    const now = await entryAt(path);
    if (now !== null) {
      checkRegular(path, now);
      if (existing === null || !sameFile(now, existing.stats)) throw new LeftAloneError(path, 'not-ours', 'it changed while Waymark wrote');
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Deletes the regular file at `path` if `isOurs` accepts it (read without following links);
 * the file deleted is the one read. False when nothing was there. Throws LeftAloneError for
 * anything else, having deleted nothing.
 */
export async function removeOwnFile(path: string, isOurs: (existing: OwnFile) => boolean, maxCheckBytes = 64 * 1024 * 1024): Promise<boolean> {
  const existing = await readOwnFile(path, maxCheckBytes);
  if (existing === null) return false;
  if (existing.bytes === null || !isOurs({ stats: existing.stats, bytes: existing.bytes })) throw new LeftAloneError(path, 'not-ours');
  const now = await entryAt(path);
  if (now === null) return false;
  checkRegular(path, now);
  if (!sameFile(now, existing.stats)) throw new LeftAloneError(path, 'not-ours', 'it changed while Waymark read it');
  await unlink(path);
  return true;
}
