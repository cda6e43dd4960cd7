import { execFile } from 'node:child_process';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { NotAvailable } from './read-only';

const run = promisify(execFile);
const errorText = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** A real file system mounted for a test; `undo` unmounts it (call it in `finally`, before the folder is removed). */
export interface Mounted {
  /** Remounts it read-only: every write is then refused with EROFS, root included. */
  makeReadOnly(): Promise<void>;
  undo(): Promise<void>;
}

/**
 * Mounts a tmpfs of `bytes` on `folder` (empty): a real disk that fills up, where a write
 * past its size fails with ENOSPC, and that can be remounted read-only. Needs root (or
 * CAP_SYS_ADMIN) and a sandbox that allows mounts; otherwise says why not.
 */
export async function mountSmallDisk(folder: string, bytes: number): Promise<Mounted | NotAvailable> {
  if (process.platform !== 'linux') return { unavailable: `tmpfs mounts are a Linux thing; this is ${process.platform}` };
  if (process.getuid?.() !== 0) return { unavailable: 'mounting a small tmpfs needs root, and this test runs as a normal user' };
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0755`, 'tmpfs', folder]);
  } catch (error) {
    return { unavailable: `running as root, and mount -t tmpfs is not allowed here (${errorText(error)})` };
  }
  return {
    makeReadOnly: async () => void (await run('mount', ['-o', 'remount,ro', folder])),
    undo: async () => void (await run('umount', [folder])),
  };
}

export const isMounted = (made: Mounted | NotAvailable): made is Mounted => !('unavailable' in made);

/**
 * Fills the disk `path` is on with that one file, until a write is refused with ENOSPC: then
 * a new file can still be made (tmpfs keeps inodes apart) but not given a byte.
 */
export async function fillDisk(path: string): Promise<void> {
  const handle = await open(path, 'wx');
  const page = Buffer.alloc(4096, 0x2e);
  try {
    for (;;) await handle.write(page);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
}
