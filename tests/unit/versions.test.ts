import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { JourneyRepository } from '../../main/services/journey-repository';
import { mergeCopy } from '../../main/services/merge-copy';
import { VersionStore, versionsFolderFor } from '../../main/services/version-store';
import { applyChanges } from '../../shared/document/changes';
import { addCard, updateCard } from '../../shared/document/commands';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { currentFixtureText } from '../helpers/fixtures';
import { realHandlers, windowOver } from '../helpers/handlers';
import { useTempFolders } from '../helpers/temp-folder';

const base = parseJourneyText(currentFixtureText());

describe('named versions beside the journey', () => {
  const tempFolder = useTempFolders();

  it('keeps each version as a plain journey file with a list, newest first, read back exactly', async () => {
    const path = join(await tempFolder(), 'Bike sharing.journey');
    await writeFile(path, serializeJourney(base));
    const store = new VersionStore();
    expect(await store.list(path)).toEqual([]);
    const first = await store.save(path, base, { name: 'Workshop 1', note: 'After the kick-off', author: 'Ana' }, new Date('2026-03-01T10:00:00Z'));
    const later = applyChanges(base, updateCard(base, base.cards[0]!.id, { text: 'Reworded in review' }));
    const second = await store.save(path, later, { name: 'Q1 review / final?', note: '', author: 'Ana', review: true }, new Date('2026-03-31T16:30:00Z'));
    expect((await store.list(path)).map((v) => [v.name, v.review, v.cards])).toEqual([['Q1 review / final?', true, base.cards.length], ['Workshop 1', false, base.cards.length]]);
    expect(second.file).toBe('2026-03-31T16-30-00-000Z--Q1-review-final.journey');
    expect(await readdir(versionsFolderFor(path))).toEqual([first.file, second.file, 'versions.json'].sort());
    expect(serializeJourney((await store.read(path, first.id)).document)).toBe(serializeJourney(base));
    expect((await store.read(path, second.id)).document.cards[0]?.text).toBe('Reworded in review');
    // The version file is the journey as saved: byte for byte what a save writes.
    expect(await readFile(join(versionsFolderFor(path), second.file), 'utf8')).toBe(serializeJourney(later));
  });

  it('refuses an unknown version and says when the list is damaged', async () => {
    const path = join(await tempFolder(), 'Map.journey');
    const store = new VersionStore();
    await store.save(path, base, { name: 'One', note: '', author: '' });
    await expect(store.read(path, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ problem: 'not-found' });
    await writeFile(join(versionsFolderFor(path), 'versions.json'), '{"format":"waymark.versions","formatVersion":1,"versions":[{"id":"x"}]}');
    await expect(store.list(path)).rejects.toMatchObject({ problem: 'invalid' });
  });

  it('over IPC: the author comes from the preferences; payloads are validated', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'Map.journey');
    const handlers = await realHandlers(join(folder, 'user-data'));
    const call = (method: string, payload: unknown) => dispatch(handlers, method, payload, windowOver(folder));
    await call('setPreferences', { author: 'Ana Lindqvist' });
    const saved = await call('saveVersion', { path, document: base, name: 'Before the workshop', note: 'As agreed with the client' });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Before the workshop', author: 'Ana Lindqvist', review: false } });
    expect(await call('saveVersion', { path, document: base, name: '   ', note: '' })).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    const listed = await call('listVersions', { path });
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Before the workshop' }] });
    const id = (listed as { value: { id: string }[] }).value[0]!.id;
    const read = await call('readVersion', { path, id });
    expect(read.ok && serializeJourney((read.value as { document: JourneyDocument }).document)).toBe(serializeJourney(base));
  });
});

describe('merging another copy of a map', () => {
  const tempFolder = useTempFolders();

  it('finds the version both copies keep and merges from it; with none in common it says so', async () => {
    const folder = await tempFolder();
    const [here, there] = [join(folder, 'office', 'Map.journey'), join(folder, 'usb', 'Map.journey')];
    const store = new VersionStore();
    // Both copies keep "Sent to the client"; each adds a card after it.
    await store.save(here, base, { name: 'Sent to the client', note: '', author: 'Ana' });
    await store.save(there, base, { name: 'Sent to the client', note: '', author: 'Ana' });
    const card = base.cards[0]!;
    const cell = { stageId: card.stageId, stepId: card.stepId, laneId: card.laneId };
    const mine = applyChanges(base, addCard(base, cell, 'Written at the office').changes);
    const theirs = applyChanges(base, addCard(base, cell, 'Written on the train').changes);
    await writeFile(there, serializeJourney(theirs));
    const merged = await mergeCopy({ path: here, document: mine, otherPath: there }, new JourneyRepository(), store);
    expect(merged.base.name).toBe('Sent to the client');
    expect(merged.conflicts).toEqual([]);
    expect(merged.document.cards.map((c) => c.text)).toEqual(expect.arrayContaining(['Written at the office', 'Written on the train']));

    const lone = join(folder, 'elsewhere', 'Map.journey');
    await store.save(lone, mine, { name: 'Other history', note: '', author: '' });
    await writeFile(lone, serializeJourney(mine));
    await expect(mergeCopy({ path: here, document: mine, otherPath: lone }, new JourneyRepository(), store)).rejects.toThrow(/no version in common/);
  });
});
