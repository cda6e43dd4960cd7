import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's priority to `nice` (0 normal, 19 lowest), on Linux, where a
 * thread may do so on its own (setpriority on its thread id, from /proc/thread-self). Elsewhere,
 * or where it is refused, the thread keeps the process's priority; returns whether it changed.
 */
export function lowerThisThreadsPriority(nice: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), nice);
    return true;
  } catch {
    return false;
  }
}
