import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyChanges } from '../../shared/document/changes';
import { serializeJourney } from '../../shared/document/serialize';
import { addSharedPersona } from '../../shared/workspace/persona-library';
import { ipcContract, METHOD_NAMES } from '../../shared/ipc/contract';
import { folderPathSchema, pathSchema } from '../../shared/ipc/paths';
import { pathFieldsOf, pathFieldsOfMethod, pathsIn, pathsOf } from '../../main/ipc/path-fields';
import { cookieValues, PreviewAccess, sameSecret } from '../../main/preview/access-token';
import { realPlace, resolvesInsideFolder } from '../../main/preview/folder-guard';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { pathSchemaUses } from '../helpers/contract-paths';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const document = journeyFrom('blank');
const journeyText = serializeJourney(document);
const INDEX = '<!doctype html><title>Waymark</title>';

describe('the preview guards every path a request names', () => {
  it('finds every file and folder path the contract declares, where the --dir guard and the grant check look', () => {
    const uses = Object.entries(ipcContract).flatMap(([method, { input }]) => pathSchemaUses(input, method));
    // The walk does find them (open, save, export, import, …).
    expect(uses).toEqual(expect.arrayContaining(['openJourney.path', 'saveJourney.path', 'exportJourney.path', 'previewImport.path', 'saveImported.path', 'writeRecovery.path', 'mergeCopy.otherPath']));
    // And main's own finder (which the server and dispatch use) sees exactly those, folders as folders.
    const found = METHOD_NAMES.flatMap((method) => pathFieldsOfMethod(method).map((field) => `${method}.${field.at.join('.')}`));
    expect(found.sort()).toEqual([...uses].sort());
    expect(pathFieldsOfMethod('readRollup')).toEqual([{ at: ['folderPath'], kind: 'folder' }]);
  });

  it('finds paths in lists, records and the union branch a payload takes, and refuses to declare one where it could not look', () => {
    const schema = z.strictObject({
      a: pathSchema.nullable().optional(),
      b: z.strictObject({ c: folderPathSchema }),
      files: z.array(pathSchema).max(3),
      byName: z.record(z.string(), pathSchema),
      base: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('file'), path: pathSchema }), z.strictObject({ kind: z.literal('none') })]),
    });
    expect(pathFieldsOf(schema)).toEqual([
      { at: ['a'], kind: 'file' }, { at: ['b', 'c'], kind: 'folder' }, { at: ['files'], kind: 'file' }, { at: ['byName'], kind: 'file' }, { at: ['base', 'path'], kind: 'file' },
    ]);
    expect(pathsIn('mergeCopy', { path: '/a', otherPath: '/b', document: { path: '/nested' } }).map((p) => p.path)).toEqual(['/a', '/b']);
    const payload = { a: null, b: { c: '/w' }, files: ['/f1', '/f2'], byName: { x: '/r' }, base: { kind: 'file', path: '/base' } };
    expect(pathsOf(schema, payload).map((p) => p.path)).toEqual(['/w', '/f1', '/f2', '/r', '/base']);
    expect(pathsOf(schema, { ...payload, a: '/a', base: { kind: 'none' } }).map((p) => p.path)).toEqual(['/a', '/w', '/f1', '/f2', '/r']);
    expect(() => pathFieldsOf(z.strictObject({ later: z.lazy(() => pathSchema) }))).toThrow(/the path at later sits in a schema of type lazy/);
    expect(() => pathFieldsOf(z.strictObject({ both: z.intersection(z.strictObject({ p: pathSchema }), z.strictObject({})) }))).toThrow(/at both sits in a schema of type intersection/);
  });
});

describe('the preview server answers only the holder of its token', () => {
  const tempFolder = useTempFolders();
  const servers: PreviewServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function start(folder?: string) {
    const dir = folder ?? (await tempFolder());
    const renderer = await tempFolder();
    await writeFile(join(renderer, 'index.html'), INDEX);
    const server = await startPreviewServer({ folder: dir, rendererDir: renderer, userDataFolder: await tempFolder() });
    servers.push(server);
    const url = new URL(server.url);
    return { server, folder: dir, origin: url.origin, token: url.searchParams.get('token')! };
  }

  const post = (origin: string, method: string, body: unknown, headers: Record<string, string> = {}, query = '') =>
    fetch(`${origin}/api/${method}${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), redirect: 'manual' });

  it('prints an address with a fresh 256-bit token', async () => {
    const [a, b] = [await start(), await start()];
    expect(a.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
  });

  it('without the token: 403 for the API, the file list and the page, and no file is written or read', async () => {
    const { folder, origin } = await start();
    const target = join(folder, 'planted.journey');
    const save = await post(origin, 'saveJourney', { path: target, document });
    expect(save.status).toBe(403);
    expect(await save.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await readdir(folder)).toEqual([]);

    await writeFile(join(folder, 'secret.journey'), journeyText);
    const open = await post(origin, 'openJourney', { path: join(folder, 'secret.journey') });
    expect(open.status).toBe(403);
    expect(await open.text()).not.toContain(document.journey.title);
    const files = await fetch(`${origin}/preview/files`);
    expect(files.status).toBe(403);
    expect(await files.text()).not.toContain('secret');
    for (const path of ['/', '/index.html', '/assets/x.js']) expect((await fetch(`${origin}${path}`)).status).toBe(403);
    expect(await readdir(folder)).toEqual(['secret.journey']);
  });

  it('with a wrong token, in the URL or the cookie, or another port’s cookie: 403', async () => {
    const { folder, origin, token } = await start();
    const other = await start();
    const target = join(folder, 'planted.journey');
    const near = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const wrong of ['', 'x', near, `${token}x`, other.token]) {
      expect((await fetch(`${origin}/?token=${encodeURIComponent(wrong)}`, { redirect: 'manual' })).status).toBe(403);
      expect((await post(origin, 'saveJourney', { path: target, document }, {}, `?token=${encodeURIComponent(wrong)}`)).status).toBe(403);
      expect((await post(origin, 'saveJourney', { path: target, document }, { cookie: `${new PreviewAccess(token, Number(new URL(origin).port)).cookieName}=${wrong}` })).status).toBe(403);
    }
    // The right token under another server's cookie name is not this server's cookie.
    const otherName = new PreviewAccess(token, Number(new URL(other.origin).port)).cookieName;
    expect((await post(origin, 'saveJourney', { path: target, document }, { cookie: `${otherName}=${token}` })).status).toBe(403);
    // A right cookie does not excuse a wrong token in the URL.
    const cookie = `${new PreviewAccess(token, Number(new URL(origin).port)).cookieName}=${token}`;
    expect((await post(origin, 'saveJourney', { path: target, document }, { cookie }, '?token=nope')).status).toBe(403);
    expect(await readdir(folder)).toEqual([]);
  });

  it('the first page load with the token sets an HttpOnly, SameSite=Strict cookie and drops the token from the address; the cookie then opens the API', async () => {
    const { server, folder, origin } = await start();
    const address = new URL(server.url);
    address.searchParams.set('open', '/maps/a b.journey');
    const first = await fetch(address, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(`/?open=${encodeURIComponent('/maps/a b.journey').replaceAll('%20', '+')}`);
    const [setCookie, ...more] = first.headers.getSetCookie();
    expect(more).toEqual([]);
    const [pair, ...attributes] = setCookie!.split(';').map((part) => part.trim());
    expect(attributes.sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    const cookie = pair!;

    const page = await fetch(`${origin}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX);
    const target = join(folder, 'made.journey');
    const save = await post(origin, 'saveJourney', { path: target, document }, { cookie: `other=1; ${cookie}` });
    expect(await save.json()).toMatchObject({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(journeyText);
    const files = await fetch(`${origin}/preview/files`, { headers: { cookie } });
    expect(await files.json()).toMatchObject({ files: [{ name: 'made', path: target }] });
  });

  it('takes the token itself on data requests, for scripts that hold it', async () => {
    const { folder, origin, token } = await start();
    const target = join(folder, 'scripted.journey');
    const save = await post(origin, 'saveJourney', { path: target, document }, {}, `?token=${token}`);
    expect(save.status).toBe(200);
    expect(await readFile(target, 'utf8')).toBe(journeyText);
  });

  it('refuses a link inside the folder that leads outside, for every method that names a path', async () => {
    const { folder, origin, token } = await start();
    const outside = await tempFolder();
    await writeFile(join(outside, 'secret.journey'), journeyText);
    await writeFile(join(outside, 'secret.csv'), 'stage,lane,text\nA,Actions,hello\n');
    await writeFile(join(outside, 'secret.svg'), '<svg/>');
    await symlink(join(outside, 'secret.journey'), join(folder, 'link.journey'));
    await symlink(join(outside, 'secret.csv'), join(folder, 'link.csv'));
    await symlink(outside, join(folder, 'linked-folder'));
    await symlink(join(outside, 'not-yet.journey'), join(folder, 'dangling.journey'));
    await symlink(join(outside, 'secret.svg'), join(folder, 'link.svg'));
    await symlink(join(outside, 'not-yet.svg'), join(folder, 'dangling.svg'));
    const call = async (method: string, body: unknown) => (await post(origin, method, body, {}, `?token=${token}`)).json() as Promise<{ ok: boolean; error?: { code: string } }>;
    const refused = { ok: false, error: { code: 'outside-folder' } };
    const baseline = { size: 1, mtimeMs: 1, sha256: 'a'.repeat(64) };

    for (const path of [join(folder, 'link.journey'), join(folder, 'linked-folder', 'secret.journey'), join(folder, 'dangling.journey')]) {
      expect(await call('openJourney', { path }), path).toMatchObject(refused);
      expect(await call('checkFileOnDisk', { path, baseline }), path).toMatchObject(refused);
      expect(await call('closeJourney', { path }), path).toMatchObject(refused);
    }
    for (const path of [join(folder, 'link.journey'), join(folder, 'linked-folder', 'new.journey'), join(folder, 'dangling.journey')]) {
      expect(await call('saveJourney', { path, document }), path).toMatchObject(refused);
      expect(await call('saveImported', { path, document }), path).toMatchObject(refused);
      expect(await call('writeRecovery', { id: 'abcdefgh', path, name: 'x', editedAt: new Date().toISOString(), baseline: null, document }), path).toMatchObject(refused);
    }
    for (const path of [join(folder, 'link.svg'), join(folder, 'linked-folder', 'new.svg'), join(folder, 'dangling.svg')]) {
      expect(await call('exportJourney', { path, document, options: { format: 'svg' } }), path).toMatchObject(refused);
    }
    expect(await call('previewImport', { path: join(folder, 'link.csv') })).toMatchObject(refused);
    expect(await call('previewImport', { path: join(folder, 'linked-folder', 'secret.csv') })).toMatchObject(refused);
    // A second file in one payload (the other copy a merge reads) is checked too.
    expect(await call('mergeCopy', { path: join(folder, 'map.journey'), document, otherPath: join(folder, 'link.journey') })).toMatchObject(refused);
    expect(await call('mergeCopy', { path: join(folder, 'map.journey'), document, otherPath: join(outside, 'secret.journey') })).toMatchObject(refused);
    // Outside, nothing was made or changed.
    expect((await readdir(outside)).sort()).toEqual(['secret.csv', 'secret.journey', 'secret.svg']);
    expect(await readFile(join(outside, 'secret.journey'), 'utf8')).toBe(journeyText);
    expect(await readFile(join(outside, 'secret.svg'), 'utf8')).toBe('<svg/>');
    // The links are still links: nothing was written in their place either.
    expect((await readdir(folder)).sort()).toEqual(['dangling.journey', 'dangling.svg', 'link.csv', 'link.journey', 'link.svg', 'linked-folder']);
  });

  it('workspace calls neither read nor write a map or a persona library that a link leads outside', async () => {
    const { folder, origin, token } = await start();
    const outside = await tempFolder();
    const call = async (method: string, body: unknown) => (await post(origin, method, body, {}, `?token=${token}`)).json() as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
    const secret = addSharedPersona(journeyFrom('journey8'), { id: 'shared-ana', name: 'Ana' })!;
    const secretText = serializeJourney(applyChanges(journeyFrom('journey8'), secret.changes));
    await writeFile(join(outside, 'secret.journey'), secretText);
    await symlink(join(outside, 'secret.journey'), join(folder, 'link.journey'));
    await writeFile(join(folder, 'map.journey'), secretText);
    const entry = { id: 'shared-ana', name: 'Ana', quote: 'Changed' };
    expect(await call('putSharedPersona', { mapPath: join(folder, 'map.journey'), entry, propagate: true })).toMatchObject({
      ok: true, value: { skipped: [{ relativePath: 'link.journey', reason: 'it leads outside the workspace folder' }] },
    });
    expect(await readFile(join(outside, 'secret.journey'), 'utf8')).toBe(secretText);
    const rollup = await call('readRollup', { folderPath: folder });
    expect(rollup).toMatchObject({ ok: true, value: { problems: [{ relativePath: 'link.journey' }] } });
    expect((rollup.value as { maps: unknown[] }).maps).toHaveLength(1);
    // A workspace folder outside the served one is refused before anything is read.
    expect(await call('readRollup', { folderPath: outside })).toMatchObject({ ok: false, error: { code: 'outside-folder' } });
    // A library that is a link to elsewhere is neither read nor written through.
    await rm(join(folder, 'personas.waymark-personas'));
    await writeFile(join(outside, 'library.json'), 'outside');
    await symlink(join(outside, 'library.json'), join(folder, 'personas.waymark-personas'));
    expect(await call('readPersonaLibrary', { mapPath: join(folder, 'map.journey') })).toMatchObject({ ok: false });
    expect(await call('putSharedPersona', { mapPath: join(folder, 'map.journey'), entry, propagate: false })).toMatchObject({ ok: false });
    expect(await readFile(join(outside, 'library.json'), 'utf8')).toBe('outside');
  });

  it('still reaches real files in the folder, new files in its real subfolders, and links that stay inside', async () => {
    const { folder, origin, token } = await start();
    await writeFile(join(folder, 'real.journey'), journeyText);
    await symlink(join(folder, 'real.journey'), join(folder, 'alias.journey'));
    await mkdir(join(folder, 'sub'));
    const call = async (method: string, body: unknown) => (await post(origin, method, body, {}, `?token=${token}`)).json() as Promise<{ ok: boolean }>;
    expect(await call('openJourney', { path: join(folder, 'alias.journey') })).toMatchObject({ ok: true });
    expect(await call('saveJourney', { path: join(folder, 'sub', 'new.journey'), document })).toMatchObject({ ok: true });
    expect(await readFile(join(folder, 'sub', 'new.journey'), 'utf8')).toBe(journeyText);
  });

  it('serves a folder given through a link (the folder is compared by its real path too)', async () => {
    const real = await tempFolder();
    const via = join(await tempFolder(), 'maps');
    await symlink(real, via);
    const { origin, token } = await start(via);
    const response = await post(origin, 'saveJourney', { path: join(via, 'a.journey'), document }, {}, `?token=${token}`);
    expect(await response.json()).toMatchObject({ ok: true });
    expect(await readFile(join(real, 'a.journey'), 'utf8')).toBe(journeyText);
  });
});

describe('the pieces', () => {
  const tempFolder = useTempFolders();

  it('compares secrets of any length and reads cookies by exact name', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
    expect(sameSecret('abcd', 'abc')).toBe(false);
    expect(cookieValues('a=1; waymark-preview-80=t; xwaymark-preview-80=u; waymark-preview-80=v', 'waymark-preview-80')).toEqual(['t', 'v']);
    expect(cookieValues(undefined, 'a')).toEqual([]);
    const access = new PreviewAccess('secret', 4000);
    expect(access.cookieAllows('waymark-preview-4000=wrong; waymark-preview-4000=secret')).toBe(true);
    expect(access.cookieAllows('waymark-preview-4001=secret')).toBe(false);
  });

  it('places a new file by its nearest existing folder, and refuses dangling links and loops', async () => {
    const dir = await tempFolder();
    const outside = await tempFolder();
    await symlink(outside, join(dir, 'out'));
    await symlink(join(dir, 'loop-b'), join(dir, 'loop-a'));
    await symlink(join(dir, 'loop-a'), join(dir, 'loop-b'));
    await symlink(join(outside, 'gone', 'deeper'), join(dir, 'dangling'));
    expect(await realPlace(join(dir, 'out', 'new', 'deeper.journey'))).toBe(join(await realPlace(outside) ?? '', 'new', 'deeper.journey'));
    expect(await realPlace(join(dir, 'loop-a', 'x.journey'))).toBeUndefined();
    expect(await realPlace(join(dir, 'dangling', 'x.journey'))).toBeUndefined();
    expect(await resolvesInsideFolder(dir, join(dir, 'new-folder', 'x.journey'))).toBe(true);
    expect(await resolvesInsideFolder(dir, join(dir, 'out', 'x.journey'))).toBe(false);
    expect(await resolvesInsideFolder(dir, join(dir, '..', 'x.journey'))).toBe(false);
    expect(await resolvesInsideFolder(dir, dir)).toBe(false);
  });
});
