import { lstat, mkdir, readdir, readFile, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
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
