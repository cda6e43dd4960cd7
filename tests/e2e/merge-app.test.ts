import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '../../shared/document/changes';
import { addCard, removeStage, updateCard } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { VersionStore } from '../../main/services/version-store';
import { previewAddress, SCREENSHOTS } from '../helpers/browser';
import { cardsInView, gridJourney } from '../helpers/editor';
import { journeyRepository } from '../helpers/git-journeys';
import { usePreviewSession } from '../helpers/preview-session';

const edit = (doc: JourneyDocument, ...steps: ((d: JourneyDocument) => Change[])[]) => steps.reduce((d, step) => applyChanges(d, step(d)), doc);
const base = gridJourney(['Discover', 'Buy', 'Use'], ['actions'], [[0, 0, 'Reads reviews'], [0, 1, 'Pays online'], [0, 2, 'Calls support']]);
const [discover, buy, use] = base.stages.map((s) => s.id) as [string, string, string];
const lane = base.lanes[0]!.id;
const pays = base.cards.find((c) => c.text === 'Pays online')!.id;

/** The two copies edited apart: different cards, the same card, and "Use" deleted at the office while the train adds to it. */
const office = edit(base, (d) => addCard(d, { stageId: buy, laneId: lane }, 'Added at the office').changes, (d) => updateCard(d, pays, { text: 'Pays at the office' }), (d) => removeStage(d, use));
const train = edit(base, (d) => addCard(d, { stageId: discover, laneId: lane }, 'Added on the train').changes, (d) => updateCard(d, pays, { text: 'Pays on the train' }),
  (d) => addCard(d, { stageId: use, laneId: lane }, 'Added on the train to Use').changes);

async function openMap(session: ReturnType<ReturnType<typeof usePreviewSession>>, path: string, name: string): Promise<void> {
  await session.page.goto(previewAddress(session.server.url, { open: path }));
  await expect.poll(() => session.page.title()).toBe(`${name} — Waymark`);
  await expect.poll(() => session.page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
}

/** Versions > Merge a copy…, the copy picked in the file picker; answers the versions panel. */
async function mergeCopy(page: Page, copy: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Versions' }).click();
  const panel = page.getByRole('region', { name: 'Versions of this map' });
  await panel.getByRole('button', { name: 'Merge a copy…' }).click();
  await page.getByRole('dialog', { name: 'Open a journey' }).getByRole('button', { name: copy, exact: true }).click();
  return panel;
}

describe('two copies edited apart, merged in the app and through git (Chromium through the preview)', () => {
  const session = usePreviewSession();

  it('"Merge a copy…": every edit is kept or shown as a conflict, and the deleted stage the copy added to comes back', async () => {
    const { page, folder } = session();
    const path = join(folder, 'Map.journey');
    await new VersionStore().save(path, base, { name: 'Sent to the client', note: '', author: 'Ana' });
    await cp(join(folder, 'Map.journey.versions'), join(folder, 'Train.journey.versions'), { recursive: true });
    await writeFile(path, serializeJourney(office));
    await writeFile(join(folder, 'Train.journey'), serializeJourney(train));
    await openMap(session(), path, 'Map');
    const panel = await mergeCopy(page, 'Train');
    const status = panel.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Merged the copy “Train” from the version “Sent to the client”: 2 conflicts to settle.');
    expect((await cardsInView(page)).sort()).toEqual(['Added at the office', 'Added on the train', 'Added on the train to Use', 'Pays at the office', 'Reads reviews']);
    const conflicts = panel.getByRole('list', { name: 'Conflicts of the merge' });
    expect(await conflicts.getByRole('listitem').allTextContents()).toEqual([
      'card “Pays at the office” (Buy / actions): text changed in both copiesYour map: “Pays at the office”KeepThe copy “Train”: “Pays on the train”Use this',
      'stage “Use” was deleted in your map, but the card “Added on the train to Use” in the copy “Train” still uses it, so it was keptUnderstood',
    ]);
    // The status counts down as each is settled.
    await conflicts.getByRole('button', { name: 'Use this — the copy “Train”' }).click();
    await expect.poll(() => status.textContent()).toBe('1 conflict left to settle.');
    await expect.poll(() => cardsInView(page)).toContain('Pays on the train');
    await conflicts.getByRole('button', { name: 'Understood' }).click();
    await expect.poll(() => status.textContent()).toBe('Every conflict is settled.');
    expect(await conflicts.count()).toBe(0);
  });

  it('a copy e-mailed as a single file merges record by record, no edit lost; the conflicts read well in Swedish and Greek', async () => {
    const { page, folder } = session();
    const path = join(folder, 'Map.journey');
    await new VersionStore().save(path, base, { name: 'Sent to the client', note: '', author: 'Ana' });
    await writeFile(path, serializeJourney(office));
    // Anna's copy came back by e-mail: one file, no versions folder.
    await writeFile(join(folder, 'Map from Anna.journey'), serializeJourney(train));
    await openMap(session(), path, 'Map');
    const panel = await mergeCopy(page, 'Map from Anna');
    const form = panel.getByRole('form', { name: 'What both copies started from' });
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await form.textContent()).toContain('“Map from Anna” and your map keep no version in common.');
    const startFrom = form.getByRole('combobox', { name: 'Start from' });
    expect(await startFrom.locator('option').allTextContents()).toEqual(['No common version: merge record by record', 'Version “Sent to the client” of this map', 'Another journey file…']);
    await form.getByRole('button', { name: 'Merge' }).click();
    const status = panel.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Merged the copy “Map from Anna” record by record: \d conflicts? to settle\.$/);
    // Nothing either copy holds is lost: the office's deletion of "Use" cannot be told from the train never having had it, so "Use" stays.
    expect((await cardsInView(page)).sort()).toEqual(['Added at the office', 'Added on the train', 'Added on the train to Use', 'Calls support', 'Pays at the office', 'Reads reviews']);
    const conflicts = panel.getByRole('list', { name: 'Conflicts of the merge' });
    expect(await conflicts.getByRole('listitem').first().textContent()).toBe('card “Pays at the office” (Buy / actions): text differs between the copiesYour map: “Pays at the office”KeepThe copy “Map from Anna”: “Pays on the train”Use this');
    await page.screenshot({ path: join(SCREENSHOTS, 'merge-copy-conflicts-en.png') });

    for (const [language, heading, list] of [['sv', 'Versioner av kartan', 'Sammanfogningens konflikter'], ['el', 'Εκδόσεις του χάρτη', 'Συγκρούσεις της συγχώνευσης']] as const) {
      await page.getByTestId('language-select').first().selectOption(language);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      const translated = page.getByRole('region', { name: heading }).getByRole('list', { name: list });
      await expect.poll(() => translated.getByRole('listitem').count()).toBeGreaterThan(0);
      const first = await translated.getByRole('listitem').first().textContent();
      expect(first).toContain(language === 'sv' ? 'Din karta: ”Pays at the office”' : 'Ο χάρτης σας: «Pays at the office»');
      await page.screenshot({ path: join(SCREENSHOTS, `merge-copy-conflicts-${language}.png`) });
    }
  });

  it('an old copy kept as a file is picked as the base; a map with nothing in common merges only after "Merge anyway"', async () => {
    const { page, folder } = session();
    const path = join(folder, 'Map.journey');
    await writeFile(path, serializeJourney(office));
    await writeFile(join(folder, 'Map from Anna.journey'), serializeJourney(train));
    await writeFile(join(folder, 'As sent.journey'), serializeJourney(base));
    await openMap(session(), path, 'Map');
    const panel = await mergeCopy(page, 'Map from Anna');
    const form = panel.getByRole('form', { name: 'What both copies started from' });
    await expect.poll(() => form.isVisible()).toBe(true);
    await form.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Another journey file…' });
    await form.getByRole('button', { name: 'Merge' }).click();
    await page.getByRole('dialog', { name: 'Open a journey' }).getByRole('button', { name: 'As sent', exact: true }).click();
    const status = panel.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Merged the copy “Map from Anna” from the version “As sent”: 2 conflicts to settle.');
    // From the file both started from, the merge is three-way: the office's deletion of "Calls support" holds, as through a shared version.
    expect((await cardsInView(page)).sort()).toEqual(['Added at the office', 'Added on the train', 'Added on the train to Use', 'Pays at the office', 'Reads reviews']);
    expect(await form.count()).toBe(0);

    // Another map altogether: refused in words, merged only when asked again.
    await writeFile(join(folder, 'Other map.journey'), serializeJourney(gridJourney(['Arrive'], ['actions'], [[0, 0, 'Parks the car']])));
    await panel.getByRole('button', { name: 'Merge a copy…' }).click();
    await page.getByRole('dialog', { name: 'Open a journey' }).getByRole('button', { name: 'Other map', exact: true }).click();
    await expect.poll(() => form.isVisible()).toBe(true);
    await form.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => status.textContent()).toBe('“Other map” and your map have no stage, lane or card in common, so they do not look like two copies of one map: merging would put both maps into one. Merge anyway only if that is what you want.');
    expect(await cardsInView(page)).not.toContain('Parks the car');
    await panel.getByRole('button', { name: 'Merge anyway' }).click();
    await expect.poll(() => cardsInView(page)).toContain('Parks the car');
    expect(await status.textContent()).toMatch(/^Merged the copy “Other map” record by record/);
    expect(await panel.getByRole('button', { name: 'Merge anyway' }).count()).toBe(0);
  });

  it('git merge with the driver, then the map opened in the app shows the conflicts file to settle, and removes it when done', async () => {
    const { page, folder } = session();
    const { git, commit } = await journeyRepository(folder);
    await commit(base, 'base');
    await git('checkout', '-q', '-b', 'train');
    await commit(train, 'train');
    await git('checkout', '-q', 'main');
    await commit(office, 'office');
    expect((await git('merge', '-q', 'train')).code).not.toBe(0);
    const path = join(folder, 'Map.journey');
    const list = `${path}.conflicts.json`;
    expect((await stat(list)).isFile()).toBe(true);

    await openMap(session(), path, 'Map');
    const panel = page.getByRole('region', { name: 'Conflicts from a merge' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('git’s merge (through Waymark’s driver) left these conflicts beside the map.');
    expect(await panel.textContent()).toContain('2 conflicts left to settle.');
    const conflicts = panel.getByRole('list', { name: 'Conflicts of the merge' });
    expect(await conflicts.getByRole('listitem').allTextContents()).toEqual([
      'card “Pays at the office” (Buy / actions): text changed in both copiesYour map: “Pays at the office”KeepBranch train: “Pays on the train”Use this',
      'stage “Use” was deleted in your map, but the card “Added on the train to Use” in branch train still uses it, so it was keptUnderstood',
    ]);
    expect((await cardsInView(page)).sort()).toEqual(['Added at the office', 'Added on the train', 'Added on the train to Use', 'Pays at the office', 'Reads reviews']);
    await page.screenshot({ path: join(SCREENSHOTS, 'conflicts-from-cli.png') });
    // The same panel in Swedish and Greek: the branch and the map named in each language's words.
    for (const [language, line] of [['sv', 'Grenen train: ”Pays on the train”'], ['el', 'Ο κλάδος train: «Pays on the train»']] as const) {
      await page.getByTestId('language-select').first().selectOption(language);
      await expect.poll(() => page.locator('.merge-conflicts').first().textContent()).toContain(line);
      await page.screenshot({ path: join(SCREENSHOTS, `conflicts-from-cli-${language}.png`) });
    }
    await page.getByTestId('language-select').first().selectOption('en');
    await expect.poll(() => conflicts.count()).toBe(1);

    await conflicts.getByRole('button', { name: 'Use this — branch train' }).click();
    await expect.poll(() => cardsInView(page)).toContain('Pays on the train');
    await expect.poll(() => panel.getByText('1 conflict left to settle.').count()).toBe(1);
    await conflicts.getByRole('button', { name: 'Understood' }).click();
    await expect.poll(() => panel.getByText('Every conflict is settled.').count()).toBe(1);
    await panel.getByRole('button', { name: 'Remove the conflicts file' }).click();
    await expect.poll(() => panel.getByRole('status').last().textContent()).toBe('The conflicts file was removed.');
    await expect(stat(list)).rejects.toThrow(/ENOENT/);
    // What comes next in git, and the .gitignore lines for what Waymark keeps beside maps.
    const next = panel.getByRole('region', { name: 'Finishing the merge in git' });
    expect(await next.textContent()).toContain('git add "Map.journey"\ngit commit');
    expect(await next.textContent()).toContain('*.journey.bak\n.*.waymark-lock\n.*.waymark-tmp\n*.journey.conflicts.json');
    await page.screenshot({ path: join(SCREENSHOTS, 'conflicts-from-git-settled.png') });
  });

  it('a broken or foreign conflicts file is named, and left exactly as it was', async () => {
    const { page, folder } = session();
    const path = join(folder, 'Map.journey');
    await writeFile(path, serializeJourney(office));
    const list = `${path}.conflicts.json`;
    await writeFile(list, '{"format": "waymark.merge-conflicts", "formatVersion": 1, "merged": ');
    await openMap(session(), path, 'Map');
    const panel = page.getByRole('region', { name: 'Conflicts from a merge' });
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('The conflicts file beside this map (Map.journey.conflicts.json) is damaged: it is not readable JSON. It was left as it is.');

    await writeFile(list, '{"name": "someone else’s tool"}');
    await page.reload();
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('The file Map.journey.conflicts.json beside this map is not a conflicts list written by Waymark. It was left as it is.');
    await page.keyboard.press('Escape');
    expect(await readFile(list, 'utf8')).toBe('{"name": "someone else’s tool"}');
  });
});
