import { lstat, mkdir, readdir, readFile, rename, stat, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import type { OpenedJourney, SavedJourney } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { dispatch } from '../../main/ipc/dispatch';
import { diskStateOf } from '../../main/services/fingerprint';
import { JourneyRepository } from '../../main/services/journey-repository';
import { removeStaleTemps } from '../../main/services/stale-temps';
import { realHandlers, windowOver } from '../helpers/handlers';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const repository = new JourneyRepository();
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const retitled = (title: string) => ({ ...journeyFrom('blank'), journey: { ...journeyFrom('blank').journey, title } });

describe('conflicts with other programs', () => {
  const tempFolder = useTempFolders();

  it('refuses to save over a file another program changed since it was opened, and leaves that file alone', async () => {
    const path = join(await tempFolder(), 'Map.journey');
    await repository.save(path, retitled('Mine'));
    const { fingerprint } = await repository.open(path);
    const theirs = serializeJourney(retitled('Theirs'));
    await writeFile(path, theirs);
    await expect(repository.save(path, retitled('Mine, edited'), { baseline: fingerprint })).rejects.toMatchObject({ problem: 'changed-on-disk' });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    // Overwrite, when the user chooses it, is a save without the baseline.
    await repository.save(path, retitled('Mine, edited'));
    expect((await repository.open(path)).document.journey.title).toBe('Mine, edited');
  });

  it('saves when the file was only touched (same bytes, new mtime) or deleted meanwhile', async () => {
    const path = join(await tempFolder(), 'Map.journey');
    const saved = await repository.save(path, retitled('One'));
    const later = new Date(Date.now() + 5_000);
    await utimes(path, later, later);
    const touched = await repository.save(path, retitled('Two'), { baseline: saved.fingerprint });
    await unlink(path);
    await repository.save(path, retitled('Three'), { baseline: touched.fingerprint });
    expect((await repository.open(path)).document.journey.title).toBe('Three');
  });

  it('tells a window whether its file changed, without reading it while mtime and size hold', async () => {
    const path = join(await tempFolder(), 'Map.journey');
    const { fingerprint } = await repository.save(path, retitled('One'));
    expect(await diskStateOf(path, fingerprint)).toEqual({ state: 'unchanged', fingerprint });
    const later = new Date(Date.now() + 5_000);
    await utimes(path, later, later);
    const touched = await diskStateOf(path, fingerprint);
    expect(touched).toMatchObject({ state: 'unchanged', fingerprint: { sha256: fingerprint.sha256 } });
    expect(touched.state === 'unchanged' && Math.round(touched.fingerprint.mtimeMs)).toBe(later.getTime());
    await writeFile(path, serializeJourney(retitled('Two')));
    expect(await diskStateOf(path, fingerprint)).toEqual({ state: 'changed' });
    // Same size, different bytes: the hash decides.
    await writeFile(path, serializeJourney(retitled('Onf')));
    await utimes(path, later, later);
    expect(await diskStateOf(path, { ...fingerprint, mtimeMs: later.getTime() - 1 })).toEqual({ state: 'changed' });
    await unlink(path);
    expect(await diskStateOf(path, fingerprint)).toEqual({ state: 'missing' });
  });

  it('answers a conflicting save through IPC as changed-on-disk, and a fresh fingerprint after each save', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'Map.journey');
    const handlers = await realHandlers(join(dir, 'user-data'));
    const call = windowOver(dir);
    const first = (await dispatch(handlers, 'saveJourney', { path, document: retitled('One') }, call)) as Result<SavedJourney>;
    if (!first.ok) throw new Error(first.error.message);
    const opened = (await dispatch(handlers, 'openJourney', { path }, call)) as Result<OpenedJourney>;
    expect(opened.ok && opened.value.fingerprint).toEqual(first.value.fingerprint);
    await writeFile(path, serializeJourney(retitled('Theirs')));
    expect(await dispatch(handlers, 'checkFileOnDisk', { path, baseline: first.value.fingerprint }, call)).toEqual({ ok: true, value: { state: 'changed' } });
    expect(await dispatch(handlers, 'saveJourney', { path, document: retitled('Mine'), baseline: first.value.fingerprint }, call))
      .toMatchObject({ ok: false, error: { code: 'changed-on-disk', file: path } });
    expect((await repository.open(path)).document.journey.title).toBe('Theirs');
  });
});

describe('conflict checks that know Waymark’s own writes', () => {
  const tempFolder = useTempFolders();

  async function opened() {
    const dir = await tempFolder();
    const path = join(dir, 'Map.journey');
    await writeFile(path, serializeJourney(retitled('Opened')));
    const userData = join(dir, 'user-data');
    const handlers = await realHandlers(userData);
    const call = windowOver(dir);
    const open = (await dispatch(handlers, 'openJourney', { path }, call)) as Result<OpenedJourney>;
    if (!open.ok) throw new Error(open.error.message);
    const save = (title: string, baseline = open.value.fingerprint) =>
      dispatch(handlers, 'saveJourney', { path, document: retitled(title), baseline }, call) as Promise<Result<SavedJourney>>;
    return { dir, path, userData, handlers, call, save, baseline: open.value.fingerprint };
  }

  it('accepts a baseline that our own later save outdated, and still refuses another program’s change, even one back to those bytes', async () => {
    const { path, save, baseline } = await opened();
    expect(await save('First')).toMatchObject({ ok: true });
    // Sent with the baseline of the open, after our own save changed the file: the file is as we left it.
    expect(await save('Second', baseline)).toMatchObject({ ok: true });
    expect((await repository.open(path)).document.journey.title).toBe('Second');
    // Another program puts the opened bytes back: not what our last write left, so refused.
    await writeFile(path, serializeJourney(retitled('Opened')));
    expect(await save('Third', baseline)).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
    expect((await repository.open(path)).document.journey.title).toBe('Opened');
  });

  it('runs saves of one file one at a time: autosave and Save sent together both go through, the last one last', async () => {
    const { path, save, baseline } = await opened();
    const [auto, pressed] = await Promise.all([save('Autosave', baseline), save('Save', baseline)]);
    expect(auto).toMatchObject({ ok: true });
    expect(pressed).toMatchObject({ ok: true });
    expect((await repository.open(path)).document.journey.title).toBe('Save');
  });

  it('a disk check asked once our save has replaced the file, with the window’s old baseline, finds our file unchanged', async () => {
    const { path, handlers, call, save, baseline } = await opened();
    const before = (await stat(path)).ino;
    const saving = save('In flight', baseline);
    // The rename is done (the save may still be syncing the folder): the window has not heard back yet.
    while ((await stat(path)).ino === before) await new Promise((done) => setImmediate(done));
    const checked = await dispatch(handlers, 'checkFileOnDisk', { path, baseline }, call);
    const saved = await saving;
    if (!saved.ok) throw new Error(saved.error.message);
    expect(checked).toEqual({ ok: true, value: { state: 'unchanged', fingerprint: saved.value.fingerprint } });
    await writeFile(path, serializeJourney(retitled('Theirs')));
    expect(await dispatch(handlers, 'checkFileOnDisk', { path, baseline: saved.value.fingerprint }, call)).toEqual({ ok: true, value: { state: 'changed' } });
  });

  it('takes a file put in the place of ours (same size and mtime, other bytes) for a change: identity counts', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'Map.journey');
    const { fingerprint } = await repository.save(path, retitled('Ours'));
    expect(fingerprint.identity).toMatch(/^\d+:\d+$/);
    const theirs = join(dir, 'theirs.tmp');
    await writeFile(theirs, serializeJourney(retitled('Ourz')));
    await rename(theirs, path);
    const now = await stat(path);
    expect(now.size).toBe(fingerprint.size);
    // The same mtime to the nanosecond, as a sync client that copies the remote's times can give.
    const sameTimes = { ...fingerprint, mtimeMs: now.mtimeMs };
    expect(await diskStateOf(path, sameTimes)).toEqual({ state: 'changed' });
    expect(await diskStateOf(path, { ...sameTimes, identity: `${now.dev}:${now.ino}` })).toEqual({ state: 'unchanged', fingerprint: { ...sameTimes, identity: `${now.dev}:${now.ino}` } });
  });

  it('touches recent files only when a window saves under a new path, and drops the map’s journal in the save', async () => {
    const { dir, path, userData, handlers, call, save } = await opened();
    const settings = join(userData, 'settings.json');
    const before = await stat(settings);
    const entry = { id: 'journal-of-map', path, name: 'Map', editedAt: new Date().toISOString(), baseline: null, document: retitled('Journaled') };
    expect(await dispatch(handlers, 'writeRecovery', entry, call)).toMatchObject({ ok: true });
    const saved = await dispatch(handlers, 'saveJourney', { path, document: retitled('Journaled'), journalId: entry.id }, call);
    expect(saved).toMatchObject({ ok: true });
    expect(await readdir(join(userData, 'recovery'))).toEqual([]);
    // Checked with the window's baseline of the open, which that save outdated: the file is as it left it.
    expect(await save('Again')).toMatchObject({ ok: true });
    expect((await stat(settings)).mtimeMs).toBe(before.mtimeMs);
    const copy = join(dir, 'Copy.journey');
    expect(await dispatch(handlers, 'saveJourney', { path: copy, document: retitled('Copy') }, call)).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'listRecent', {}, call)).toMatchObject({ ok: true, value: [{ path: copy }, { path }] });
  });
});

describe('temp files a killed save left', () => {
  const tempFolder = useTempFolders();

  it('are removed for the file being opened, and nothing else is', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'Map (v2).journey');
    const ours = [`.Map (v2).journey.${UUID}.waymark-tmp`, `.Map (v2).journey.bak.${UUID}.waymark-tmp`, `..Map (v2).journey.waymark-lock.${UUID}.waymark-tmp`];
    const others = [
      'Map (v2).journey', 'Map (v2).journey.bak', `.Other.journey.${UUID}.waymark-tmp`, `.Map (v2).journey.not-a-uuid.waymark-tmp`,
      `Map (v2).journey.${UUID}.waymark-tmp`, `.Map (v2).journey.${UUID}.waymark-tmp.keep`, 'notes.txt',
    ];
    for (const name of [...ours, ...others]) await writeFile(join(folder, name), 'x');
    await mkdir(join(folder, `.Map (v2).journey.${UUID.replace('0f8', '1f8')}.waymark-tmp`));
    await symlink(join(folder, 'notes.txt'), join(folder, `.Map (v2).journey.${UUID.replace('0f8', '2f8')}.waymark-tmp`));
    expect((await removeStaleTemps(path)).sort()).toEqual([...ours].sort());
    const left = await readdir(folder);
    expect(left.sort()).toEqual([...others, `.Map (v2).journey.${UUID.replace('0f8', '1f8')}.waymark-tmp`, `.Map (v2).journey.${UUID.replace('0f8', '2f8')}.waymark-tmp`].sort());
    expect((await lstat(join(folder, 'notes.txt'))).isFile()).toBe(true);
  });

  it('are cleared at the next open through IPC, and from the user-data folder at start', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'Map.journey');
    await repository.save(path, retitled('One'));
    await writeFile(join(dir, `.Map.journey.${UUID}.waymark-tmp`), '{"format": "waymark.jou');
    const userData = join(dir, 'user-data');
    await mkdir(join(userData, 'recovery'), { recursive: true });
    await writeFile(join(userData, `.settings.json.${UUID}.waymark-tmp`), '{');
    await writeFile(join(userData, 'recovery', `.abc.journal.json.${UUID}.waymark-tmp`), '{');
    const handlers = await realHandlers(userData);
    expect(await readdir(userData)).toEqual(['recovery']);
    expect(await readdir(join(userData, 'recovery'))).toEqual([]);
    expect((await dispatch(handlers, 'openJourney', { path }, windowOver(dir))).ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['.Map.journey.waymark-lock', 'Map.journey', 'user-data']);
    await dispatch(handlers, 'closeJourney', { path }, windowOver(dir));
    expect((await readdir(dir)).sort()).toEqual(['Map.journey', 'user-data']);
  });
});
