import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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
import type { MergedCopyResult } from '../../shared/ipc/versions';
import { RECORD_TABLES } from '../../shared/merge/three-way';
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
  const repository = new JourneyRepository();
  const card = base.cards[0]!;
  const cell = { stageId: card.stageId, stepId: card.stepId, laneId: card.laneId };
  const merged = (result: MergedCopyResult) => {
    if (result.outcome !== 'merged') throw new Error(`expected a merge, got ${result.outcome}`);
    return result;
  };

  it('finds the version both copies keep and merges from it, naming the copy by who worked on it', async () => {
    const folder = await tempFolder();
    const [here, there] = [join(folder, 'office', 'Map.journey'), join(folder, 'usb', 'Map.journey')];
    const store = new VersionStore();
    // Both copies keep "Sent to the client"; each adds a card after it, and Anna keeps a version of hers.
    await store.save(here, base, { name: 'Sent to the client', note: '', author: 'Ana' });
    await store.save(there, base, { name: 'Sent to the client', note: '', author: 'Ana' });
    const mine = applyChanges(base, addCard(base, cell, 'Written at the office').changes);
    const theirs = applyChanges(base, addCard(base, cell, 'Written on the train').changes);
    await store.save(there, theirs, { name: 'On the train', note: '', author: 'Anna' });
    await writeFile(there, serializeJourney(theirs));
    const result = merged(await mergeCopy({ path: here, document: mine, otherPath: there }, repository, store));
    expect(result.base).toMatchObject({ kind: 'version', name: 'Sent to the client' });
    expect(result.sides).toEqual({ ours: { kind: 'yours' }, theirs: { kind: 'author', name: 'Anna' }, base: expect.anything() });
    expect(result.conflicts).toEqual([]);
    expect(result.document.cards.map((c) => c.text)).toEqual(expect.arrayContaining(['Written at the office', 'Written on the train']));
  });

  it('a copy e-mailed as a single file: no common version is said, then merged record by record with no edit lost', async () => {
    const folder = await tempFolder();
    const [here, mailed] = [join(folder, 'Map.journey'), join(folder, 'Downloads', 'Map (Anna).journey')];
    const store = new VersionStore();
    await store.save(here, base, { name: 'Sent to the client', note: '', author: 'Ana' });
    const mine = applyChanges(applyChanges(base, addCard(base, cell, 'Written at the office').changes), updateCard(base, card.id, { text: 'Office wording' }));
    const theirs = applyChanges(applyChanges(base, addCard(base, cell, 'Written at the client').changes), updateCard(base, card.id, { text: 'Client wording' }));
    await mkdir(join(folder, 'Downloads'));
    await writeFile(mailed, serializeJourney(theirs));
    expect(await mergeCopy({ path: here, document: mine, otherPath: mailed }, repository, store)).toEqual({ outcome: 'no-common-version', copyName: 'Map (Anna)' });

    const apart = merged(await mergeCopy({ path: here, document: mine, otherPath: mailed, base: { kind: 'none' } }, repository, store));
    expect(apart.base).toEqual({ kind: 'none' });
    expect(apart.sides).toEqual({ ours: { kind: 'yours' }, theirs: { kind: 'map', name: 'Map (Anna)' }, base: null });
    expect(apart.document.cards.map((c) => c.text)).toEqual(expect.arrayContaining(['Written at the office', 'Written at the client', 'Office wording']));
    // The one field both copies hold differently is a conflict with both values: nothing is lost.
    expect(apart.conflicts).toEqual([{ kind: 'both-changed', table: 'cards', id: card.id, field: 'text', base: undefined, ours: 'Office wording', theirs: 'Client wording' }]);

    // A version of this map, or another journey file, can be the base instead: then only what each side changed counts.
    const fromVersion = merged(await mergeCopy({ path: here, document: mine, otherPath: mailed, base: { kind: 'version', id: (await store.list(here))[0]!.id } }, repository, store));
    expect(fromVersion.conflicts).toEqual([{ kind: 'both-changed', table: 'cards', id: card.id, field: 'text', base: card.text, ours: 'Office wording', theirs: 'Client wording' }]);
    const oldCopy = join(folder, 'as sent.journey');
    await writeFile(oldCopy, serializeJourney(base));
    const fromFile = merged(await mergeCopy({ path: here, document: mine, otherPath: mailed, base: { kind: 'file', path: oldCopy } }, repository, store));
    expect(fromFile.base).toEqual({ kind: 'file', name: 'as sent' });
    expect(fromFile.conflicts).toEqual(fromVersion.conflicts);
  });

  it('refuses two maps with no record in common unless forced, and an id that names two kinds of record always', async () => {
    const folder = await tempFolder();
    const [here, other] = [join(folder, 'Map.journey'), join(folder, 'Other.journey')];
    const store = new VersionStore();
    // The same map with every record under a new id: a map made apart, sharing nothing.
    const renamed = (doc: JourneyDocument, prefix: string): JourneyDocument => {
      const ids = new Set(RECORD_TABLES.flatMap((table) => doc[table].map((r) => r.id)));
      const swap = (value: unknown): unknown => (typeof value === 'string' && ids.has(value) ? `${prefix}${value}` : Array.isArray(value) ? value.map(swap)
        : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)])) : value);
      return swap(doc) as JourneyDocument;
    };
    const unrelated = renamed(base, 'x');
    await writeFile(other, serializeJourney(unrelated));
    expect(await mergeCopy({ path: here, document: base, otherPath: other, base: { kind: 'none' } }, repository, store)).toEqual({ outcome: 'refused', refusal: { reason: 'unrelated' }, copyName: 'Other' });
    const forced = merged(await mergeCopy({ path: here, document: base, otherPath: other, base: { kind: 'none' }, force: true }, repository, store));
    expect(forced.document.cards).toHaveLength(2 * base.cards.length);

    // A lane of this map and a card of the copy under one id: the merge cannot keep both.
    const lane = base.lanes[0]!;
    const clashing = { ...base, cards: base.cards.map((c, i) => (i === 0 ? { ...c, id: lane.id } : c)) };
    await writeFile(other, serializeJourney(clashing));
    expect(await mergeCopy({ path: here, document: base, otherPath: other, base: { kind: 'none' } }, repository, store))
      .toEqual({ outcome: 'refused', refusal: { reason: 'id-clash', id: lane.id, tables: ['lanes', 'cards'] }, copyName: 'Other' });
  });
});
