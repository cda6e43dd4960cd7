import type { FileHandle } from 'node:fs/promises';
import { mkdir, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../main/cli/check';
import { exportCommand } from '../../main/cli/export-command';
import { fileSystemError } from '../../main/services/file-errors';
import { diskStateOf } from '../../main/services/fingerprint';
import { readBytesChecked } from '../../main/services/journey-file-adapter';
import { JourneyRepository } from '../../main/services/journey-repository';
import { readAtMost } from '../../main/services/regular-file';
import { JourneyFileError } from '../../shared/document/errors';
import type { JourneyDocument } from '../../shared/document/schema';
import { journeyFrom } from '../helpers/journeys';
import { cannot, fifoAt, problemOf, within } from '../helpers/odd-files';
import { useTempFolders } from '../helpers/temp-folder';

const repository = new JourneyRepository();
const base = journeyFrom('buyer5');
const retitled = (title: string): JourneyDocument => ({ ...base, journey: { ...base.journey, title } });

describe('opening: only regular files, never more than the limit', () => {
  const tempFolder = useTempFolders();

  it('refuses a FIFO at once, in the repository, the CLI check, the export command and the disk watch', async (context) => {
    const dir = await tempFolder();
    const fifo = join(dir, 'pipe.journey');
    const release = await fifoAt(context, fifo);
    try {
      const refused = await within(2_000, 'opening a FIFO', problemOf(repository.open(fifo)));
      expect(refused.problem).toBe('not-a-file');
      expect(refused.message).toBe('"pipe.journey" is a named pipe (FIFO), not a journey file; Waymark only opens regular files. Choose a .journey file');
      const lines: string[] = [];
      expect(await within(2_000, 'waymark check on a FIFO', checkFiles([fifo], (line) => lines.push(line)))).toBe(1);
      expect(lines).toEqual([`${fifo}: ${refused.message}`]);
      const exported: string[] = [];
      const code = await within(2_000, 'waymark export of a FIFO', exportCommand([fifo, '--out', join(dir, 'out.svg')], { out: () => undefined, err: (l) => exported.push(l) }, new URL('../../out/cli/export-worker.js', import.meta.url)));
      expect({ code, exported }).toEqual({ code: 1, exported: [`${fifo}: ${refused.message}`] });
      const baseline = { mtimeMs: 1, size: 10, sha256: '0'.repeat(64) };
      expect(await within(2_000, 'watching a FIFO', diskStateOf(fifo, baseline))).toEqual({ state: 'changed' });
    } finally {
      release();
    }
  });

  it('refuses a link to /dev/zero without reading it, a folder and a socket', async (context) => {
    if (process.platform === 'win32') cannot(context, 'Windows has no /dev/zero or Unix sockets in folders');
    const dir = await tempFolder();
    const zero = join(dir, 'zero.journey');
    await symlink('/dev/zero', zero);
    const folder = join(dir, 'folder.journey');
    await mkdir(folder);
    const socket = join(dir, 'socket.journey');
    const server = createServer();
    await new Promise<void>((done) => server.listen(socket, done));
    try {
      const lines: string[] = [];
      expect(await within(2_000, 'waymark check on /dev/zero', checkFiles([zero, folder, socket], (line) => lines.push(line)))).toBe(1);
      expect(lines).toEqual([
        `${zero}: "zero.journey" is a device, not a journey file; Waymark only opens regular files. Choose a .journey file`,
        `${folder}: "folder.journey" is a folder, not a journey file; Waymark only opens regular files. Choose a .journey file`,
        `${socket}: "socket.journey" is a socket, not a journey file; Waymark only opens regular files. Choose a .journey file`,
      ]);
      for (const path of [zero, folder, socket]) expect((await problemOf(repository.open(path))).problem).toBe('not-a-file');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('reads no more than the limit + 1 from a file that keeps growing past the size it reported', async () => {
    // A handle whose file said it has 10 bytes and never ends (a log being written, /dev/zero behind a mount).
    let requested = 0;
    const endless = {
      read: async (buffer: Buffer, offset: number, length: number) => {
        requested += length;
        buffer.fill(0x61, offset, offset + length);
        return { bytesRead: length, buffer };
      },
    } as unknown as FileHandle;
    expect(await readAtMost(endless, 10, 1_000_000)).toBeNull();
    expect(requested).toBe(1_000_001);
    requested = 0;
    expect(await readAtMost(endless, 0, 100)).toBeNull(); // /proc files say 0
    expect(requested).toBe(101);
  });

  it('reads a file that reports size 0 (/proc) to its end, and refuses it past the limit', async (context) => {
    if (process.platform !== 'linux') cannot(context, 'no /proc on this system');
    expect((await stat('/proc/self/status')).size).toBe(0);
    const { bytes } = await readBytesChecked('/proc/self/status', 64 * 1024);
    expect(bytes.toString('utf8')).toMatch(/^Name:\t.+\n[\s\S]*VmPeak/);
    expect((await problemOf(readBytesChecked('/proc/self/status', 100))).message).toBe(`the file is larger than ${100 / 1024 / 1024} MB`);
  });

  it('opens a symlinked journey and still refuses a dangling link as missing', async () => {
    const dir = await tempFolder();
    const real = join(dir, 'real.journey');
    await repository.save(real, retitled('Real'));
    await symlink('real.journey', join(dir, 'link.journey'));
    expect((await repository.open(join(dir, 'link.journey'))).document.journey.title).toBe('Real');
    await symlink('nowhere.journey', join(dir, 'dangling.journey'));
    expect((await problemOf(repository.open(join(dir, 'dangling.journey')))).problem).toBe('not-found');
  });

  it('names the file and what to do for each refusal, whatever the step', () => {
    const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
    const at = '/maps/NDA map.journey';
    const said = (code: string, step: 'open' | 'save' | 'backup' | 'lock') => {
      const error = fileSystemError(errno(code), at, step);
      return error instanceof JourneyFileError ? `${error.problem}: ${error.message}` : 'not named';
    };
    expect(said('EACCES', 'open')).toBe('permission-denied: Waymark is not allowed to read "NDA map.journey"; ask its owner for read permission, or open a copy of it');
    expect(said('EACCES', 'save')).toBe('permission-denied: Waymark is not allowed to write "NDA map.journey" in "/maps", so it was not saved; save a copy elsewhere with Save As…');
    expect(said('EPERM', 'backup')).toBe('permission-denied: Waymark is not allowed to write the backup "NDA map.journey.bak" in "/maps", so "NDA map.journey" was not saved; save a copy elsewhere with Save As…');
    expect(said('ENOSPC', 'backup')).toMatch(/^no-space: the disk is full: the backup "NDA map\.journey\.bak" could not be made.*free some space on the disk and save again$/);
    expect(said('EDQUOT', 'save')).toMatch(/^no-space: .*"NDA map\.journey".*free some space on the disk and save again$/);
    expect(said('EROFS', 'lock')).toBe('read-only: "/maps" is on a read-only disk: Waymark cannot keep its lock file beside "NDA map.journey"; save a copy elsewhere with Save As…');
    expect(said('EIO', 'save')).toBe('not named');
  });
});
