import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { createHandlers, type Handlers } from '../../main/ipc/handlers';
import { folderGrant, PathGrants } from '../../main/ipc/path-grants';
import { startAppServices } from '../../main/services/app-services';
import { FileLocks, lockPathFor } from '../../main/services/file-lock';
import { OpenFiles, type OpenFilesOptions } from '../../main/services/open-files';
import { whyNotWritable } from '../../main/services/writability';
import { JourneyFileError } from '../../shared/document/errors';
import { serializeJourney } from '../../shared/document/serialize';
import type { OpenOutcome, SavedJourney } from '../../shared/ipc/contract';
import type { ReadOnlyReason } from '../../shared/ipc/read-only';
import type { Result } from '../../shared/ipc/result';
import { noDialogs, oneWindow } from '../helpers/handlers';
import { journeyFrom } from '../helpers/journeys';
import { isAvailable, makeFileReadOnly, makeFolderReadOnly } from '../helpers/read-only';
import { useTempFolders } from '../helpers/temp-folder';

/** The window the tests call from: each test's folder is granted to it (see setup). */
const window1 = { windowId: 1, grants: new PathGrants() };
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** Every file in a folder (dot files too) with a hash of its bytes: "nothing changed" is this staying equal. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  const entries = await Promise.all(names.map(async (name) => [name, createHash('sha256').update(await readFile(join(folder, name))).digest('hex')] as const));
  return Object.fromEntries(entries);
}

describe('a map that cannot be written opens read-only', () => {
  const tempFolder = useTempFolders();

  /** A map in `maps/`, user data and a writable `elsewhere/` beside it, and the real handlers (with optional seams). */
  async function setup(seams: { lockError?: Error; openFiles?: OpenFilesOptions } = {}) {
    const root = await tempFolder();
    const maps = join(root, 'maps');
    const elsewhere = join(root, 'elsewhere');
    await mkdir(maps);
    await mkdir(elsewhere);
    window1.grants.grant(window1.windowId, folderGrant(root, 'all'));
    const path = join(maps, 'Workshop.journey');
    const document = journeyFrom('buyer5');
    await writeFile(path, serializeJourney(document));
    const services = await startAppServices(join(root, 'user-data'));
    const locks = seams.lockError ? new FailingLocks(maps, seams.lockError) : services.locks;
    const openFiles = new OpenFiles(locks, seams.openFiles);
    const handlers: Handlers = createHandlers({ ...services, openFiles, dialogs: noDialogs, windows: oneWindow });
    return { maps, elsewhere, path, document, handlers, openFiles };
  }

  const open = (handlers: Handlers, path: string) => dispatch(handlers, 'openJourney', { path }, window1) as Promise<Result<OpenOutcome>>;
  const save = (handlers: Handlers, path: string, document: unknown) =>
    dispatch(handlers, 'saveJourney', { path, document }, window1) as Promise<Result<SavedJourney>>;

  /**
   * The whole contract on one folder: open read-only with the reason and the document, no lock
   * and nothing else written; a save to it refused as `read-only` with nothing changed; Save As
   * to a writable folder works and makes that copy a normal map the window writes.
   */
  async function expectReadOnly(context: Awaited<ReturnType<typeof setup>>, reason: ReadOnlyReason) {
    const { maps, elsewhere, path, document, handlers, openFiles } = context;
    const before = await snapshot(maps);
    const opened = await open(handlers, path);
    expect(opened).toMatchObject({ ok: true, value: { path, name: 'Workshop', readOnly: true, readOnlyReason: reason } });
    expect(opened.ok && 'document' in opened.value && opened.value.document).toEqual(document);
    expect(openFiles.pathOf(1)).toBeUndefined(); // not the file's writer
    expect(await snapshot(maps)).toEqual(before); // no lock file, no temp, nothing
    await expect(stat(lockPathFor(path))).rejects.toMatchObject({ code: 'ENOENT' });

    const edited = { ...document, journey: { ...document.journey, title: 'Edited in memory' } };
    const refused = await save(handlers, path, edited);
    expect(refused).toMatchObject({ ok: false, error: { code: 'read-only', reason, file: path } });
    expect(!refused.ok && refused.error.message).toMatch(/nothing was written/);
    expect(await snapshot(maps)).toEqual(before);

    const copy = join(elsewhere, 'Workshop copy.journey');
    expect(await save(handlers, copy, edited)).toMatchObject({ ok: true, value: { path: copy } });
    expect(openFiles.pathOf(1)).toBe(copy);
    expect((await readdir(elsewhere)).sort()).toEqual(['.Workshop copy.journey.waymark-lock', 'Workshop copy.journey']);
    expect(await open(handlers, copy)).toMatchObject({ ok: true, value: { readOnly: false } });
    expect(await snapshot(maps)).toEqual(before);
  }

  it('on a read-only medium (a read-only bind mount; EROFS even for root)', async () => {
    const context = await setup();
    const made = await makeFolderReadOnly(context.maps);
    if (!isAvailable(made)) {
      console.warn(`read-only medium: the real mount could not be made: ${made.unavailable}; the lock's EROFS is injected instead`);
      const injected = await setup({ openFiles: { whyNotWritable: async () => null }, lockError: errno('EROFS') });
      return expectReadOnly(injected, 'read-only-medium');
    }
    try {
      console.info(`read-only medium: real, made with ${made.how}`);
      await expectReadOnly(context, made.how === 'mount' ? 'read-only-medium' : 'no-permission');
    } finally {
      await made.undo();
    }
  });

  it('for a file the user can read but not write (mode 0444; for root, chattr +i)', async () => {
    const context = await setup();
    const made = await makeFileReadOnly(context.path);
    if (!isAvailable(made)) {
      console.warn(`read-only file: could not be made for real: ${made.unavailable}; access(2)'s EACCES is injected instead`);
      const injected = await setup({ openFiles: { whyNotWritable: async (p) => (p === context.path ? 'no-permission' : whyNotWritable(p)) } });
      return expectReadOnly(injected, 'no-permission');
    }
    try {
      console.info(`read-only file: real, made with ${made.how}`);
      // The folder is writable, yet no lock is taken: the window could never save the file.
      await expectReadOnly(context, 'no-permission');
    } finally {
      await made.undo();
    }
  });

  // What access(2) cannot see (ACLs on a network share, a medium that refuses only new files):
  // the lock's own failure decides. Injected through the FileLocks seam; it always runs.
  it.each([
    ['EROFS', 'read-only-medium'],
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
  ] as const)('when the lock fails with %s although access(2) allowed writing', async (code, reason) => {
    const context = await setup({ openFiles: { whyNotWritable: async () => null }, lockError: errno(code) });
    await expectReadOnly(context, reason);
  });

  it('when the lock fails with the refusal already named for the user (read-only disk)', async () => {
    const named = new JourneyFileError('read-only', 'the folder is on a read-only disk: Waymark cannot keep its lock file beside it');
    const context = await setup({ openFiles: { whyNotWritable: async () => null }, lockError: named });
    await expectReadOnly(context, 'read-only-medium');
  });

  it('refuses saves once the folder of an open map turns read-only, and Save As elsewhere still works', async () => {
    const { maps, elsewhere, path, document, handlers, openFiles } = await setup();
    expect(await open(handlers, path)).toMatchObject({ ok: true, value: { readOnly: false } });
    const made = await makeFolderReadOnly(maps);
    if (!isAvailable(made)) {
      console.warn(`read-only medium: the real mount could not be made: ${made.unavailable}; this case needs it and checks the rest only`);
    }
    try {
      const before = await snapshot(maps);
      const edited = { ...document, journey: { ...document.journey, title: 'Edited in memory' } };
      if (isAvailable(made)) {
        expect(await save(handlers, path, edited)).toMatchObject({ ok: false, error: { code: 'read-only' } });
        expect(await snapshot(maps)).toEqual(before);
      }
      // The window lets go of its old lock, which a read-only folder keeps: the save is not failed for it.
      const copy = join(elsewhere, 'Copy.journey');
      expect(await save(handlers, copy, edited)).toMatchObject({ ok: true, value: { path: copy } });
      expect(openFiles.pathOf(1)).toBe(copy);
      expect(await snapshot(maps)).toEqual(before);
    } finally {
      if (isAvailable(made)) await made.undo();
    }
  });

  it('stays an error when another Waymark holds the lock (one writer per file)', async () => {
    const { path, handlers } = await setup();
    const other = new FileLocks();
    await other.acquire(path);
    expect(await open(handlers, path)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await save(handlers, path, journeyFrom('buyer5'))).toMatchObject({ ok: false, error: { code: 'locked' } });
    await other.release(path);
  });

  it('stays an error when the lock fails for another reason (a full disk is not read-only)', async () => {
    const { path, handlers, maps } = await setup({ openFiles: { whyNotWritable: async () => null }, lockError: errno('ENOSPC') });
    const before = await snapshot(maps);
    expect(await open(handlers, path)).toMatchObject({ ok: false, error: { code: 'no-space', file: path } });
    expect(await snapshot(maps)).toEqual(before);
  });

  it('lets go of the file the window wrote before when it opens a read-only one', async () => {
    const injected = new Set<string>();
    const { elsewhere, path, handlers, openFiles } = await setup({ openFiles: { whyNotWritable: async (p) => (injected.has(p) ? 'no-permission' : whyNotWritable(p)) } });
    const writable = join(elsewhere, 'Other.journey');
    await writeFile(writable, serializeJourney(journeyFrom('buyer5')));
    expect(await open(handlers, writable)).toMatchObject({ ok: true, value: { readOnly: false } });
    expect(await readdir(elsewhere)).toContain('.Other.journey.waymark-lock');
    const made = await makeFileReadOnly(path);
    if (!isAvailable(made)) {
      console.warn(`read-only file: could not be made for real: ${made.unavailable}; access(2)'s answer is injected instead`);
      injected.add(path);
    }
    try {
      expect(await open(handlers, path)).toMatchObject({ ok: true, value: { readOnly: true, readOnlyReason: 'no-permission' } });
    } finally {
      if (isAvailable(made)) await made.undo();
    }
    expect(openFiles.pathOf(1)).toBeUndefined();
    expect(await readdir(elsewhere)).toEqual(['Other.journey']);
  });
});

/** Locks that fail with `error` for files in `folder`, as a lock on a medium access(2) misjudges would; real elsewhere. */
class FailingLocks extends FileLocks {
  constructor(private readonly folder: string, private readonly error: Error) {
    super();
  }

  override acquire(target: string): Promise<boolean> {
    return dirname(resolve(target)) === this.folder ? Promise.reject(this.error) : super.acquire(target);
  }
}
