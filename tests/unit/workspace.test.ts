import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../main/cli/check';
import { VersionStore } from '../../main/services/version-store';
import { scanWorkspace } from '../../main/services/workspace';
import { applyChanges } from '../../shared/document/changes';
import { addCard, updateMeta } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

/** A map with `pains` pain points and opportunities of the given statuses. */
function mapWith(title: string, pains: number, statuses: ('idea' | 'done' | 'dropped')[], nextReview?: string): JourneyDocument {
  let doc = applyChanges(journeyFrom('journey8'), updateMeta(journeyFrom('journey8'), { title, ...(nextReview ? { nextReview } : {}) }));
  const lane = (kind: string) => doc.lanes.find((l) => l.kind === kind)!;
  const stage = doc.stages[0]!;
  for (let i = 0; i < pains; i += 1) doc = applyChanges(doc, addCard(doc, { stageId: stage.id, laneId: lane('painPoints').id }, `Pain ${i}`).changes);
  for (const status of statuses) doc = applyChanges(doc, addCard(doc, { stageId: stage.id, laneId: lane('opportunities').id }, `Idea ${status}`, { status }).changes);
  return doc;
}

describe('a folder of maps as one workspace', () => {
  const tempFolder = useTempFolders();

  async function workspace() {
    const folder = await tempFolder();
    await mkdir(join(folder, 'detail'));
    await writeFile(join(folder, 'Overview.journey'), serializeJourney(mapWith('Overview', 2, ['idea', 'done'], '2026-01-01')));
    await writeFile(join(folder, 'detail', 'Onboarding.journey'), serializeJourney(mapWith('Onboarding', 0, ['idea', 'idea', 'dropped'])));
    await writeFile(join(folder, 'detail', 'Broken.journey'), '{"format": "waymark.journey"');
    await writeFile(join(folder, '.hidden.journey'), 'not read');
    // Versions beside a map are its history, not maps of the workspace.
    await new VersionStore().save(join(folder, 'Overview.journey'), mapWith('Overview', 0, []), { name: 'Old', note: '', author: '' });
    return folder;
  }

  it('summarises every map from its file: counts, open opportunities, reviews due; a broken one is named', async () => {
    const folder = await workspace();
    const scanned = await scanWorkspace(folder, '2026-03-01');
    expect(scanned.maps.map((m) => [m.relativePath, m.summary.painPoints, m.summary.openOpportunities, m.summary.reviewDue])).toEqual([
      ['Overview.journey', 2, 1, true],
      [join('detail', 'Onboarding.journey'), 0, 2, false],
    ]);
    expect(scanned.problems).toEqual([{ path: join(folder, 'detail', 'Broken.journey'), relativePath: join('detail', 'Broken.journey'), message: 'the file is cut short (not complete JSON) (at end of file)' }]);
    expect(scanned.truncated).toBe(false);
  });

  it('waymark check DIR checks every map below the folder', async () => {
    const folder = await workspace();
    const lines: string[] = [];
    expect(await checkFiles([folder], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${join(folder, 'detail', 'Broken.journey').replace(/[/.]/g, '\\$&')}: the file is cut short`))]);
    const clean = await tempFolder();
    await writeFile(join(clean, 'Map.journey'), serializeJourney(mapWith('Map', 1, [])));
    expect(await checkFiles([clean], () => undefined)).toBe(0);
  });
});
