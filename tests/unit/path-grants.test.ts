import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ipcContract, METHOD_NAMES, type LaunchIntent, type MethodName } from '../../shared/ipc/contract';
import { folderPathSchema, pathSchema } from '../../shared/ipc/paths';
import { serializeJourney } from '../../shared/document/serialize';
import { dispatch } from '../../main/ipc/dispatch';
import { createHandlers, type Handlers } from '../../main/ipc/handlers';
import { fileGrant, folderGrant, PathGrants } from '../../main/ipc/path-grants';
import { startAppServices } from '../../main/services/app-services';
import { WindowWorkspaces } from '../../main/services/workspace-folders';
import { WorkspaceIndex } from '../../main/services/workspace-index';
import { createI18n } from '../../shared/i18n/i18n';
import { describeError } from '../../renderer/app/describe-error';
import { pathTakingMethods } from '../helpers/contract-paths';
import { oneWindow } from '../helpers/handlers';
import { validPayloads } from '../helpers/ipc-payloads';
import { journeyFrom } from '../helpers/journeys';
import { snapshot } from '../helpers/odd-files';
import { useTempFolders } from '../helpers/temp-folder';

const document = journeyFrom('buyer5');
const journeyText = serializeJourney(document);
const english = createI18n('en');

/** What the fake dialogs answer next: the user's choices, as Electron's dialogs would return them. */
interface Choices { open?: string; save?: string; export?: string; import?: string; folder?: string; launch?: LaunchIntent }

/** The real handlers over real files, with dialogs that answer what the test chose; every handler call recorded. */
async function setup(userData: string) {
  const choices: Choices = {};
  const calls: string[] = [];
  const real = createHandlers({
    ...(await startAppServices(userData)),
    dialogs: { chooseOpenPath: async () => choices.open ?? null, chooseSavePath: async () => choices.save ?? null },
    windows: { ...oneWindow, launchIntent: () => choices.launch ?? { kind: 'start' } },
    exchange: {
      t: english.t.bind(english), language: () => 'en',
      dialogs: { chooseExportPath: async () => choices.export ?? null, chooseImportPath: async () => choices.import ?? null },
    },
    workspace: { folders: new WindowWorkspaces(async () => choices.folder ?? null), index: new WorkspaceIndex(join(userData, 'workspace-index')) },
  });
  const handlers = Object.fromEntries(
    Object.entries(real).map(([name, handler]) => [name, (...args: unknown[]) => (calls.push(name), (handler as (...a: unknown[]) => unknown)(...args))]),
  ) as unknown as Handlers;
  const grants = new PathGrants();
  const call = (method: MethodName, payload: unknown, windowId = 1) => dispatch(handlers, method, payload, { windowId, grants });
  return { choices, calls, grants, call };
}

const refusedFor = (file: string) => ({ ok: false, error: { code: 'not-granted', file } });

describe('path grants: every path-taking method refuses a path the window was not given', () => {
  const tempFolder = useTempFolders();

  it('the contract names its paths only with the path schemas (a field named like a path cannot slip past the check as a plain string)', () => {
    const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
    const unwrap = (schema: z.ZodType): z.ZodType => {
      const def = defOf(schema);
      return (def.type === 'optional' || def.type === 'nullable') && def.innerType ? unwrap(def.innerType) : schema;
    };
    const looseFields = METHOD_NAMES.flatMap((method) => {
      const shape = (ipcContract[method].input as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
      return Object.entries(shape)
        .filter(([name, schema]) => /path|file|folder|dir/i.test(name) && defOf(unwrap(schema)).type === 'string')
        .filter(([, schema]) => ![pathSchema, folderPathSchema].includes(unwrap(schema) as typeof pathSchema))
        .map(([name]) => `${method}.${name}`);
    });
    expect(looseFields).toEqual([]);
  });

  it('each one, for each of its path fields, answers not-granted naming the file and the field; no handler runs and nothing is read or written', async () => {
    const work = await tempFolder();
    const outside = await tempFolder();
    await writeFile(join(outside, 'secret.journey'), journeyText);
    await writeFile(join(outside, 'secret.csv'), 'Stage,Lane,Text\nA,Actions,hello\n');
    const { calls, grants, call } = await setup(join(await tempFolder(), 'user-data'));
    grants.grant(1, folderGrant(work));
    const granted = join(work, 'map.journey');
    await writeFile(granted, journeyText);
    const before = await snapshot(outside);

    const methods = pathTakingMethods();
    // The walk finds them all, from open and save to the workshop's map; a method added with a path is in this list by itself.
    expect(methods.map((m) => m.method)).toEqual(expect.arrayContaining([
      'openJourney', 'saveJourney', 'closeJourney', 'checkFileOnDisk', 'writeRecovery', 'setWindowState', 'exportJourney', 'previewImport', 'saveImported',
      'listVersions', 'saveVersion', 'readVersion', 'mergeCopy', 'resolveMapLinks', 'readJourneyCopy', 'exportComparison', 'readMergeConflicts',
      'removeMergeConflicts', 'workspaceOf', 'readPersonaLibrary', 'putSharedPersona', 'readRollup', 'editRollupCard', 'readMetricsTable',
      'startWorkshop', 'setWorkshopJourney',
    ]));
    let refusals = 0;
    for (const { method, fields } of methods) {
      for (const field of fields) {
        for (const ungranted of [join(outside, 'secret.journey'), join(outside, 'secret.csv'), join(outside, 'new.journey'), outside]) {
          const payload = validPayloads(granted, work)[method] as Record<string, unknown>;
          let place = payload;
          for (const name of field.slice(0, -1)) place = (place[name] ??= {}) as Record<string, unknown>;
          place[field.at(-1)!] = ungranted;
          // A path inside an optional object or a union's branch needs a sample that has it (tests/helpers/ipc-payloads.ts).
          expect(ipcContract[method].input.safeParse(payload).success, `${method}: the sample payload must have ${field.join('.')}`).toBe(true);
          const answer = await call(method, payload);
          expect(answer, `${method}.${field.join('.')}`).toMatchObject(refusedFor(ungranted));
          expect((answer as { error: { message: string } }).error.message).toMatch(new RegExp(`^${method} refused: the (file|folder) was not (chosen|opened) in this window`));
          refusals += 1;
        }
      }
    }
    expect(refusals).toBeGreaterThanOrEqual(4 * 26);
    expect(calls).toEqual([]);
    expect(await snapshot(outside)).toEqual(before);

    // The same payloads with every path granted get past the check (they may fail later, for their own reasons).
    for (const { method } of methods) {
      const answer = await call(method, validPayloads(granted, work)[method]);
      expect(answer.ok || !['not-granted', 'bad-payload'].includes(answer.error.code), method).toBe(true);
    }
    expect(new Set(calls)).toEqual(new Set(methods.map((m) => m.method)));
  });
});

describe('path grants: what the user chose, and what follows from it', () => {
  const tempFolder = useTempFolders();

  it('a dialog grants its answer to the window that asked; another window, or the same one once closed, is refused', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'Chosen.journey');
    await writeFile(path, journeyText);
    const { choices, grants, call } = await setup(join(folder, 'user-data'));
    expect(await call('openJourney', { path })).toMatchObject(refusedFor(path));
    choices.open = path;
    expect(await call('chooseOpenPath', {})).toEqual({ ok: true, value: path });
    expect(await call('openJourney', { path })).toMatchObject({ ok: true, value: { path } });
    expect(await call('checkFileOnDisk', { path, baseline: { mtimeMs: 1, size: 1, sha256: 'a'.repeat(64) } }, 2)).toMatchObject(refusedFor(path));
    // Only that exact path: not a spelling that climbs back to it, nor a file beside it.
    expect(await call('openJourney', { path: `${folder}/sub/../Chosen.journey` })).toMatchObject({ ok: false, error: { code: 'not-granted' } });
    expect(await call('openJourney', { path: `${folder}/./Chosen.journey` })).toMatchObject({ ok: false, error: { code: 'not-granted' } });
    expect(await call('saveJourney', { path: join(folder, 'Beside.journey'), document })).toMatchObject(refusedFor(join(folder, 'Beside.journey')));
    grants.forgetWindow(1);
    expect(await call('saveJourney', { path, document })).toMatchObject(refusedFor(path));
    expect(await readFile(path, 'utf8')).toBe(journeyText);
  });

  it('Save As, Export and a file opened from the system grant theirs; an import’s source is granted to be read, never written', async () => {
    const folder = await tempFolder();
    const { choices, call } = await setup(join(folder, 'user-data'));
    const [saved, exported, launched, source] = ['Saved.journey', 'Map.md', 'Launched.journey', 'survey.csv'].map((name) => join(folder, name)) as [string, string, string, string];
    await writeFile(launched, journeyText);
    await writeFile(source, 'Stage,Lane,Text\nAwareness,Actions,Sees an ad\n');
    Object.assign(choices, { save: saved, export: exported, import: source, launch: { kind: 'open', path: launched } });
    await call('chooseSavePath', { suggestedName: 'Saved' });
    expect(await call('saveJourney', { path: saved, document })).toMatchObject({ ok: true });
    await call('chooseExportPath', { suggestedName: 'Map', format: 'md' });
    expect(await call('exportJourney', { path: exported, document, options: { format: 'md' } })).toMatchObject({ ok: true });
    await call('getLaunchIntent', {});
    expect(await call('openJourney', { path: launched })).toMatchObject({ ok: true });
    await call('chooseImportPath', {});
    expect(await call('previewImport', { path: source })).toMatchObject({ ok: true, value: { path: source } });
    expect(await call('readMetricsTable', { path: source })).toMatchObject({ ok: true, value: { kind: 'table' } });
    expect(await call('saveImported', { path: source, document })).toMatchObject({ ...refusedFor(source), error: { message: /not chosen in this window to be written/ } });
    expect(await call('exportJourney', { path: source, document, options: { format: 'csv' } })).toMatchObject(refusedFor(source));
    expect(await readFile(source, 'utf8')).toBe('Stage,Lane,Text\nAwareness,Actions,Sees an ad\n');
    // The window's banner names the file and says what to do, in English with main's detail, else in the user's words.
    const refused = await call('saveImported', { path: source, document });
    if (refused.ok) throw new Error('expected a refusal');
    expect(describeError(english.t, refused.error)).toBe(`${source}: saveImported refused: the file was not chosen in this window to be written (with Open, Save As, Export, Import, Open Recent or the open workspace), so Waymark neither reads nor writes it`);
    expect(describeError(createI18n('sv').t, refused.error)).toBe(`${source}: filen har inte valts i det här fönstret, så Waymark varken läste eller skrev den; välj den med Öppna…, Spara som…, Öppna senaste eller Öppna mapp…`);
  });

  it('recent files and a restored journal’s map are granted to the window that lists or restores them', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'Recent.journey');
    const { choices, call } = await setup(join(folder, 'user-data'));
    choices.save = path;
    await call('chooseSavePath', { suggestedName: 'Recent' });
    expect(await call('saveJourney', { path, document })).toMatchObject({ ok: true });
    await call('writeRecovery', { id: 'journal-1', path, name: 'Recent', editedAt: '2026-01-01T10:00:00.000Z', baseline: null, document });
    await call('closeJourney', { path });
    await call('releaseRecovery', { id: 'journal-1' });
    expect(await call('openJourney', { path }, 2)).toMatchObject(refusedFor(path));
    expect(await call('listRecent', {}, 2)).toMatchObject({ ok: true, value: [{ path }] });
    expect(await call('openJourney', { path }, 2)).toMatchObject({ ok: true });
    expect(await call('listVersions', { path }, 3)).toMatchObject(refusedFor(path));
    expect(await call('restoreRecovery', { id: 'journal-1' }, 3)).toMatchObject({ ok: true, value: { path } });
    expect(await call('listVersions', { path }, 3)).toEqual({ ok: true, value: [] });
  });

  it('an opened workspace folder grants the journeys really inside it, and nothing else', async () => {
    const root = await tempFolder();
    const folder = join(root, 'client');
    const outside = join(root, 'elsewhere');
    await mkdir(join(folder, 'detail'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(folder, 'Overview.journey'), journeyText);
    await writeFile(join(folder, 'detail', 'Checkout.journey'), journeyText);
    await writeFile(join(outside, 'secret.journey'), journeyText);
    await symlink(join(outside, 'secret.journey'), join(folder, 'link.journey'));
    await symlink(outside, join(folder, 'linked-folder'));
    const { choices, call } = await setup(join(root, 'user-data'));
    const overview = join(folder, 'Overview.journey');
    expect(await call('readRollup', { folderPath: folder })).toMatchObject(refusedFor(folder));
    choices.folder = folder;
    expect(await call('openWorkspaceFolder', {})).toMatchObject({ ok: true, value: { folder } });
    expect(await call('openJourney', { path: join(folder, 'detail', 'Checkout.journey') })).toMatchObject({ ok: true });
    expect(await call('editRollupCard', { mapPath: overview, cardId: 'none', patch: { status: 'done' } })).not.toMatchObject({ error: { code: 'not-granted' } });
    expect(await call('readRollup', { folderPath: folder })).toMatchObject({ ok: true, value: { folder } });
    expect(await call('saveJourney', { path: join(folder, 'detail', 'New.journey'), document })).toMatchObject({ ok: true });
    // Not other kinds of file, not a subfolder named as a workspace, not links that lead out, not the folder as a file.
    for (const [method, payload, file] of [
      ['exportJourney', { path: join(folder, 'notes.md'), document, options: { format: 'md' } }, join(folder, 'notes.md')],
      ['readRollup', { folderPath: join(folder, 'detail') }, join(folder, 'detail')],
      ['openJourney', { path: join(folder, 'link.journey') }, join(folder, 'link.journey')],
      ['saveJourney', { path: join(folder, 'linked-folder', 'planted.journey'), document }, join(folder, 'linked-folder', 'planted.journey')],
      ['saveJourney', { path: folder, document }, folder],
      ['openJourney', { path: join(outside, 'secret.journey') }, join(outside, 'secret.journey')],
    ] as const) {
      expect(await call(method, payload), `${method} ${file}`).toMatchObject(refusedFor(file));
    }
    expect(await readFile(join(outside, 'secret.journey'), 'utf8')).toBe(journeyText);
    expect(await call('openJourney', { path: overview }, 2)).toMatchObject(refusedFor(overview));
  });

  it('a granted map’s workspace folder and the links that resolve inside it follow from the map', async () => {
    const root = await tempFolder();
    const folder = join(root, 'alone');
    await mkdir(join(folder, 'detail'), { recursive: true });
    const map = join(folder, 'Map.journey');
    const detail = join(folder, 'detail', 'Detail.journey');
    await writeFile(map, journeyText);
    await writeFile(detail, journeyText);
    await writeFile(join(root, 'Above.journey'), journeyText);
    const { choices, call } = await setup(join(root, 'user-data'));
    choices.open = map;
    await call('chooseOpenPath', {});
    expect(await call('openJourney', { path: detail })).toMatchObject(refusedFor(detail));
    const links = await call('resolveMapLinks', { path: map, links: ['detail/Detail.journey', '../Above.journey'] });
    expect(links).toMatchObject({ ok: true, value: [{ state: 'ok', path: detail }, { state: 'outside' }] });
    expect(await call('openJourney', { path: detail })).toMatchObject({ ok: true });
    expect(await call('openJourney', { path: join(root, 'Above.journey') })).toMatchObject(refusedFor(join(root, 'Above.journey')));
    expect(await call('readRollup', { folderPath: folder })).toMatchObject(refusedFor(folder));
    expect(await call('workspaceOf', { mapPath: map })).toEqual({ ok: true, value: { folder } });
    expect(await call('readRollup', { folderPath: folder })).toMatchObject({ ok: true, value: { folder } });
  });

  it('grants and matches plain absolute paths only, per window', async () => {
    const grants = new PathGrants();
    const read = { kind: 'file', access: 'read' } as const;
    grants.grant(1, fileGrant('relative/Map.journey'));
    grants.grant(1, fileGrant('/maps/../etc/Map.journey'));
    grants.grant(1, fileGrant('/maps/Map.journey'));
    expect(await grants.allows(1, 'relative/Map.journey', read)).toBe(false);
    expect(await grants.allows(1, '/etc/Map.journey', read)).toBe(false);
    expect(await grants.allows(1, '/maps/../etc/Map.journey', read)).toBe(false);
    expect(await grants.allows(1, '/maps/Map.journey', read)).toBe(true);
    expect(await grants.allows(1, '/maps/Map.journey', { kind: 'folder' })).toBe(false);
    expect(await grants.allows(2, '/maps/Map.journey', read)).toBe(false);
  });
});
