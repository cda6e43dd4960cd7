import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { MAX_USER_TEMPLATES } from '../../shared/ipc/templates';
import { dispatch } from '../../main/ipc/dispatch';
import type { Handlers } from '../../main/ipc/handlers';
import { PathGrants } from '../../main/ipc/path-grants';
import { templateHandlers } from '../../main/ipc/template-handlers';
import { TemplateStore } from '../../main/services/template-store';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

describe('TemplateStore', () => {
  const tempFolder = useTempFolders();
  let store: TemplateStore;
  beforeEach(async () => {
    store = new TemplateStore(await tempFolder());
  });

  it('lists nothing before the first template is saved', async () => {
    expect(await store.list()).toEqual([]);
  });

  it('saves a map as a journey file named by id, titled with the template’s name, and lists it', async () => {
    const map = journeyFrom('retail');
    const saved = await store.save('  Workshop starter ', map);
    expect(saved.name).toBe('Workshop starter');
    const onDisk = await readFile(join(store.folder, `${saved.id}.journey`), 'utf8');
    expect(JSON.parse(onDisk).journey.title).toBe('Workshop starter');
    expect(onDisk).toBe(serializeJourney(saved.document));
    expect(map.journey.title).toBe('Retail: running shoes, online to store');
    const listed = await store.list();
    expect(listed.map((t) => [t.id, t.name])).toEqual([[saved.id, 'Workshop starter']]);
    expect(listed[0]!.document.cards).toHaveLength(map.cards.length);
  });

  it('lists by name, leaves out files it cannot read, and deletes', async () => {
    const b = await store.save('Banking base', journeyFrom('banking'));
    const a = await store.save('Airline base', journeyFrom('travel'));
    await writeFile(join(store.folder, 'broken.journey'), '{"format": "waymark.journey"');
    await writeFile(join(store.folder, 'notes.txt'), 'not a template');
    expect((await store.list()).map((t) => t.id)).toEqual([a.id, b.id]);
    await store.remove(a.id);
    expect((await store.list()).map((t) => t.id)).toEqual([b.id]);
    expect(await readdir(store.folder)).toContain('broken.journey');
  });

  it('refuses ids that could leave its folder', async () => {
    await expect(store.remove('../settings')).rejects.toThrow(/not a template id/);
  });

  it('keeps at most the limit of templates', async () => {
    const saved = await store.save('One', journeyFrom('blank'));
    const text = await readFile(join(store.folder, `${saved.id}.journey`), 'utf8');
    await Promise.all(Array.from({ length: MAX_USER_TEMPLATES - 1 }, (_, i) => writeFile(join(store.folder, `t${i}.journey`), text)));
    await expect(store.save('Too many', journeyFrom('blank'))).rejects.toThrow(/up to 100 templates/);
  });
});

describe('template IPC methods', () => {
  const tempFolder = useTempFolders();

  it('save, list and delete through dispatch, refusing a blank name and an id that is not one', async () => {
    const store = new TemplateStore(await tempFolder());
    // Only the three template methods are exercised; the rest of the handler table is not needed.
    const handlers = templateHandlers(store) as unknown as Handlers;
    const call = (method: string, payload: unknown) => dispatch(handlers, method, payload, { windowId: 1, grants: new PathGrants() });
    const saved = await call('saveTemplate', { name: 'Kickoff', document: journeyFrom('journey8') });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Kickoff' } });
    expect(await call('saveTemplate', { name: '   ', document: journeyFrom('blank') })).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    const listed = await call('listTemplates', {});
    expect(listed.ok && (listed.value as { name: string }[]).map((t) => t.name)).toEqual(['Kickoff']);
    expect(await call('deleteTemplate', { id: '../../etc' })).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    const id = saved.ok ? (saved.value as { id: string }).id : '';
    expect(await call('deleteTemplate', { id })).toEqual({ ok: true, value: null });
    expect(await call('listTemplates', {})).toEqual({ ok: true, value: [] });
  });

  it('lists nothing and refuses to save where no store is given', async () => {
    const handlers = templateHandlers(undefined);
    expect(await handlers.listTemplates({}, { windowId: 1 })).toEqual([]);
    await expect(handlers.saveTemplate({ name: 'x', document: journeyFrom('blank') }, { windowId: 1 })).rejects.toThrow(/cannot be saved/);
  });
});
