import { randomUUID } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { chmod, copyFile, link, lstat, open, readlink, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { JourneyFileError } from '../../shared/document/errors';
import { fileSystemError, notAFileError } from './file-errors';
import { identityOf } from './fingerprint';

/** Temp files start with a dot and end in `.waymark-tmp`, so folder listings and cleanup can tell them apart. */
export const TEMP_SUFFIX = '.waymark-tmp';
export const BACKUP_SUFFIX = '.bak';

/** `.<name>.<uuid>.waymark-tmp` beside `target`: unique, hidden, and recognisable by stale-temps.ts. */
export const tempPathFor = (target: string) => join(dirname(target), `.${basename(target)}.${randomUUID()}${TEMP_SUFFIX}`);

/** What the written file looks like on disk (a rename keeps all three): its identity (device:inode), mtime and size. */
export interface WrittenFile { identity: string; mtimeMs: number; size: number }

/** The owner, group and mode of the file a save replaces, kept on the file that replaces it. */
type Kept = Pick<Stats, 'mode' | 'uid' | 'gid'>;

/**
 * Gives an open file the owner, group and permission bits (rwx for user, group and others) of
 * `kept`. Ownership is best effort: only root may give a file away, and a group only to a
 * member; a refusal there (EPERM, or EINVAL on file systems without owners) leaves the file
 * ours. The mode comes after, since a change of owner can clear mode bits.
 */
async function keepOwnerAndMode(handle: FileHandle, kept: Kept): Promise<void> {
  if (process.platform !== 'win32') {
    await handle.chown(kept.uid, kept.gid).catch(async (error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'EINVAL') throw error;
      // Not the owner's: keep at least the group when the user belongs to it.
      await handle.chown(-1, kept.gid).catch(() => undefined);
    });
  }
  await handle.chmod(kept.mode & 0o777);
}

/**
 * Writes `data` to a new file and fsyncs it. A new file gets what the umask leaves of 0666, as
 * any program's would; a file that replaces one gets that file's owner, group and mode, set on
 * the thread pool while the bytes are written (permissions are checked at open, so a 0444
 * mode does not stop the write).
 */
async function writeAndSync(path: string, data: string | Buffer, kept: Kept | null, whileWriting?: () => void): Promise<WrittenFile> {
  const handle = await open(path, 'wx', 0o666);
  try {
    const keeping = kept ? keepOwnerAndMode(handle, kept) : undefined;
    const writing = handle.writeFile(data);
    let settled: PromiseSettledResult<void>[];
    try {
      whileWriting?.();
    } finally {
      settled = await Promise.allSettled([writing, keeping]);
    }
    for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
    await handle.sync();
    const stats = await handle.stat();
    return { identity: identityOf(stats), mtimeMs: stats.mtimeMs, size: stats.size };
  } finally {
    await handle.close();
  }
}

/**
 * Makes a rename durable. Windows cannot open a folder for fsync; its renames are journaled by
 * NTFS. A folder the user may write but not list (mode -wx) cannot be opened either: the
 * rename is done and stands, unsynced, as it would for any other program.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Makes `to` a copy of `from`, its own inode, with `from`'s owner, group and mode: copied
 * beside `to` (a reflink where the file system clones, which is a copy too), fsynced, then
 * renamed over it. A failure leaves `to` as it was and no temp behind.
 */
async function keepCopy(from: string, to: string, kept: Kept): Promise<void> {
  const temp = tempPathFor(to);
  try {
    await copyFile(from, temp, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    // fsync needs a handle Windows lets write; elsewhere a read-only one does, whatever the mode.
    if (process.platform === 'win32') await chmod(temp, 0o666);
    const handle = await open(temp, process.platform === 'win32' ? 'r+' : 'r');
    try {
      await keepOwnerAndMode(handle, kept);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, to);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** File systems without hard links (FAT, exFAT, some network shares) answer with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EACCES']);

/**
 * Keeps the file a save is about to replace as `to`, its backup. The file's own inode becomes
 * the backup: a hard link made beside `to` and renamed over it, then the save renames the new
 * bytes over the file, so the backup ends up the only name of the previous version, which no
 * later in-place write of the journey can change. Its bytes were made durable when they were
 * saved; an fsync of the still-clean file (nearly free) makes sure of it for a file another
 * program wrote. No byte is copied. A file that already has other names (the user's own hard
 * links, which an in-place write through them would change) and a file system without hard
 * links get a copy instead.
 */
async function keepPrevious(from: string, to: string, existing: Stats): Promise<void> {
  if (existing.nlink !== 1) return keepCopy(from, to, existing);
  const temp = tempPathFor(to);
  try {
    const handle = await open(from, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(from, temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (NO_HARD_LINKS.has(code) || (code === 'EINVAL' && process.platform === 'win32')) return keepCopy(from, to, existing);
    throw error;
  }
  try {
    await rename(temp, to);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** More links than this in a row is a loop (Linux's own limit is 40). */
const MAX_LINKS = 40;

/**
 * The file a save of `path` writes: `path` itself, or for a symbolic link the file it points
 * to, followed link by link (relative links from their own folder) so that a dangling link
 * resolves too; with that file's stats, or null when it does not exist yet. A save writes
 * through a link: the temp goes beside the target and is renamed over it, and the link stays.
 */
export async function resolveSaveTarget(path: string): Promise<{ path: string; stats: Stats | null }> {
  let current = resolve(path);
  for (let links = 0; ; links += 1) {
    let stats: Stats;
    try {
      stats = await lstat(current);
    } catch (error) {
      if (isMissing(error)) return { path: current, stats: null };
      throw error;
    }
    if (!stats.isSymbolicLink()) return { path: current, stats };
    if (links === MAX_LINKS) {
      throw new JourneyFileError('not-a-file', `"${basename(path)}" is a loop of symbolic links (or a chain of more than ${MAX_LINKS}); Waymark will not write through it. Save under another name with Save As…`);
    }
    current = resolve(dirname(current), await readlink(current));
  }
}

/**
 * Crash-safe replace: write a uniquely named temp file in the same folder, fsync it, keep the
 * current file as `<name>.bak` (keepPrevious: a hard link, no copy), rename the temp over the
 * target, fsync the folder. At every instant the target holds either the old or the new bytes
 * in full, and from the moment the backup is renamed into place it holds the old ones.
 *
 * What the user set stays: the new file has the old one's mode, owner and group (a new file
 * the umask's mode), a symlinked target is written through (the link stays a link), and
 * anything but a regular file (a folder, a pipe, a device) is refused, never replaced. A
 * failure leaves the target as it was and no temp behind; a full disk, a read-only folder or
 * a refused permission is a JourneyFileError naming the file and what to do.
 */
export interface AtomicWriteOptions {
  backup: boolean;
  /** Runs on this thread once the bytes are on their way to the temp file (the write itself is on the thread pool). */
  whileWriting?: () => void;
}

export async function writeFileAtomic(target: string, data: string | Buffer, options: AtomicWriteOptions): Promise<WrittenFile> {
  let real: string;
  let existing: Stats | null;
  try {
    ({ path: real, stats: existing } = await resolveSaveTarget(target));
  } catch (error) {
    throw fileSystemError(error, target, 'save');
  }
  if (existing !== null && !existing.isFile()) throw notAFileError(real, existing, 'save');
  const temp = tempPathFor(real);
  let written: WrittenFile;
  try {
    written = await writeAndSync(temp, data, existing, options.whileWriting);
    // Only once the new bytes are safe: the backup is then the file as it is replaced.
    if (options.backup && existing !== null) {
      await keepPrevious(real, `${real}${BACKUP_SUFFIX}`, existing).catch((error: unknown) => {
        if (!isMissing(error)) throw fileSystemError(error, real, 'backup');
      });
    }
    await rename(temp, real);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw fileSystemError(error, real, 'save');
  }
  await syncFolder(dirname(real));
  return written;
}
