import { readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { createHandlers } from '../../main/ipc/handlers';
import { PathGrants } from '../../main/ipc/path-grants';
import { startAppServices } from '../../main/services/app-services';
import { JourneyRepository } from '../../main/services/journey-repository';
import { WindowWorkspaces } from '../../main/services/workspace-folders';
import { WorkspaceIndex } from '../../main/services/workspace-index';
import { applyChanges } from '../../shared/document/changes';
import { updateMeta } from '../../shared/document/commands';
import { serializeJourney } from '../../shared/document/serialize';
import { journeyFrom } from '../helpers/journeys';
import { noDialogs, oneWindow } from '../helpers/handlers';
import { useTempFolders } from '../helpers/temp-folder';

/** The real repository, counting the files it reads. */
class CountingRepository extends JourneyRepository {
  opened: string[] = [];
  override async open(path: string) {
    this.opened.push(path);
    return super.open(path);
  }
}

function map(title: string, nextReview?: string): string {
  const doc = journeyFrom('retail');
  return serializeJourney(applyChanges(doc, updateMeta(doc, { title, ...(nextReview ? { nextReview } : {}) })));
}

describe('the workspace over IPC', () => {
  const tempFolder = useTempFolders();

  it('lists the folder a window chose, resolves links inside it, and refuses link paths that are not relative', async () => {
    const folder = await tempFolder();
    const userData = await tempFolder();
    await mkdir(join(folder, 'detail'));
    await writeFile(join(folder, 'Overview.journey'), map('Overview'));
    await writeFile(join(folder, 'detail', 'Checkout.journey'), map('Checkout'));
    const answers: (string | null)[] = [folder, null];
    const folders = new WindowWorkspaces(async () => answers.shift() ?? null);
    const handlers = createHandlers({
      ...(await startAppServices(userData)), dialogs: noDialogs, windows: oneWindow,
      workspace: { folders, index: new WorkspaceIndex(join(userData, 'workspace-index')) },
    });
    // The folder chosen in a window's dialog is granted to it; what is in it follows (path-grants.ts).
    const grants = new PathGrants();
    const call = (method: string, payload: unknown, windowId = 1) => dispatch(handlers, method, payload, { windowId, grants });
    expect(await call('listWorkspace', {})).toEqual({ ok: true, value: null });
    const opened = await call('openWorkspaceFolder', {});
    expect(opened).toMatchObject({ ok: true, value: { folder, maps: [{ relativePath: 'Overview.journey' }, { relativePath: 'detail/Checkout.journey' }] } });
    // A cancelled dialog keeps the workspace; a new window starts in the last one chosen.
    expect(await call('openWorkspaceFolder', {})).toEqual({ ok: true, value: null });
    expect(await call('listWorkspace', {}, 2)).toMatchObject({ ok: true, value: { folder } });
    const resolved = await call('resolveMapLinks', { path: join(folder, 'detail', 'Checkout.journey'), links: ['../Overview.journey', '../../x.journey', 'Gone.journey'] });
    expect(resolved).toEqual({ ok: true, value: [{ state: 'ok', path: join(folder, 'Overview.journey'), title: 'Overview' }, { state: 'outside' }, { state: 'missing' }] });
    expect(await call('resolveMapLinks', { path: join(folder, 'Overview.journey'), links: ['/etc/passwd.journey'] })).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    expect(readdirSync(folder)).toEqual(['Overview.journey', 'detail']);
    // The opened folder is also the workspace of shared personas and the roll-up: a map in a
    // subfolder shares into the opened folder's library, not one beside itself.
    const checkout = join(folder, 'detail', 'Checkout.journey');
    expect(await call('workspaceOf', { mapPath: checkout })).toEqual({ ok: true, value: { folder } });
    expect(await call('workspaceOf', {})).toEqual({ ok: true, value: { folder } });
    expect(await call('putSharedPersona', { mapPath: checkout, entry: { id: 'shared-1', name: 'Ana' }, propagate: false })).toMatchObject({ ok: true, value: { folder } });
    expect(readdirSync(folder).sort()).toEqual(['Overview.journey', 'detail', 'personas.waymark-personas']);
  });
});

describe('the workspace index', () => {
  const tempFolder = useTempFolders();

  it('reads each map once, then only what changed; the cache lives outside the workspace and rebuilds when lost', async () => {
    const folder = await tempFolder();
    const cache = join(await tempFolder(), 'workspace-index');
    await writeFile(join(folder, 'A.journey'), map('Alpha', '2026-05-01'));
    await writeFile(join(folder, 'B.journey'), map('Beta'));
    const repository = new CountingRepository();
    const index = new WorkspaceIndex(cache, repository);

    const cold = await index.list(folder, '2026-04-01');
    expect(cold.maps.map((m) => [m.relativePath, m.summary.title, m.summary.reviewDue])).toEqual([['A.journey', 'Alpha', false], ['B.journey', 'Beta', false]]);
    expect(cold.maps[0]!.thumbnail).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^<]*>.*<\/svg>$/);
    expect(repository.opened).toHaveLength(2);
    expect(await readdir(folder)).toEqual(['A.journey', 'B.journey']);

    // Warm: nothing read again, and the review mark follows the day, not the cache.
    const warm = await index.list(folder, '2026-06-01');
    expect(repository.opened).toHaveLength(2);
    expect(warm.maps.map((m) => m.summary.reviewDue)).toEqual([true, false]);
    expect(warm.maps.map((m) => m.thumbnail)).toEqual(cold.maps.map((m) => m.thumbnail));

    // A changed file is read again (its size and mtime differ); a removed one leaves the list.
    await writeFile(join(folder, 'B.journey'), map('Beta, revised'));
    await utimes(join(folder, 'B.journey'), new Date(), new Date(Date.now() + 5_000));
    await writeFile(join(folder, 'C.journey'), map('Gamma'));
    const changed = await index.list(folder, '2026-06-01');
    expect(changed.maps.map((m) => m.summary.title)).toEqual(['Alpha', 'Beta, revised', 'Gamma']);
    // Maps are read side by side, so in any order: B twice (before and after its change), C once, A once.
    expect(repository.opened.map((p) => p.slice(folder.length + 1)).sort()).toEqual(['A.journey', 'B.journey', 'B.journey', 'C.journey']);

    // A damaged cache is no source of truth: the files are read again.
    const [cacheFile] = await readdir(cache);
    await writeFile(join(cache, cacheFile!), '{"version": 1, "entries": {"A.journey": {"size": "lies"}}}');
    const rebuilt = await index.list(folder, '2026-06-01');
    expect(rebuilt.maps.map((m) => m.summary.title)).toEqual(['Alpha', 'Beta, revised', 'Gamma']);
    expect(repository.opened).toHaveLength(7);
    expect(JSON.parse(await readFile(join(cache, cacheFile!), 'utf8'))).toMatchObject({ version: 1 });
  });
});
