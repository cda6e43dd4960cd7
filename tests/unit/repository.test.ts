import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import { serializeJourney } from '../../shared/document/serialize';
import { JourneyRepository } from '../../main/services/journey-repository';
import { SettingsStore, MAX_RECENT } from '../../main/services/settings-store';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const fixture = await readFile(new URL('../fixtures/v1/bike-sharing.journey', import.meta.url), 'utf8');
const repository = new JourneyRepository();

async function refusal(path: string): Promise<JourneyFileError> {
  const error = await repository.open(path).then(() => null, (e: unknown) => e);
  if (!(error instanceof JourneyFileError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('JourneyRepository', () => {
  const tempFolder = useTempFolders();

  it('saves and opens a journey: same document, canonical bytes on disk', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'Buyer.journey');
    const doc = journeyFrom('buyer5');
    const saved = await repository.save(path, doc);
    expect(saved.name).toBe('Buyer');
    expect(await readFile(path, 'utf8')).toBe(serializeJourney(doc));
    const opened = await repository.open(path);
    expect(opened.document).toEqual(JSON.parse(serializeJourney(doc)));
  });

  it('keeps the previous version as a backup and leaves no temp files', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'map.journey');
    const first = journeyFrom('buyer5');
    await repository.save(path, first);
    const second = { ...first, journey: { ...first.journey, title: 'Second' } };
    await repository.save(path, second);
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8')).journey.title).toBe(first.journey.title);
    expect(JSON.parse(await readFile(path, 'utf8')).journey.title).toBe('Second');
    await repository.save(path, { ...second, journey: { ...second.journey, title: 'Third' } });
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8')).journey.title).toBe('Second');
    expect((await readdir(dir)).sort()).toEqual(['map.journey', 'map.journey.bak']);
  });

  it.each([
    ['a truncated file', fixture.slice(0, 500), 'not-json'],
    ['a wrong field type', fixture.replace('"name": "Awareness"', '"name": 42'), 'invalid'],
    ['a newer format', fixture.replace('"formatVersion": 1', '"formatVersion": 9').replace('"minReaderVersion": 1', '"minReaderVersion": 9'), 'newer-version'],
    ['invalid UTF-8', Buffer.concat([Buffer.from(fixture.slice(0, 100)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(fixture.slice(100))]), 'encoding'],
    ['an empty file', '', 'not-json'],
    ['a JSON null', 'null', 'not-a-journey'],
  ])('refuses %s and leaves its bytes untouched', async (_name, content, problem) => {
    const dir = await tempFolder();
    const path = join(dir, 'broken.journey');
    await writeFile(path, content);
    const before = await readFile(path);
    const error = await refusal(path);
    expect(error.problem).toBe(problem);
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(dir)).toEqual(['broken.journey']);
  });

  it('refuses a missing file as not found', async () => {
    const dir = await tempFolder();
    expect((await refusal(join(dir, 'nope.journey'))).problem).toBe('not-found');
  });

  it('never replaces a file on disk that a newer Waymark wrote', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'future.journey');
    const future = fixture.replace('"formatVersion": 1', '"formatVersion": 9');
    await writeFile(path, future);
    const error = await repository.save(path, journeyFrom('blank')).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(JourneyFileError);
    expect((error as JourneyFileError).problem).toBe('newer-version');
    expect(await readFile(path, 'utf8')).toBe(future);
  });
});

describe('SettingsStore', () => {
  const tempFolder = useTempFolders();

  it('keeps recent files newest first, without repeats, up to the limit, across restarts', async () => {
    const dir = await tempFolder();
    const store = new SettingsStore(dir);
    for (let i = 0; i < MAX_RECENT + 3; i += 1) await store.addRecent(`/maps/${i}.journey`, new Date(Date.UTC(2026, 0, 1, 0, i)));
    await store.addRecent('/maps/5.journey');
    const reopened = await new SettingsStore(dir).listRecent();
    expect(reopened).toHaveLength(MAX_RECENT);
    expect(reopened[0]).toMatchObject({ path: '/maps/5.journey', name: '5', exists: false });
    expect(reopened.filter((r) => r.path === '/maps/5.journey')).toHaveLength(1);
    await store.clearRecent();
    expect(await new SettingsStore(dir).listRecent()).toEqual([]);
  });

  it('keeps every change, in order, on disk too, when windows change the settings at once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const dir = await tempFolder();
      const store = new SettingsStore(dir);
      const opened = Array.from({ length: MAX_RECENT }, (_, i) => `/maps/round${round}-${i}.journey`);
      await Promise.all([
        ...opened.map((path, i) => store.addRecent(path, new Date(Date.UTC(2026, 0, 1, round, i)))),
        store.setPreferences({ autosave: false }),
      ]);
      const newestFirst = [...opened].reverse();
      expect((await store.listRecent()).map((r) => r.path)).toEqual(newestFirst);
      const onDisk = new SettingsStore(dir);
      expect((await onDisk.listRecent()).map((r) => r.path)).toEqual(newestFirst);
      expect((await onDisk.preferences()).autosave).toBe(false);
    }
  });

  it('falls back to defaults when the settings file is damaged', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'settings.json'), '{"recentFiles": [');
    expect(await new SettingsStore(dir).get()).toEqual({ recentFiles: [] });
  });
});
