import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCard, removeStage, updateCard } from '../../shared/document/commands';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { conflictFileSchema } from '../../shared/merge/conflict-file';
import { waymark } from '../helpers/cli';
import { journeyRepository } from '../helpers/git-journeys';
import { currentFixtureText } from '../helpers/fixtures';
import { useTempFolders } from '../helpers/temp-folder';

const base = parseJourneyText(currentFixtureText());
const stage = base.stages[0]!;
const other = base.stages[1]!;
const lane = base.lanes.find((l) => l.kind === 'actions')!;
const cardIn = (doc: JourneyDocument, stageId: string) => doc.cards.find((c) => c.stageId === stageId)!;
const edit = (doc: JourneyDocument, ...steps: ((d: JourneyDocument) => Parameters<typeof applyChanges>[1])[]) => steps.reduce((d, step) => applyChanges(d, step(d)), doc);
const cell = (doc: JourneyDocument, stageId: string) => ({ stageId, laneId: lane.id, stepId: doc.steps.find((s) => s.stageId === stageId)?.id });

describe('waymark merge and diff as git drivers, in a real repository', () => {
  const tempFolder = useTempFolders();

  it('two copies edited apart: a clean merge keeps both sides’ cards; conflicting ones list every conflict and keep every edit', async () => {
    const folder = await tempFolder();
    const { git, commit } = await journeyRepository(folder);
    await commit(base, 'base');
    await git('checkout', '-q', '-b', 'train');
    const train = edit(base, (d) => addCard(d, cell(d, other.id), 'Written on the train').changes, (d) => updateCard(d, cardIn(d, other.id).id, { text: 'Train wording' }), (d) => addCard(d, cell(d, stage.id), 'Added to the first stage').changes);
    await commit(train, 'train');
    await git('checkout', '-q', 'main');
    const client = edit(base, (d) => addCard(d, cell(d, other.id), 'Written at the client').changes, (d) => updateCard(d, cardIn(d, other.id).id, { text: 'Client wording' }), (d) => removeStage(d, stage.id));
    await commit(client, 'client');

    expect((await git('merge', '-q', 'train')).code).not.toBe(0);
    const merged = parseJourneyText(await readFile(join(folder, 'Map.journey'), 'utf8'));
    expect(merged.cards.map((c) => c.text)).toEqual(expect.arrayContaining(['Written on the train', 'Written at the client', 'Added to the first stage', 'Client wording']));
    expect(merged.stages.map((s) => s.id)).toContain(stage.id);
    expect(await waymark('check', join(folder, 'Map.journey'))).toMatchObject({ code: 0 });
    const list = conflictFileSchema.parse(JSON.parse(await readFile(join(folder, 'Map.journey.conflicts.json'), 'utf8')));
    expect(list.conflicts).toEqual(expect.arrayContaining([
      { kind: 'both-changed', table: 'cards', id: cardIn(base, other.id).id, field: 'text', base: cardIn(base, other.id).text, ours: 'Client wording', theirs: 'Train wording' },
      { kind: 'restored', table: 'stages', id: stage.id, deletedBy: 'ours' },
    ]));
    expect((await git('status', '--porcelain')).stdout).toContain('UU Map.journey');

    // Resolved (the merged journey as it is), committed; then only different cards: clean.
    await git('add', 'Map.journey');
    await git('commit', '-q', '-m', 'merged');
    await git('checkout', '-q', '-b', 'second');
    await commit(edit(merged, (d) => addCard(d, cell(d, other.id), 'Second train').changes), 'second train');
    await git('checkout', '-q', 'main');
    await commit(edit(merged, (d) => addCard(d, cell(d, other.id), 'Second client').changes), 'second client');
    expect((await git('merge', '-q', '--no-edit', 'second')).code).toBe(0);
    const clean = parseJourneyText(await readFile(join(folder, 'Map.journey'), 'utf8'));
    expect(clean.cards.map((c) => c.text)).toEqual(expect.arrayContaining(['Second train', 'Second client']));

    // git diff through the driver: a change list, not JSON.
    const diff = await git('diff', '--ext-diff', 'HEAD~1', 'HEAD', '--', 'Map.journey');
    expect(diff.stdout).toContain('waymark diff Map.journey');
    expect(diff.stdout).toMatch(/card added: “Second (train|client)”/);
  });

  it('waymark diff lists added, removed, changed and moved records by name', async () => {
    const folder = await tempFolder();
    const card = cardIn(base, other.id);
    const after = edit(base, (d) => updateCard(d, card.id, { text: 'New words' }), (d) => removeStage(d, stage.id), (d) => addCard(d, cell(d, other.id), 'Fresh').changes);
    await writeFile(join(folder, 'a.journey'), serializeJourney(base));
    await writeFile(join(folder, 'b.journey'), serializeJourney(after));
    const result = await waymark('diff', join(folder, 'a.journey'), join(folder, 'b.journey'));
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(`card “New words” (${other.name} / ${base.lanes.find((l) => l.id === card.laneId)!.name}): text changed`);
    expect(lines).toContain(`stage removed: “${stage.name}”`);
    expect(lines).toContain(`card added: “Fresh” (${other.name} / ${lane.name})`);
  });

  it('waymark diff --pdf writes the comparison as a PDF whose text is text', async () => {
    const folder = await tempFolder();
    const card = cardIn(base, other.id);
    const after = edit(base, (d) => updateCard(d, card.id, { text: 'New words' }), (d) => addCard(d, cell(d, other.id), 'Fresh').changes);
    await writeFile(join(folder, 'before.journey'), serializeJourney(base));
    await writeFile(join(folder, 'after.journey'), serializeJourney(after));
    const result = await waymark('diff', join(folder, 'before.journey'), join(folder, 'after.journey'), '--pdf', join(folder, 'review.pdf'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('card added: “Fresh”');
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', join(folder, 'review.pdf'), '-']);
    expect(stdout).toContain('Comparison before to after');
    expect(stdout).toContain('card added: “Fresh”');
    expect(stdout).toContain('New words');
    expect((await waymark('diff', join(folder, 'before.journey'), join(folder, 'after.journey'), '--pdf')).code).toBe(2);
  });
});
