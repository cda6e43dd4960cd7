import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../main/cli/check';
import { FileLocks } from '../../main/services/file-lock';
import { JourneyRepository } from '../../main/services/journey-repository';
import { writeLibrary } from '../../main/services/persona-library';
import { editMapCard, readRollup } from '../../main/services/rollup';
import { applyChanges } from '../../shared/document/changes';
import { addCard, updateMeta, updatePersona } from '../../shared/document/commands';
import { sortByOrder } from '../../shared/document/order';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { emptyLibrary, addSharedPersona, withEntry, type SharedPersona } from '../../shared/workspace/persona-library';
import { filterRollup, heatLevel, heatRow, NO_ROLLUP_FILTER, rollupRows } from '../../shared/workspace/rollup';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const ANA: SharedPersona = { id: 'shared-ana', name: 'Ana' };

/** A map with opportunities (text, owner, priority, status) and pain points (stage index, severity) for the persona given. */
function map(title: string, opportunities: [string, string, 'low' | 'high' | undefined, 'idea' | 'done'][], pains: [number, number | undefined][], persona?: SharedPersona): JourneyDocument {
  let doc = applyChanges(journeyFrom('journey8'), updateMeta(journeyFrom('journey8'), { title }));
  const lane = (kind: string) => doc.lanes.find((l) => l.kind === kind)!;
  const stages = sortByOrder(doc.stages);
  for (const [text, owner, priority, status] of opportunities) {
    doc = applyChanges(doc, addCard(doc, { stageId: stages[1]!.id, laneId: lane('opportunities').id }, text, { owner, status, ...(priority ? { priority } : {}) }).changes);
  }
  for (const [stage, severity] of pains) {
    doc = applyChanges(doc, addCard(doc, { stageId: stages[stage]!.id, laneId: lane('painPoints').id }, 'Pain', severity ? { severity } : {}).changes);
  }
  if (persona) doc = applyChanges(doc, addSharedPersona(doc, persona)!.changes);
  return doc;
}

describe('the workspace roll-up', () => {
  const tempFolder = useTempFolders();

  async function workspace() {
    const folder = await tempFolder();
    await writeFile(join(folder, 'A.journey'), serializeJourney(map('Alpha', [['Shorter form', 'Eva', 'high', 'idea'], ['Chat', 'Jon', undefined, 'done']], [[0, 5], [0, 2], [2, undefined]], ANA)));
    await writeFile(join(folder, 'B.journey'), serializeJourney(map('Beta', [['Call back', 'Eva', 'low', 'idea']], [[1, 4]])));
    await writeFile(join(folder, 'Broken.journey'), 'nope');
    return folder;
  }

  it('lists every opportunity of every map, filtered by map, owner, priority, status and persona', async () => {
    const folder = await workspace();
    const rollup = await readRollup(folder);
    expect(rollup.problems.map((p) => p.relativePath)).toEqual(['Broken.journey']);
    const rows = rollupRows(rollup.maps);
    const texts = (filter: Partial<typeof NO_ROLLUP_FILTER>) => filterRollup(rows, { ...NO_ROLLUP_FILTER, ...filter }, 'en').map((r) => r.text);
    expect(texts({})).toEqual(['Shorter form', 'Chat', 'Call back']);
    expect(texts({ map: join(folder, 'B.journey') })).toEqual(['Call back']);
    expect(texts({ owner: 'Eva' })).toEqual(['Shorter form', 'Call back']);
    expect(texts({ priority: 'unset' })).toEqual(['Chat']);
    expect(texts({ status: 'idea', priority: 'low' })).toEqual(['Call back']);
    expect(texts({ persona: 'Ana' })).toEqual(['Shorter form', 'Chat']);
    expect(texts({ query: 'FORM' })).toEqual(['Shorter form']);
  });

  it('weighs each stage of each map by its pain points and their severity', async () => {
    const rollup = await readRollup(await workspace());
    const alpha = heatRow(rollup.maps[0]!);
    expect(alpha.slice(0, 3).map((c) => [c.count, c.weight, c.maxSeverity])).toEqual([[2, 7, 5], [0, 0, 0], [1, 3, 3]]);
    expect([heatLevel(alpha[0]!, 7), heatLevel(alpha[1]!, 7), heatLevel(alpha[2]!, 7)]).toEqual([4, 0, 2]);
  });

  it('an edit writes that map alone through the safe save; a map open in a window is refused', async () => {
    const folder = await workspace();
    const before = await readFile(join(folder, 'A.journey'), 'utf8');
    const beta = (await readRollup(folder)).maps[1]!;
    const locks = new FileLocks();
    await editMapCard(beta.path, beta.rows[0]!.id, { status: 'done', owner: 'Ola' }, locks);
    const card = (await new JourneyRepository().open(beta.path)).document.cards.find((c) => c.id === beta.rows[0]!.id);
    expect(card).toMatchObject({ status: 'done', owner: 'Ola', priority: 'low' });
    expect(await readFile(join(folder, 'A.journey'), 'utf8')).toBe(before);
    await locks.acquire(beta.path);
    await expect(editMapCard(beta.path, beta.rows[0]!.id, { status: 'idea' }, locks)).rejects.toMatchObject({ problem: 'locked' });
  });
});

describe('waymark check DIR and shared personas', () => {
  const tempFolder = useTempFolders();

  it('fails on a reference missing from the library and warns on a copy that differs', async () => {
    const folder = await tempFolder();
    await writeLibrary(folder, withEntry(emptyLibrary(), ANA));
    const same = map('Same', [], [], ANA);
    await writeFile(join(folder, 'Same.journey'), serializeJourney(same));
    const differs = map('Differs', [], [], ANA);
    const copy = differs.personas.find((p) => p.sharedId === ANA.id)!;
    await writeFile(join(folder, 'Differs.journey'), serializeJourney(applyChanges(differs, updatePersona(differs, copy.id, { quote: 'Changed here' }))));
    let lines: string[] = [];
    expect(await checkFiles([folder], (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([`${join(folder, 'Differs.journey')}: warning: persona "Ana" differs from its shared copy in personas.waymark-personas; opening the map offers to update it`]);

    const missing = map('Missing', [], [], { id: 'shared-gone', name: 'Gone' });
    await writeFile(join(folder, 'Missing.journey'), serializeJourney(missing));
    lines = [];
    expect(await checkFiles([folder], (line) => lines.push(line))).toBe(1);
    const index = missing.personas.findIndex((p) => p.sharedId === 'shared-gone');
    expect(lines).toContain(`${join(folder, 'Missing.journey')}: persona "Gone" names shared persona shared-gone, which is not in personas.waymark-personas (at personas[${index}].sharedId)`);

    // A map handed over alone, without its workspace's library, is still a good file.
    const alone = await tempFolder();
    await writeFile(join(alone, 'Handed over.journey'), serializeJourney(same));
    lines = [];
    expect(await checkFiles([join(alone, 'Handed over.journey')], (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([`${join(alone, 'Handed over.journey')}: warning: its shared personas name a persona library, but none is in ${alone}`]);
  });
});
