import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import type { JourneyDocument } from '../../shared/document/schema';
import { referenceIssues } from '../../shared/document/schema/references';
import { serializeJourney } from '../../shared/document/serialize';
import { writeFileAtomic } from '../../main/services/atomic-write';
import { sha256 } from '../../main/services/fingerprint';
import { JourneyRepository } from '../../main/services/journey-repository';
import { generateJourney } from '../bench/generate-journey';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const repository = new JourneyRepository();
const clone = (doc: JourneyDocument): JourneyDocument => structuredClone(doc);

describe('canonical order', () => {
  it('serializes a journey in canonical order and the same journey shuffled to the same text', () => {
    const doc = generateJourney({ cards: 200, seed: 7 });
    const text = serializeJourney(doc);
    const ordered = JSON.parse(text) as JourneyDocument;
    expect(serializeJourney(ordered)).toBe(text);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 200 }), (swaps) => {
        const shuffled = clone(ordered);
        for (const table of ['cards', 'stages', 'lanes', 'channels', 'emotionPoints'] as const) {
          const list = shuffled[table] as unknown[];
          swaps.forEach((s, i) => {
            const a = s % list.length;
            const b = (s + i) % list.length;
            [list[a], list[b]] = [list[b], list[a]];
          });
        }
        expect(serializeJourney(shuffled)).toBe(text);
      }),
      { numRuns: 50 },
    );
  });
});

describe('referenceIssues', () => {
  it('reports table by table, rule by rule, each in record order', () => {
    const doc = clone(generateJourney({ cards: 40, seed: 7 }));
    const [card0, card1] = doc.cards;
    if (!card0 || !card1 || !doc.stages[0]) throw new Error('the template has cards and stages');
    doc.stages.push({ ...doc.stages[0] });
    card1.id = card0.id;
    card1.laneId = 'no-lane';
    card0.stageId = 'no-stage';
    card1.channelId = 'no-channel';
    card0.links = ['no-card', card0.id];
    card0.imageId = 'no-image';
    const issues = referenceIssues(doc).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([
      `stages.${doc.stages.length - 1}.id: duplicate id "${doc.stages[0].id}"`,
      `cards.1.id: duplicate id "${card0.id}"`,
      'cards.1.laneId: unknown lane "no-lane"',
      'cards.0.stageId: unknown stage "no-stage"',
      'cards.1.channelId: unknown channel "no-channel"',
      'cards.0.imageId: unknown image "no-image"',
      'cards.0.links.0: unknown links "no-card"',
    ]);
  });
});

describe('saving', () => {
  const tempFolder = useTempFolders();

  it('refuses a newer file, then a changed file, before an invalid document, and writes nothing', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'map.journey');
    const doc = journeyFrom('buyer5');
    const { fingerprint } = await repository.save(path, doc);
    const invalid = { ...doc, cards: [{ ...doc.cards[0], laneId: 'no-lane' }] } as JourneyDocument;
    await expect(repository.save(path, invalid, { baseline: fingerprint })).rejects.toMatchObject({ problem: 'invalid' });
    const changed = (await readFile(path, 'utf8')).replace(doc.journey.title, 'Theirs');
    await writeFile(path, changed);
    await expect(repository.save(path, invalid, { baseline: fingerprint })).rejects.toMatchObject({ problem: 'changed-on-disk' });
    await writeFile(path, changed.replace(/"formatVersion": \d+/, '"formatVersion": 9'));
    const error = await repository.save(path, invalid, { baseline: fingerprint }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JourneyFileError);
    expect((error as JourneyFileError).problem).toBe('newer-version');
    expect(await readdir(dir)).toEqual(['map.journey']);
  });

  it('fingerprints the bytes it wrote and keeps the previous file as the backup', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'map.journey');
    const first = journeyFrom('buyer5');
    await repository.save(path, first);
    const second = { ...first, journey: { ...first.journey, title: 'Second ș 😀' } };
    const saved = await repository.save(path, second);
    const bytes = await readFile(path);
    expect(saved.fingerprint).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(serializeJourney(first));
    const again = await repository.save(path, second, { baseline: saved.fingerprint });
    expect(again.fingerprint.sha256).toBe(saved.fingerprint.sha256);
  });

  it('leaves no temp and the target untouched when the backup cannot be made', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'map.journey');
    await writeFile(target, 'old');
    await writeFile(`${target}.bak`, 'older');
    // A folder where the backup goes: renaming a file over it fails.
    const { mkdir } = await import('node:fs/promises');
    await import('node:fs/promises').then(({ rm }) => rm(`${target}.bak`));
    await mkdir(`${target}.bak`);
    await writeFile(join(`${target}.bak`, 'inside'), 'x');
    await expect(writeFileAtomic(target, Buffer.from('new'), { backup: true })).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['map.journey', 'map.journey.bak']);
  });
});
