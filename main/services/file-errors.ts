import type { Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import { JourneyFileError, type JourneyFileProblem } from '../../shared/document/errors';

/** What Waymark was doing with a file when the file system refused. */
export type FileStep = 'open' | 'save' | 'backup' | 'lock';

const errnoCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;

/** The problem an errno code is for the user, or null when it is none of these. */
export function problemOfErrno(code: string | undefined): JourneyFileProblem | null {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no-space';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission-denied';
    case 'EISDIR':
    case 'ENXIO': // opening a socket, or a FIFO for writing with no reader
    case 'ENODEV':
      return 'not-a-file';
    default:
      return null;
  }
}

const SAVE_AS = 'save a copy elsewhere with Save As…';

/** The English detail: which file, what happened to it, and what to do. */
function detailFor(problem: JourneyFileProblem, step: FileStep, path: string): string {
  const file = `"${basename(path)}"`;
  const folder = `"${dirname(path)}"`;
  const backup = `"${basename(path)}.bak"`;
  switch (problem) {
    case 'no-space':
      if (step === 'backup') return `the disk is full: the backup ${backup} could not be made, so ${file} was not saved; free some space on the disk and save again`;
      if (step === 'lock') return `the disk is full: Waymark could not create its lock file beside ${file}; free some space on the disk and open it again`;
      return `the disk is full: ${file} was not saved; free some space on the disk and save again`;
    case 'read-only':
      if (step === 'open') return `${file} is on a read-only disk and cannot be opened for writing; open a copy, or ${SAVE_AS}`;
      if (step === 'lock') return `${folder} is on a read-only disk: Waymark cannot keep its lock file beside ${file}; ${SAVE_AS}`;
      return `${folder} is on a read-only disk: ${file} was not saved; ${SAVE_AS}`;
    case 'permission-denied':
      if (step === 'open') return `Waymark is not allowed to read ${file}; ask its owner for read permission, or open a copy of it`;
      if (step === 'backup') return `Waymark is not allowed to write the backup ${backup} in ${folder}, so ${file} was not saved; ${SAVE_AS}`;
      if (step === 'lock') return `Waymark is not allowed to create its lock file beside ${file} in ${folder}; ${SAVE_AS}`;
      return `Waymark is not allowed to write ${file} in ${folder}, so it was not saved; ${SAVE_AS}`;
    case 'not-a-file':
      return `${file} is not a regular file; choose a .journey file`;
    default:
      return `${file}: ${problem}`;
  }
}

/**
 * A file-system refusal (disk full, read-only, no permission, not a file) as a JourneyFileError
 * whose detail names the file and what to do; anything else, a JourneyFileError included, is
 * returned as it is. `path` is the file the user knows: the journey, not a temp beside it.
 */
export function fileSystemError(error: unknown, path: string, step: FileStep): unknown {
  if (error instanceof JourneyFileError) return error;
  const problem = problemOfErrno(errnoCode(error));
  return problem === null ? error : new JourneyFileError(problem, detailFor(problem, step, path));
}

/** What a non-regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** Refuses anything but a regular file: a folder, a pipe, a device or a socket is never read or written over. */
export function notAFileError(path: string, stats: Stats, step: 'open' | 'save'): JourneyFileError {
  const what = kindOf(stats);
  return new JourneyFileError(
    'not-a-file',
    step === 'open'
      ? `"${basename(path)}" is ${what}, not a journey file; Waymark only opens regular files. Choose a .journey file`
      : `"${basename(path)}" is ${what}, not a file; Waymark will not write over it. Save under another name with Save As…`,
  );
}
