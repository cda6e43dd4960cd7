import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { JourneyFileError } from '../../shared/document/errors';
import { tempPathFor } from './atomic-write';

export const LOCK_SUFFIX = '.waymark-lock';

/** `.<name>.waymark-lock` beside the journey: visible to every Waymark that can see the file. */
export const lockPathFor = (target: string): string => join(dirname(target), `.${basename(target)}${LOCK_SUFFIX}`);

const holderSchema = z.object({
  app: z.literal('waymark'),
  instance: z.string().max(100),
  pid: z.number().int(),
  host: z.string().max(300),
  since: z.string().max(40),
});
export type LockHolder = z.infer<typeof holderSchema>;

/** A lock file being written by another process reads as empty for a moment; older ones are debris. */
const UNREADABLE_GRACE_MS = 2_000;

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const parseHolder = (text: string): LockHolder | null => {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

async function readHolder(path: string): Promise<LockHolder | 'missing' | 'unreadable'> {
  try {
    return parseHolder(await readFile(path, 'utf8')) ?? 'unreadable';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
}

/**
 * Makes the new file `path` holding `content`, or fails with EEXIST. A file it made but could
 * not fill (a full disk: the name fits, the bytes do not) is removed, so nothing empty is left.
 */
async function writeNewFile(path: string, content: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}

/** Creates `path` holding `content`, or fails with EEXIST: a hard link makes it appear complete. */
async function createExclusive(path: string, content: string): Promise<void> {
  const temp = tempPathFor(path);
  await writeNewFile(temp, content);
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    await writeNewFile(path, content); // file systems without hard links
  } finally {
    await rm(temp, { force: true });
  }
}

const sameHolder = (a: LockHolder, b: LockHolder) => a.instance === b.instance && a.pid === b.pid && a.since === b.since;

export interface FileLocksOptions {
  host?: string;
  pid?: number;
  isAlive?: (pid: number) => boolean;
}

/**
 * One writer per journey file across windows, app instances and machines sharing a folder:
 * a lock file beside the journey names its holder. A holder that crashed leaves its lock
 * behind; on the same machine a lock whose process is gone is taken over.
 */
export class FileLocks {
  readonly instance = randomUUID();
  private readonly held = new Set<string>();
  private readonly host: string;
  private readonly pid: number;
  private readonly isAlive: (pid: number) => boolean;

  constructor(options: FileLocksOptions = {}) {
    this.host = options.host ?? hostname();
    this.pid = options.pid ?? process.pid;
    this.isAlive = options.isAlive ?? isProcessAlive;
  }

  holds(target: string): boolean {
    return this.held.has(resolve(target));
  }

  /** Takes the lock; true when newly taken, false when this instance held it already. */
  async acquire(target: string): Promise<boolean> {
    const key = resolve(target);
    if (this.held.has(key)) return false;
    const path = lockPathFor(key);
    const me: LockHolder = { app: 'waymark', instance: this.instance, pid: this.pid, host: this.host, since: new Date().toISOString() };
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        await createExclusive(path, `${JSON.stringify(me)}\n`);
        this.held.add(key);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(path);
      if (holder === 'missing') continue;
      if (holder === 'unreadable') {
        if (await this.isDebris(path)) await this.breakLock(path, null);
        else await new Promise((done) => setTimeout(done, 100));
        continue;
      }
      if (holder.instance === this.instance) {
        this.held.add(key);
        return false;
      }
      if (!this.isStale(holder)) throw lockedBy(holder, path);
      await this.breakLock(path, holder);
    }
    throw new JourneyFileError('locked', `the file is being opened by another Waymark right now; try again (lock: ${path})`);
  }

  async release(target: string): Promise<void> {
    const key = resolve(target);
    if (!this.held.delete(key)) return;
    const path = lockPathFor(key);
    const holder = await readHolder(path);
    if (typeof holder === 'object' && holder.instance === this.instance) await rm(path, { force: true });
  }

  /** For process exit, when nothing asynchronous runs any more. */
  releaseAllSync(): void {
    for (const key of this.held) {
      const path = lockPathFor(key);
      try {
        if (parseHolder(readFileSync(path, 'utf8'))?.instance === this.instance) unlinkSync(path);
      } catch {
        // Already gone, or the folder went away: nothing to release.
      }
    }
    this.held.clear();
  }

  /** Stale only when provably dead: same machine and the process is gone. */
  private isStale(holder: LockHolder): boolean {
    if (holder.host !== this.host) return false;
    if (holder.pid === this.pid) return false; // another instance in this very process is alive
    return !this.isAlive(holder.pid);
  }

  private async isDebris(path: string): Promise<boolean> {
    const stats = await stat(path).catch(() => null);
    return stats !== null && Date.now() - stats.mtimeMs > UNREADABLE_GRACE_MS;
  }

  /**
   * Moves the stale lock aside under a unique name, so of two instances breaking it only one
   * succeeds. If what was moved turns out to be a fresh lock (taken between our read and the
   * move), it is put back.
   */
  private async breakLock(path: string, stale: LockHolder | null): Promise<void> {
    const aside = tempPathFor(path);
    try {
      await rename(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const moved = await readHolder(aside);
    const wasStale = stale === null ? typeof moved !== 'object' : typeof moved === 'object' && sameHolder(moved, stale);
    if (!wasStale) await link(aside, path).catch(() => undefined);
    await rm(aside, { force: true });
  }
}

function lockedBy(holder: LockHolder, path: string): JourneyFileError {
  return new JourneyFileError(
    'locked',
    `the file is open in another Waymark (on ${holder.host}, process ${holder.pid}, since ${holder.since}); ` +
      `close it there first. If that Waymark is no longer running, delete ${path}`,
  );
}
