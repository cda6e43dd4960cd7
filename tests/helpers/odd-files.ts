import { closeSync, constants, openSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type TestContext } from 'vitest';
import { sha256 } from '../../main/services/fingerprint';
import { JourneyFileError } from '../../shared/document/errors';

/** Prints why a case cannot be made on this machine, then skips that case only. */
export function cannot(context: TestContext, reason: string): never {
  console.warn(`${context.task.name}: not run here: ${reason}`);
  return context.skip(reason);
}

/** Rejects when `promise` takes longer than `ms`: an open that hung on a FIFO fails here instead of stalling the run. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A FIFO at `path` (mkfifo), and `release`, which opens its write end so that an open hung on
 * it (the bug these tests catch) returns and frees its thread.
 */
export async function fifoAt(context: TestContext, path: string): Promise<() => void> {
  if (process.platform === 'win32') cannot(context, 'Windows has no mkfifo');
  await promisify(execFile)('mkfifo', [path]);
  return () => {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nothing is waiting on it.
    }
  };
}

/** The JourneyFileError `promise` rejects with; anything else fails the test. */
export async function problemOf(promise: Promise<unknown>): Promise<JourneyFileError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(JourneyFileError);
  return error as JourneyFileError;
}

/** Every name in a folder with its inode and a hash of its bytes: "nothing changed" is this staying equal. */
export async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => {
    const path = join(folder, name);
    const stats = await lstat(path);
    return [name, `inode ${stats.ino}, ${stats.isFile() ? sha256(await readFile(path)) : 'not a file'}`] as const;
  })));
}
