import { randomUUID } from 'node:crypto';
import { copyFile, link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files start with a dot and end in `.waymark-tmp`, so folder listings and cleanup can tell them apart. */
export const TEMP_SUFFIX = '.waymark-tmp';
export const BACKUP_SUFFIX = '.bak';

/** `.<name>.<uuid>.waymark-tmp` beside `target`: unique, hidden, and recognisable by stale-temps.ts. */
export const tempPathFor = (target: string) => join(dirname(target), `.${basename(target)}.${randomUUID()}${TEMP_SUFFIX}`);

/** What the written file looks like on disk (a rename keeps both). */
export interface WrittenFile { mtimeMs: number; size: number }

async function writeAndSync(path: string, data: string | Buffer, whileWriting?: () => void): Promise<WrittenFile> {
  const handle = await open(path, 'wx', 0o644);
  try {
    const writing = handle.writeFile(data);
    try {
      whileWriting?.();
    } finally {
      await writing;
    }
    await handle.sync();
    const { mtimeMs, size } = await handle.stat();
    return { mtimeMs, size };
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable. Windows cannot open a folder for fsync; its renames are journaled by NTFS. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Points `to` at the bytes of `from` without copying where the file system allows: a hard link
 * keeps the old inode alive after `from` is replaced. Elsewhere, a synced copy.
 */
async function keepCopy(from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    try {
      await link(from, temp);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'EXDEV' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      await copyFile(from, temp);
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await rename(temp, to);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Crash-safe replace: write a uniquely named temp file in the same folder, fsync it, keep the
 * current file as `<name>.bak`, rename the temp over the target, fsync the folder. At every
 * instant the target holds either the old or the new bytes in full. The backup is made while
 * the temp is written (both are on the thread pool; neither touches the other's file), and
 * both are done before the rename.
 */
export interface AtomicWriteOptions {
  backup: boolean;
  /** Runs on this thread once the bytes are on their way to the temp file (the write itself is on the thread pool). */
  whileWriting?: () => void;
}

export async function writeFileAtomic(target: string, data: string | Buffer, options: AtomicWriteOptions): Promise<WrittenFile> {
  const temp = tempPathFor(target);
  const backup = options.backup
    ? keepCopy(target, `${target}${BACKUP_SUFFIX}`).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      })
    : undefined;
  let written: WrittenFile;
  try {
    // Both settle before anything else happens, so a failed write never races its cleanup.
    const [write, kept] = await Promise.allSettled([writeAndSync(temp, data, options.whileWriting), backup]);
    if (write.status === 'rejected') throw write.reason;
    if (kept.status === 'rejected') throw kept.reason;
    written = write.value;
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(target));
  return written;
}
