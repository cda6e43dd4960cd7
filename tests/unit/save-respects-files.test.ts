import { chmod, chown, link, lstat, mkdir, open, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../main/cli/import-command';
import { writeFileAtomic } from '../../main/services/atomic-write';
import { JourneyRepository } from '../../main/services/journey-repository';
import { removeStaleTemps } from '../../main/services/stale-temps';
import type { JourneyDocument } from '../../shared/document/schema';
import { journeyToCsv } from '../../shared/exchange/csv';
import { serializeJourney } from '../../shared/document/serialize';
import { generateJourney } from '../bench/generate-journey';
import { journeyFrom } from '../helpers/journeys';
import { cannot, fifoAt, problemOf, snapshot, within } from '../helpers/odd-files';
import { isAvailable, makeFileReadOnly, makeFolderReadOnly } from '../helpers/read-only';
import { isMounted, mountSmallDisk } from '../helpers/small-disk';
import { useTempFolders } from '../helpers/temp-folder';

const repository = new JourneyRepository();
const TEMP = /\.waymark-tmp$/;
const base = journeyFrom('buyer5');
const retitled = (title: string): JourneyDocument => ({ ...base, journey: { ...base.journey, title } });

describe('saving keeps what the user set', () => {
  const tempFolder = useTempFolders();

  it('refuses to save over a FIFO, with or without a baseline, and leaves it a FIFO', async (context) => {
    const dir = await tempFolder();
    const fifo = join(dir, 'pipe.journey');
    const release = await fifoAt(context, fifo);
    try {
      const baseline = { mtimeMs: 1, size: 10, sha256: '0'.repeat(64) };
      for (const options of [{}, { baseline }]) {
        const refused = await within(2_000, 'saving over a FIFO', problemOf(repository.save(fifo, retitled('Mine'), options)));
        expect(refused.problem).toBe('not-a-file');
      }
      expect((await lstat(fifo)).isFIFO()).toBe(true);
      expect(await readdir(dir)).toEqual(['pipe.journey']);
    } finally {
      release();
    }
  });

  it('refuses to save over a folder or a link to a device, and leaves them as they are', async (context) => {
    if (process.platform === 'win32') cannot(context, 'Windows has no /dev/zero');
    const dir = await tempFolder();
    const folder = join(dir, 'folder.journey');
    await mkdir(folder);
    const zero = join(dir, 'zero.journey');
    await symlink('/dev/zero', zero);
    expect((await problemOf(repository.save(folder, retitled('Mine')))).message)
      .toBe('"folder.journey" is a folder, not a file; Waymark will not write over it. Save under another name with Save As…');
    expect((await problemOf(writeFileAtomic(zero, 'x', { backup: true }))).message)
      .toBe('"zero" is a device, not a file; Waymark will not write over it. Save under another name with Save As…');
    expect((await lstat(folder)).isDirectory()).toBe(true);
    expect(await readlink(zero)).toBe('/dev/zero');
    expect((await readdir(dir)).sort()).toEqual(['folder.journey', 'zero.journey']);
  });

  it.each(['600', '640', '444', '604'])('keeps mode 0%s on the journey and gives it to its backup', async (octal) => {
    const mode = parseInt(octal, 8);
    const dir = await tempFolder();
    const path = join(dir, 'nda.journey');
    await repository.save(path, retitled('One'));
    await chmod(path, mode);
    await repository.save(path, retitled('Two'));
    expect((await stat(path)).mode & 0o777).toBe(mode);
    expect((await stat(`${path}.bak`)).mode & 0o777).toBe(mode);
    await repository.save(path, retitled('Three'));
    expect((await stat(path)).mode & 0o777).toBe(mode);
    expect((await repository.open(path)).document.journey.title).toBe('Three');
  });

  it('gives a new file the mode the umask leaves of 0666', async (context) => {
    const dir = await tempFolder();
    let previous: number;
    try {
      previous = process.umask(0o002);
    } catch (error) {
      return cannot(context, `the umask cannot be set in this test worker (${String(error)})`);
    }
    try {
      for (const [umask, mode] of [[0o002, 0o664], [0o077, 0o600], [0o022, 0o644]] as const) {
        process.umask(umask);
        const path = join(dir, `new-${umask.toString(8)}.journey`);
        await repository.save(path, retitled('New'));
        expect({ umask: umask.toString(8), mode: ((await stat(path)).mode & 0o777).toString(8) }).toEqual({ umask: umask.toString(8), mode: mode.toString(8) });
      }
    } finally {
      process.umask(previous);
    }
  });

  it('keeps the owner and group of the file it replaces', async (context) => {
    if (process.getuid?.() !== 0) cannot(context, 'only root can give a file to another owner to set this up');
    const dir = await tempFolder();
    const path = join(dir, 'team.journey');
    await repository.save(path, retitled('One'));
    await chown(path, 4321, 8765);
    await chmod(path, 0o640);
    await repository.save(path, retitled('Two'));
    for (const file of [path, `${path}.bak`]) {
      expect(await stat(file)).toMatchObject({ uid: 4321, gid: 8765 });
      expect((await stat(file)).mode & 0o777).toBe(0o640);
    }
  });

  it('makes the backup the previous file itself, its only name: unchanged by a failed save or an in-place write', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'map.journey');
    await repository.save(path, retitled('One'));
    const one = await stat(path);
    await repository.save(path, retitled('Two'));
    const expectOwnInodes = async () => {
      const [journey, backup] = await Promise.all([stat(path), stat(`${path}.bak`)]);
      expect(backup.ino).not.toBe(journey.ino);
      expect({ journey: journey.nlink, backup: backup.nlink }).toEqual({ journey: 1, backup: 1 });
    };
    await expectOwnInodes();
    // No copy: the file that was replaced became the backup.
    expect((await stat(`${path}.bak`)).ino).toBe(one.ino);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(serializeJourney(retitled('One')));
    // A save that fails while its bytes are written: the journey and its backup stay as they were.
    const failing = writeFileAtomic(path, 'never', { backup: true, whileWriting: () => { throw new Error('injected failure'); } });
    await expect(failing).rejects.toThrow('injected failure');
    expect((await readdir(dir)).sort()).toEqual(['map.journey', 'map.journey.bak']);
    await expectOwnInodes();
    const backup = await readFile(`${path}.bak`, 'utf8');
    expect(backup).toBe(serializeJourney(retitled('One')));
    expect(await readFile(path, 'utf8')).toBe(serializeJourney(retitled('Two')));
    // Another tool writes the journey in place (no rename): the backup must not follow.
    const handle = await open(path, 'r+');
    await handle.write('{"scribbled": true}', 0);
    await handle.close();
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(backup);
  });

  it('copies the backup of a journey that has other names, which an in-place write through them would change', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'map.journey');
    const elsewhere = join(dir, 'same-file.journey');
    await repository.save(path, retitled('One'));
    await link(path, elsewhere);
    await repository.save(path, retitled('Two'));
    const [backup, other] = await Promise.all([stat(`${path}.bak`), stat(elsewhere)]);
    expect(backup.ino).not.toBe(other.ino);
    expect(backup.nlink).toBe(1);
    const handle = await open(elsewhere, 'r+');
    await handle.write('{"scribbled": true}', 0);
    await handle.close();
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(serializeJourney(retitled('One')));
    expect((await readdir(dir)).sort()).toEqual(['map.journey', 'map.journey.bak', 'same-file.journey']);
  });

  it('saves a symlinked journey through to its target: the link stays a link, the backup and temps go beside the target', async () => {
    const root = await tempFolder();
    const real = join(root, 'real');
    const links = join(root, 'links');
    await mkdir(real);
    await mkdir(links);
    const target = join(real, 'map.journey');
    await repository.save(target, retitled('One'));
    await chmod(target, 0o640);
    // A relative link to a relative link to the file.
    await symlink('../real/map.journey', join(links, 'hop.journey'));
    await symlink('hop.journey', join(links, 'map.journey'));
    const link = join(links, 'map.journey');
    const loaded = await repository.open(link);
    await repository.save(link, retitled('Two'), { baseline: loaded.fingerprint });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('hop.journey');
    expect((await repository.open(target)).document.journey.title).toBe('Two');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    const backup = await lstat(`${target}.bak`);
    expect(backup.isFile()).toBe(true);
    expect(backup.ino).not.toBe((await stat(target)).ino);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe(serializeJourney(retitled('One')));
    expect((await readdir(links)).sort()).toEqual(['hop.journey', 'map.journey']);
    expect((await readdir(real)).sort()).toEqual(['map.journey', 'map.journey.bak']);
    // A temp a killed save left beside the target is cleared by opening through the link.
    await writeFile(join(real, '.map.journey.0f8fad5b-d9cb-469f-a165-70867728950e.waymark-tmp'), '{');
    expect(await removeStaleTemps(link)).toEqual(['.map.journey.0f8fad5b-d9cb-469f-a165-70867728950e.waymark-tmp']);
  });

  it('saves through a dangling link by creating its target, and refuses a loop of links', async () => {
    const dir = await tempFolder();
    const link = join(dir, 'map.journey');
    await mkdir(join(dir, 'elsewhere'));
    await symlink(join(dir, 'elsewhere', 'new.journey'), link);
    await repository.save(link, retitled('New'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await repository.open(join(dir, 'elsewhere', 'new.journey'))).document.journey.title).toBe('New');
    await symlink('b.journey', join(dir, 'a.journey'));
    await symlink('a.journey', join(dir, 'b.journey'));
    const loop = await problemOf(repository.save(join(dir, 'a.journey'), retitled('Loop')));
    expect(loop.problem).toBe('not-a-file');
    expect((await readdir(dir)).sort()).toEqual(['a.journey', 'b.journey', 'elsewhere', 'map.journey']);
  });
});

describe('a failed save changes nothing and leaves nothing behind', () => {
  const tempFolder = useTempFolders();

  /** Saved twice (a backup exists), with a hard-link-free backup. */
  async function savedMap(folder: string): Promise<string> {
    const path = join(folder, 'map.journey');
    await repository.save(path, retitled('One'));
    await repository.save(path, retitled('Two'));
    return path;
  }

  /** The journey and its backup are two files, and no temp is left in the folder. */
  async function expectTwoFilesNoTemp(folder: string, path: string) {
    const names = await readdir(folder);
    expect(names.filter((n) => TEMP.test(n))).toEqual([]);
    if (names.includes('map.journey.bak')) expect((await stat(`${path}.bak`)).ino).not.toBe((await stat(path)).ino);
  }

  it('on a full disk (ENOSPC): no-space, naming the file and what to do', async (context) => {
    const dir = join(await tempFolder(), 'disk');
    await mkdir(dir);
    const disk = await mountSmallDisk(dir, 256 * 1024);
    if (!isMounted(disk)) return cannot(context, disk.unavailable);
    try {
      const path = await savedMap(dir);
      const before = await snapshot(dir);
      const big = generateJourney({ cards: 2_000, seed: 3 }); // ~400 KB: more than the disk holds
      const refused = await problemOf(repository.save(path, big));
      expect(refused.problem).toBe('no-space');
      expect(refused.message).toMatch(/^the disk is full: .*"map\.journey".* free some space on the disk and save again$/);
      const after = await snapshot(dir);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(after['map.journey']).toBe(before['map.journey']);
      // The backup is made while the temp is written: it is the old backup, or a copy of the journey as it still is.
      const bytesOf = (entry: string | undefined) => entry?.replace(/^inode \d+, /, '');
      expect([bytesOf(before['map.journey.bak']), bytesOf(after['map.journey'])]).toContain(bytesOf(after['map.journey.bak']));
      await expectTwoFilesNoTemp(dir, path);
      const lines: string[] = [];
      const out = join(dir, 'import.journey');
      const csv = join(await tempFolder(), 'map.csv');
      await writeFile(csv, journeyToCsv(big));
      expect(await importCommand([csv, '--out', out], { out: () => undefined, err: (l) => lines.push(l) })).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the disk is full: "import\\.journey" was not saved`));
      await expectTwoFilesNoTemp(dir, path);
    } finally {
      await disk.undo();
    }
  });

  it('on a read-only file system (EROFS): read-only, and the map still opens', async (context) => {
    const dir = join(await tempFolder(), 'disk');
    await mkdir(dir);
    const disk = await mountSmallDisk(dir, 1024 * 1024);
    if (!isMounted(disk)) return cannot(context, disk.unavailable);
    try {
      const path = await savedMap(dir);
      await disk.makeReadOnly();
      const before = await snapshot(dir);
      const refused = await problemOf(repository.save(path, retitled('Three')));
      expect(refused.problem).toBe('read-only');
      expect(refused.message).toBe(`"${dir}" is on a read-only disk: "map.journey" was not saved; save a copy elsewhere with Save As…`);
      expect(await snapshot(dir)).toEqual(before);
      await expectTwoFilesNoTemp(dir, path);
      expect((await repository.open(path)).document.journey.title).toBe('Two');
    } finally {
      await disk.undo();
    }
  });

  it('in a folder that refuses new files (EPERM or EACCES): permission-denied, naming the file', async (context) => {
    const dir = join(await tempFolder(), 'maps');
    await mkdir(dir);
    const path = await savedMap(dir);
    // chattr +i for root (EPERM), mode 0555 for a normal user (EACCES).
    const made = process.getuid?.() === 0 ? await makeFileReadOnly(dir) : await makeFolderReadOnly(dir);
    if (!isAvailable(made)) return cannot(context, made.unavailable);
    try {
      const before = await snapshot(dir);
      const refused = await problemOf(repository.save(path, retitled('Three')));
      expect(refused.problem).toBe('permission-denied');
      expect(refused.message).toBe(`Waymark is not allowed to write "map.journey" in "${dir}", so it was not saved; save a copy elsewhere with Save As…`);
      expect(await snapshot(dir)).toEqual(before);
      await expectTwoFilesNoTemp(dir, path);
    } finally {
      await made.undo();
    }
  });

  it('when only the backup cannot be replaced: permission-denied naming the backup, the journey as it was', async (context) => {
    const dir = await tempFolder();
    const path = await savedMap(dir);
    const made = await makeFileReadOnly(`${path}.bak`);
    if (!isAvailable(made)) return cannot(context, made.unavailable);
    if (made.how === 'mode') {
      await made.undo();
      return cannot(context, 'a backup of mode 0444 is still replaced by a rename; only chattr +i (root) makes its replacement fail');
    }
    try {
      const before = await snapshot(dir);
      const refused = await problemOf(repository.save(path, retitled('Three')));
      expect(refused.problem).toBe('permission-denied');
      expect(refused.message).toBe(`Waymark is not allowed to write the backup "map.journey.bak" in "${dir}", so "map.journey" was not saved; save a copy elsewhere with Save As…`);
      expect(await snapshot(dir)).toEqual(before);
      await expectTwoFilesNoTemp(dir, path);
    } finally {
      await made.undo();
    }
  });

  it('through a read-only bind mount, as the read-only maps use it (EROFS)', async (context) => {
    const dir = join(await tempFolder(), 'maps');
    await mkdir(dir);
    const path = await savedMap(dir);
    const made = await makeFolderReadOnly(dir);
    if (!isAvailable(made)) return cannot(context, made.unavailable);
    try {
      const before = await snapshot(dir);
      const refused = await problemOf(writeFileAtomic(path, 'x', { backup: true }));
      expect(refused.problem).toBe(made.how === 'mount' ? 'read-only' : 'permission-denied');
      expect(await snapshot(dir)).toEqual(before);
    } finally {
      await made.undo();
    }
  });

});
