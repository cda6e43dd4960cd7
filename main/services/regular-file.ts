import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { notAFileError } from './file-errors';

/** Read-only and non-blocking where the platform has O_NONBLOCK (Windows has no FIFOs to wait on). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** What a read asks for first when the file says it is empty (/proc and other generated files). */
const FIRST_CHUNK = 64 * 1024;

export interface OpenedRegularFile { handle: FileHandle; stats: Stats }

/**
 * Opens `path` for reading only when it is a regular file, and answers the handle's own
 * fstat. What stat already shows is refused unopened (opening a device can act: a serial line,
 * a tape); the file is then opened non-blocking, so a FIFO put there meanwhile cannot hang the
 * open, and the fstat of the handle decides. A folder, pipe, device or socket is refused with
 * `not-a-file`; other failures are the file system's own errors (ENOENT, EACCES…).
 */
export async function openRegularFile(path: string): Promise<OpenedRegularFile> {
  const before = await stat(path);
  if (!before.isFile()) throw notAFileError(path, before, 'open');
  const handle = await open(path, READ_FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notAFileError(path, stats, 'open');
    return { handle, stats };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads an opened file to its end, but never more than `maxBytes + 1` bytes: null when it
 * holds more than `maxBytes`. The limit holds while reading, whatever the size said: a file
 * that grows meanwhile, or one that reports size 0 (/proc), stops at the limit. `sizeHint`
 * (the fstat size) only sizes the first read, so a file that is as large as it says is read
 * in one call and one more that finds its end.
 */
export async function readAtMost(handle: FileHandle, sizeHint: number, maxBytes: number): Promise<Buffer | null> {
  const cap = maxBytes + 1;
  let buffer = Buffer.allocUnsafe(Math.min(cap, sizeHint > 0 ? sizeHint + 1 : FIRST_CHUNK));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === cap) return null;
      const larger = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}
