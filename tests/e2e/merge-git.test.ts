import { execFile } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCard, removeStage, updateCard } from '../../shared/document/commands';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { conflictFileSchema } from '../../shared/merge/conflict-file';
import { waymark } from '../helpers/cli';
import { gridJourney } from '../helpers/editor';
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
      { kind: 'restored', table: 'stages', id: stage.id, deletedBy: 'ours', usedBy: { table: 'cards', id: train.cards.find((c) => c.text === 'Added to the first stage')!.id } },
    ]));
    // The sides as the person merging knows them: their map and the branch merged in, never git's temp files.
    expect(list).toMatchObject({ formatVersion: 2, git: true, sides: { ours: { kind: 'yours' }, theirs: { kind: 'branch', name: 'train' } } });
    expect(JSON.stringify(list)).not.toContain('.merge_file_');
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

  it('a repository that commits the conflicts file as a symbolic link: the link and its target stay untouched, and the merge says so', async () => {
    const folder = await tempFolder();
    const repo = join(folder, 'repo');
    await mkdir(repo);
    const { git, commit } = await journeyRepository(repo);
    // A hostile repository points the conflicts file at a file the user sources, outside the repository.
    const target = join(folder, 'home', '.profile');
    await mkdir(dirname(target));
    const profile = 'export PATH="$HOME/bin:$PATH"\n';
    await writeFile(target, profile);
    const link = join(repo, 'Map.journey.conflicts.json');
    await symlink(target, link);
    await git('add', 'Map.journey.conflicts.json');
    // A map title that would run a command if the file were ever sourced.
    const hostile = { ...base, journey: { ...base.journey, title: '$(touch pwned)' } };
    await commit(hostile, 'base');
    await git('checkout', '-q', '-b', 'train');
    const card = cardIn(hostile, other.id);
    await commit(edit(hostile, (d) => updateCard(d, card.id, { text: 'Train wording' })), 'train');
    await git('checkout', '-q', 'main');
    await commit(edit(hostile, (d) => updateCard(d, card.id, { text: 'Client wording' })), 'client');

    const merge = await git('merge', 'train');
    expect(merge.code).not.toBe(0);
    expect(merge.stderr).toContain('Map.journey.conflicts.json is a symbolic link: Waymark neither writes through it nor removes it, and left it as it is');
    // The conflict is still said, in the terminal, and the map is merged and valid.
    expect(merge.stderr).toContain('text changed in both copies — your map: “Client wording”; branch train: “Train wording”');
    expect(merge.stderr).toContain('listed above only');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe(profile);
    expect(await waymark('check', join(repo, 'Map.journey'))).toMatchObject({ code: 0 });
    expect(await readdir(repo)).not.toContain('pwned');
    // A clean merge later leaves the link alone too (it is not Waymark's to remove).
    await git('checkout', '--', '.');
    await git('merge', '--abort');
    await git('checkout', '-q', '-b', 'second', 'train');
    await commit(edit(hostile, (d) => updateCard(d, card.id, { text: 'Train wording' }), (d) => addCard(d, cell(d, other.id), 'Second train').changes), 'second');
    await git('checkout', '-q', 'train');
    expect((await git('merge', '-q', 'second')).code).toBe(0);
    expect(await readlink(link)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe(profile);
  });

  it('a conflicts file committed as a symbolic link loop, or someone else’s file, is named in words and left as it is', async () => {
    const folder = await tempFolder();
    const { git, commit } = await journeyRepository(folder);
    const list = join(folder, 'Map.journey.conflicts.json');
    await symlink('Map.journey.conflicts.json', list);
    await git('add', 'Map.journey.conflicts.json');
    await commit(base, 'base');
    const card = cardIn(base, other.id);
    await git('checkout', '-q', '-b', 'train');
    await commit(edit(base, (d) => updateCard(d, card.id, { text: 'Train wording' })), 'train');
    await git('checkout', '-q', 'main');
    await commit(edit(base, (d) => updateCard(d, card.id, { text: 'Client wording' })), 'client');
    const merge = await git('merge', 'train');
    expect(merge.code).not.toBe(0);
    expect(merge.stderr).toContain('Map.journey.conflicts.json is a symbolic link');
    expect(merge.stderr).not.toMatch(/internal|ELOOP|Error:/);
    expect(await readlink(list)).toBe('Map.journey.conflicts.json');

    // Not a link but another tool's JSON under that name: not written over, not removed.
    await git('merge', '--abort');
    await rm(list);
    await writeFile(list, '{"tool": "someone else"}\n');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'foreign list');
    const again = await git('merge', 'train');
    expect(again.stderr).toContain('Map.journey.conflicts.json is not a conflicts list written by Waymark: it was left as it is');
    expect(await readFile(list, 'utf8')).toBe('{"tool": "someone else"}\n');
  });

  it('waymark merge OURS THEIRS without a base: a copy that came back by e-mail merges record by record, no edit lost', async () => {
    const folder = await tempFolder();
    const card = cardIn(base, other.id);
    const mine = edit(base, (d) => updateCard(d, card.id, { text: 'Office wording' }), (d) => addCard(d, cell(d, other.id), 'Written at the office').changes, (d) => removeStage(d, stage.id));
    const mailed = edit(base, (d) => updateCard(d, card.id, { text: 'Client wording' }), (d) => addCard(d, cell(d, other.id), 'Written at the client').changes);
    await writeFile(join(folder, 'Map.journey'), serializeJourney(mine));
    await writeFile(join(folder, 'Map from Anna.journey'), serializeJourney(mailed));
    const result = await waymark('merge', join(folder, 'Map.journey'), join(folder, 'Map from Anna.journey'), '-o', join(folder, 'Merged.journey'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('text differs between the copies — the file “Map.journey”: “Office wording”; the file “Map from Anna.journey”: “Client wording”');
    const merged = parseJourneyText(await readFile(join(folder, 'Merged.journey'), 'utf8'));
    // What only one copy has is kept (without a base, the office's deletion cannot be told from the copy never having had it).
    expect(merged.cards.map((c) => c.text)).toEqual(expect.arrayContaining(['Office wording', 'Written at the office', 'Written at the client', ...base.cards.filter((c) => c.stageId === stage.id).map((c) => c.text)]));
    const list = conflictFileSchema.parse(JSON.parse(await readFile(join(folder, 'Merged.journey.conflicts.json'), 'utf8')));
    expect(list.sides.base).toBeNull();
    expect(list.conflicts).toContainEqual({ kind: 'both-changed', table: 'cards', id: card.id, field: 'text', ours: 'Office wording', theirs: 'Client wording' });
    expect(await waymark('check', join(folder, 'Merged.journey'))).toMatchObject({ code: 0 });
  });

  it('waymark merge refuses unrelated maps (unless --force) and an id of two kinds, and never writes through a link, into a FIFO or over another file', async () => {
    const folder = await tempFolder();
    const at = (name: string) => join(folder, name);
    await writeFile(at('Map.journey'), serializeJourney(base));
    const unrelated = gridJourney(['Before', 'During', 'After'], ['actions'], [[0, 0, 'Another map’s card']]);
    await writeFile(at('Other.journey'), serializeJourney(unrelated));
    const refused = await waymark('merge', at('Map.journey'), at('Other.journey'), '-o', at('Out.journey'));
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.stderr).toContain('have no stage, lane or card in common, so they are not two copies of one map. To merge them anyway, add --force.');
    await expect(stat(at('Out.journey'))).rejects.toThrow(/ENOENT/);
    // Forced, both maps go into one (their titles and details conflict: ours is kept, theirs listed).
    expect(await waymark('merge', at('Map.journey'), at('Other.journey'), '-o', at('Out.journey'), '--force')).toMatchObject({ code: 1 });
    expect(parseJourneyText(await readFile(at('Out.journey'), 'utf8')).cards).toHaveLength(base.cards.length + 1);

    const lane = base.lanes[0]!;
    await writeFile(at('Clash.journey'), serializeJourney({ ...base, cards: base.cards.map((c, i) => (i === 0 ? { ...c, id: lane.id } : c)) }));
    const clash = await waymark('merge', at('Map.journey'), at('Clash.journey'), '-o', at('Out2.journey'));
    expect(clash).toMatchObject({ code: 2 });
    expect(clash.stderr).toContain(`the id ${lane.id} names both a lane and a card`);

    // -o naming a link: neither the link nor its target is written.
    await writeFile(at('target.txt'), 'keep me\n');
    await symlink(at('target.txt'), at('Link.journey'));
    const linked = await waymark('merge', at('Map.journey'), at('Map.journey'), '-o', at('Link.journey'));
    expect(linked).toMatchObject({ code: 2 });
    expect(linked.stderr).toContain('Link.journey is a symbolic link: Waymark neither writes through it nor removes it');
    expect(await readFile(at('target.txt'), 'utf8')).toBe('keep me\n');
    // -o naming someone else's file: left as it is.
    await writeFile(at('Notes.journey'), 'my notes, not a map\n');
    expect((await waymark('merge', at('Map.journey'), at('Map.journey'), '-o', at('Notes.journey'))).stderr).toContain('exists and is not a file Waymark wrote');
    expect(await readFile(at('Notes.journey'), 'utf8')).toBe('my notes, not a map\n');
    // A FIFO where the list goes: answered at once, never opened, the conflicts still printed.
    const card = cardIn(base, other.id);
    await writeFile(at('A.journey'), serializeJourney(edit(base, (d) => updateCard(d, card.id, { text: 'A' }))));
    await writeFile(at('B.journey'), serializeJourney(edit(base, (d) => updateCard(d, card.id, { text: 'B' }))));
    await promisify(execFile)('mkfifo', [at('Piped.journey.conflicts.json')]);
    const piped = await waymark('merge', at('Map.journey'), at('A.journey'), at('B.journey'), '-o', at('Piped.journey'));
    expect(piped.code).toBe(1);
    expect(piped.stderr).toContain('Piped.journey.conflicts.json is not a regular file (a folder, a pipe or a device): Waymark left it as it is');
    expect(piped.stderr).toContain('listed above only');
    expect((await lstat(at('Piped.journey.conflicts.json'))).isFIFO()).toBe(true);
    // A loop of links as a copy: said in words, no errno, no internal error.
    await symlink(at('Loop.journey'), at('Loop.journey'));
    const loop = await waymark('merge', at('Loop.journey'), at('Map.journey'), '-o', at('Out3.journey'));
    expect(loop).toMatchObject({ code: 2 });
    expect(loop.stderr.trim()).toBe(`${at('Loop.journey')} is a loop of symbolic links: Waymark cannot read or write it`);
    for (const output of [refused, clash, linked, piped, loop]) expect(output.stderr).not.toMatch(/internal|ELOOP|EEXIST|Error:/);
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
    expect(lines).toContain(`card (${other.name} / ${base.lanes.find((l) => l.id === card.laneId)!.name}): text “${card.text}” → “New words”`);
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
    // The list says old → new in the PDF too (the arrow from Noto Emoji: Noto Sans has none).
    expect(stdout.replace(/\s+/g, ' ')).toContain(`text “${card.text}” ➡ “New words”`);
    expect((await waymark('diff', join(folder, 'before.journey'), join(folder, 'after.journey'), '--pdf')).code).toBe(2);
  });
});
