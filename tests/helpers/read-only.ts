import { execFile } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const isRoot = () => process.getuid?.() === 0;

/** A real read-only folder or file, made so for a test; `undo` puts it back (call it in `finally`). */
export interface MadeReadOnly {
  /** How: `mount` (a read-only bind mount, EROFS), `immutable` (chattr +i, EPERM even for root), `mode` (chmod, EACCES). */
  readonly how: 'mount' | 'immutable' | 'mode';
  undo(): Promise<void>;
}

/** Why a real read-only case could not be made here; the test then injects the failure and prints this. */
export interface NotAvailable { readonly unavailable: string }

const errorText = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/**
 * Makes `folder` a read-only medium for real: a read-only bind mount of the folder over itself,
 * which refuses every write with EROFS, root included. Needs root (or CAP_SYS_ADMIN) and a
 * sandbox that allows mounts; without them, a non-root user gets a folder of mode 0555 (writes
 * refused with EACCES, the "no permission" case rather than a read-only medium).
 */
export async function makeFolderReadOnly(folder: string): Promise<MadeReadOnly | NotAvailable> {
  if (!isRoot()) {
    await chmod(folder, 0o555);
    return { how: 'mode', undo: () => chmod(folder, 0o755) };
  }
  try {
    await run('mount', ['--bind', folder, folder]);
  } catch (error) {
    return { unavailable: `running as root, and mount --bind is not allowed here (${errorText(error)})` };
  }
  try {
    await run('mount', ['-o', 'remount,ro,bind', folder]);
  } catch (error) {
    await run('umount', [folder]).catch(() => undefined);
    return { unavailable: `running as root, and remounting a bind mount read-only is not allowed here (${errorText(error)})` };
  }
  return { how: 'mount', undo: async () => void (await run('umount', [folder])) };
}

/**
 * A folder nothing can be written in, as real as this machine allows: the read-only mount
 * above; for root where mounts are refused, the immutable attribute on the folder (chattr +i:
 * no new files, EPERM, the "no permission" case). `tried` says why the mount was not used.
 */
export async function makeFolderUnwritable(folder: string): Promise<(MadeReadOnly & { tried?: string }) | NotAvailable> {
  const mounted = await makeFolderReadOnly(folder);
  if (isAvailable(mounted)) return mounted;
  const immutable = await makeFileReadOnly(folder);
  return isAvailable(immutable) ? { ...immutable, tried: mounted.unavailable } : { unavailable: `${mounted.unavailable}; and ${immutable.unavailable}` };
}

/**
 * Makes `file` one the user can read but not write, for real: mode 0444 for a normal user;
 * for root, which ignores permission bits, the immutable attribute (chattr +i: EPERM even for
 * root), which needs a file system that has it (ext4, xfs, btrfs; not tmpfs or overlayfs).
 */
export async function makeFileReadOnly(file: string): Promise<MadeReadOnly | NotAvailable> {
  if (!isRoot()) {
    await chmod(file, 0o444);
    return { how: 'mode', undo: () => chmod(file, 0o644) };
  }
  try {
    await run('chattr', ['+i', file]);
  } catch (error) {
    return { unavailable: `running as root, which ignores mode 0444, and chattr +i failed here (${errorText(error)})` };
  }
  return { how: 'immutable', undo: async () => void (await run('chattr', ['-i', file])) };
}

export const isAvailable = (made: MadeReadOnly | NotAvailable): made is MadeReadOnly => !('unavailable' in made);
