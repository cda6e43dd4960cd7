import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import { FileLocks, lockPathFor } from '../../main/services/file-lock';
import { JourneyRepository } from '../../main/services/journey-repository';
import { OpenFiles } from '../../main/services/open-files';
import { serializeJourney } from '../../shared/document/serialize';
import { journeyFrom } from '../helpers/journeys';
import { cannot, problemOf, snapshot } from '../helpers/odd-files';
import { fillDisk, isMounted, mountSmallDisk } from '../helpers/small-disk';
import { useTempFolders } from '../helpers/temp-folder';

async function refusal(action: Promise<unknown>): Promise<JourneyFileError> {
  const error = await action.then(() => null, (e: unknown) => e);
  if (!(error instanceof JourneyFileError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

/** The pid of a process that has exited: no live process can hold a lock under it. */
async function deadPid(): Promise<number> {
  const child = promisify(execFile)(process.execPath, ['-e', '']);
  const pid = child.child.pid!;
  await child;
  return pid;
}

describe('FileLocks: one writer per file', () => {
  const tempFolder = useTempFolders();

  it('refuses a second instance, naming the holder, until the first releases', async () => {
    const path = join(await tempFolder(), 'Map.journey');
    const first = new FileLocks();
    const second = new FileLocks();
    expect(await first.acquire(path)).toBe(true);
    expect(await first.acquire(path)).toBe(false); // already held: re-entrant
    const error = await refusal(second.acquire(path));
    expect(error.problem).toBe('locked');
    expect(error.message).toContain(`process ${process.pid}`);
    expect(error.message).toContain(lockPathFor(path));
    await first.release(path);
    expect(await second.acquire(path)).toBe(true);
    expect(JSON.parse(await readFile(lockPathFor(path), 'utf8'))).toMatchObject({ app: 'waymark', instance: second.instance, pid: process.pid });
  });

  it('takes over a lock whose process died on this machine', async () => {
    const path = join(await tempFolder(), 'Map.journey');
    const pid = await deadPid();
    await writeFile(lockPathFor(path), JSON.stringify({ app: 'waymark', instance: 'crashed', pid, host: 'this-host', since: '2026-01-01T00:00:00.000Z' }));
    const locks = new FileLocks({ host: 'this-host' });
    expect(await locks.acquire(path)).toBe(true);
    expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).instance).toBe(locks.instance);
  });

  it('respects a lock held on another machine, since it cannot tell whether that Waymark runs', async () => {
    const path = join(await tempFolder(), 'Map.journey');
    await writeFile(lockPathFor(path), JSON.stringify({ app: 'waymark', instance: 'laptop', pid: await deadPid(), host: 'other-laptop', since: '2026-01-01T00:00:00.000Z' }));
    const error = await refusal(new FileLocks({ host: 'this-host' }).acquire(path));
    expect(error.message).toMatch(/on other-laptop/);
  });

  it('treats an empty lock file as one being written, and an old empty one as debris', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'Map.journey');
    await writeFile(lockPathFor(path), '');
    await expect(new FileLocks().acquire(path)).rejects.toThrow(/being opened by another Waymark/);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPathFor(path), old, old);
    expect(await new FileLocks().acquire(path)).toBe(true);
    expect((await readdir(folder)).filter((n) => n.endsWith('.waymark-tmp'))).toEqual([]);
  });

  it('releases only its own locks at exit', async () => {
    const folder = await tempFolder();
    const mine = new FileLocks();
    const theirs = new FileLocks();
    await mine.acquire(join(folder, 'a.journey'));
    await theirs.acquire(join(folder, 'b.journey'));
    mine.releaseAllSync();
    expect((await readdir(folder)).sort()).toEqual(['.b.journey.waymark-lock']);
  });
});

describe('OpenFiles: the window that writes a file holds its lock', () => {
  const tempFolder = useTempFolders();

  it('keeps a file to one window, moves the lock on Save As, and lets go on close', async () => {
    const folder = await tempFolder();
    const [a, b] = [join(folder, 'a.journey'), join(folder, 'b.journey')];
    const locks = new FileLocks();
    const files = new OpenFiles(locks);
    await files.withFile(1, a, async () => 'opened');
    expect((await refusal(files.withFile(2, a, async () => 'opened'))).message).toMatch(/another Waymark window/);
    await files.withFile(1, b, async () => 'saved as');
    expect(locks.holds(a)).toBe(false);
    expect(locks.holds(b)).toBe(true);
    await files.close(1, a); // not its file any more: nothing happens
    expect(locks.holds(b)).toBe(true);
    await files.closeWindow(1);
    expect(await readdir(folder)).toEqual([]);
  });

  it('gives back a lock taken for an open or save that failed, and keeps the window’s file', async () => {
    const folder = await tempFolder();
    const locks = new FileLocks();
    const files = new OpenFiles(locks);
    await files.withFile(1, join(folder, 'a.journey'), async () => null);
    await expect(files.withFile(1, join(folder, 'broken.journey'), async () => { throw new Error('bad file'); })).rejects.toThrow('bad file');
    expect(locks.holds(join(folder, 'broken.journey'))).toBe(false);
    expect(files.pathOf(1)).toBe(join(folder, 'a.journey'));
  });

  it('a journey opened through a symbolic link and by its own path has one lock, beside the file', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'real'));
    const real = join(folder, 'real', 'map.journey');
    await writeFile(real, '{}');
    await symlink(join('real', 'map.journey'), join(folder, 'link.journey'));
    const locks = new FileLocks();
    const files = new OpenFiles(locks);
    await files.withFile(1, join(folder, 'link.journey'), async () => 'opened');
    expect((await refusal(files.withFile(2, real, async () => 'opened'))).problem).toBe('locked');
    expect(await readdir(join(folder, 'real'))).toEqual([basename(lockPathFor(real)), 'map.journey']);
    await files.close(1, join(folder, 'link.journey'));
    expect(locks.holds(real)).toBe(false);
    expect(await readdir(join(folder, 'real'))).toEqual(['map.journey']);
  });
});

describe('a full disk', () => {
  const tempFolder = useTempFolders();

  it('opening a map there says the disk is full and leaves no lock and no lock temp; once there is room it opens', async (context) => {
    const dir = join(await tempFolder(), 'disk');
    await mkdir(dir);
    const disk = await mountSmallDisk(dir, 64 * 1024);
    if (!isMounted(disk)) return cannot(context, disk.unavailable);
    try {
      const path = join(dir, 'map.journey');
      await writeFile(path, serializeJourney(journeyFrom('blank')));
      await fillDisk(join(dir, 'filler'));
      const before = await snapshot(dir);
      const repository = new JourneyRepository();
      const files = new OpenFiles(new FileLocks());
      const refused = await problemOf(files.open(1, path, () => repository.open(path)));
      expect(refused.problem).toBe('no-space');
      expect(refused.message).toBe('the disk is full: Waymark could not create its lock file beside "map.journey"; free some space on the disk and open it again');
      // Not a 0-byte temp, not an empty lock: the folder is as it was.
      expect(await snapshot(dir)).toEqual(before);
      await rm(join(dir, 'filler'));
      const opened = await files.open(1, path, () => repository.open(path));
      expect(opened.readOnly).toBeNull();
      expect((await readdir(dir)).sort()).toEqual([basename(lockPathFor(path)), 'map.journey']);
    } finally {
      await disk.undo();
    }
  });
});
