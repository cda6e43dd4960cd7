import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLibrary } from '../../main/services/persona-library';
import { applyChanges } from '../../shared/document/changes';
import { addCard, updateMeta } from '../../shared/document/commands';
import { sortByOrder } from '../../shared/document/order';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { addSharedPersona, emptyLibrary, withEntry, type PersonaLibrary, type SharedPersona } from '../../shared/workspace/persona-library';
import { closeChecked, openPreview, previewAddress, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { journeyFrom } from '../helpers/journeys';

const PHOTO = {
  mimeType: 'image/png' as const, width: 1, height: 1,
  // A 1x1 orange PNG.
  data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
};
const ANA: SharedPersona = { id: 'shared-ana', name: 'Ana Berg', quote: 'I want it simple', goals: 'Pay on time', photo: PHOTO };
const BO: SharedPersona = { id: 'shared-bo', name: 'Bo Lind', quote: 'Call me back' };

type Opportunity = [text: string, owner: string, status: 'idea' | 'planned'];

/** A map titled `title` with opportunities and pain points (stage index, severity) for the shared personas given. */
function map(title: string, personas: SharedPersona[], opportunities: Opportunity[] = [], pains: [number, number][] = []): JourneyDocument {
  let doc = journeyFrom('journey8');
  doc = applyChanges(doc, updateMeta(doc, { title }));
  const lane = (kind: string) => doc.lanes.find((l) => l.kind === kind)!;
  const stages = sortByOrder(doc.stages);
  for (const [text, owner, status] of opportunities) doc = applyChanges(doc, addCard(doc, { stageId: stages[2]!.id, laneId: lane('opportunities').id }, text, { owner, status, priority: 'high' }).changes);
  for (const [stage, severity] of pains) doc = applyChanges(doc, addCard(doc, { stageId: stages[stage]!.id, laneId: lane('painPoints').id }, 'Waits', { severity }).changes);
  for (const persona of personas) doc = applyChanges(doc, addSharedPersona(doc, persona)!.changes);
  return doc;
}

const read = async (path: string): Promise<JourneyDocument> => JSON.parse(await readFile(path, 'utf8')) as JourneyDocument;
const library = async (folder: string): Promise<PersonaLibrary> => JSON.parse(await readFile(join(folder, 'personas.waymark-personas'), 'utf8')) as PersonaLibrary;
const quoteOf = async (path: string, sharedId: string) => (await read(path)).personas.find((p) => p.sharedId === sharedId)?.quote;

describe('a workspace of maps in the app (Chromium through the preview)', () => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await closeChecked(session);
    session = null;
  });

  async function workspace(): Promise<{ folder: string; paths: Record<'overview' | 'onboarding' | 'support' | 'broken', string> }> {
    session = await openPreview({ viewport: { width: 1400, height: 900 } });
    const { folder } = session;
    await writeLibrary(folder, withEntry(withEntry(emptyLibrary(), ANA), BO));
    const paths = {
      overview: join(folder, 'Overview.journey'), onboarding: join(folder, 'Onboarding.journey'),
      support: join(folder, 'Support.journey'), broken: join(folder, 'Broken.journey'),
    };
    await writeFile(paths.overview, serializeJourney(map('Overview', [ANA], [['Shorter sign-up', 'Eva', 'idea']], [[0, 5], [0, 4], [3, 2]])));
    await writeFile(paths.onboarding, serializeJourney(map('Onboarding', [ANA, BO], [['Welcome call', 'Jon', 'idea'], ['Video guide', 'Eva', 'planned']], [[1, 3]])));
    await writeFile(paths.support, serializeJourney(map('Support', [BO, ANA], [['Callback queue', 'Jon', 'idea']], [[4, 5], [4, 5], [4, 5], [5, 1]])));
    await writeFile(paths.broken, '{"format": "waymark.journey", "formatVersion": 3');
    return { folder, paths };
  }

  async function open(path: string, title: string): Promise<void> {
    const page = session!.page;
    await page.goto(previewAddress(session!.server.url, { open: path }));
    await expect.poll(() => page.title()).toBe(`${title} — Waymark`);
  }

  it('editing a shared persona in one map rewrites the other maps that use it; undo puts every file back; a broken map is left alone', async () => {
    const { folder, paths } = await workspace();
    const brokenBefore = await readFile(paths.broken, 'utf8');
    await open(paths.overview, 'Overview');
    const page = session!.page;
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Personas' });
    await expect.poll(() => panel.locator('.shared-chip').count()).toBe(1);
    await expect.poll(() => panel.getByRole('button', { name: 'Use Bo Lind on this map' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-shared-persona-panel.png') });

    await panel.getByRole('button', { name: 'Edit: Ana Berg' }).click();
    const quote = panel.getByRole('textbox', { name: 'Quote' });
    await quote.fill('Fewer forms, please');
    await quote.press('Enter');
    await expect.poll(() => quoteOf(paths.onboarding, ANA.id), { timeout: 10_000 }).toBe('Fewer forms, please');
    await expect.poll(() => quoteOf(paths.support, ANA.id)).toBe('Fewer forms, please');
    expect((await library(folder)).personas.find((p) => p.id === ANA.id)?.quote).toBe('Fewer forms, please');
    // The other persona and the broken map are as they were; the page says what it left alone.
    expect(await quoteOf(paths.onboarding, BO.id)).toBe('Call me back');
    expect(await readFile(paths.broken, 'utf8')).toBe(brokenBefore);
    await expect.poll(() => page.getByText(/Updated the shared persona in 2 other maps/).count()).toBe(1);
    await expect.poll(() => page.getByText(/Left Broken\.journey as it was/).count()).toBe(1);

    // Undo in the open map takes the library and the other maps back too.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => quoteOf(paths.onboarding, ANA.id), { timeout: 10_000 }).toBe('I want it simple');
    await expect.poll(() => quoteOf(paths.support, ANA.id)).toBe('I want it simple');
    expect((await library(folder)).personas.find((p) => p.id === ANA.id)).toEqual(ANA);
    await expect.poll(() => quoteOf(paths.overview, ANA.id), { timeout: 10_000 }).toBe('I want it simple');
  });

  it('a map whose shared persona differs from the library offers to update it, as one undoable change', async () => {
    const { folder, paths } = await workspace();
    await writeLibrary(folder, withEntry(withEntry(emptyLibrary(), { ...ANA, quote: 'Changed in the library' }), BO));
    await open(paths.support, 'Support');
    const page = session!.page;
    await page.getByRole('button', { name: 'Update from the library' }).click();
    await expect.poll(() => quoteOf(paths.support, ANA.id), { timeout: 10_000 }).toBe('Changed in the library');
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => quoteOf(paths.support, ANA.id), { timeout: 10_000 }).toBe('I want it simple');
    // Undoing the pull never pushes the old copy out to the library.
    expect((await library(folder)).personas[0]?.quote).toBe('Changed in the library');
  });

  it('the roll-up filters every map’s opportunities and an edited status lands in that map’s file; the heat view opens a stage', async () => {
    const { paths } = await workspace();
    const overviewBefore = await readFile(paths.overview, 'utf8');
    await open(paths.overview, 'Overview');
    const page = session!.page;
    await page.getByRole('button', { name: 'Workspace roll-up' }).click();
    const dialog = page.getByRole('dialog', { name: /^Workspace roll-up/ });
    await expect.poll(() => dialog.getByTestId('rollup-row').count()).toBe(4);
    await dialog.getByRole('combobox', { name: 'Owner', exact: true }).selectOption('Jon');
    await expect.poll(() => dialog.getByTestId('rollup-row').count()).toBe(2);
    await dialog.getByRole('combobox', { name: 'Persona', exact: true }).selectOption('Bo Lind');
    await expect.poll(() => dialog.getByTestId('rollup-row').allTextContents()).toEqual([expect.stringContaining('Welcome call'), expect.stringContaining('Callback queue')]);
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-rollup-plan.png') });

    const support = dialog.getByTestId('rollup-row').filter({ hasText: 'Callback queue' });
    await support.getByRole('combobox', { name: /^Status of opportunity/ }).selectOption('inProgress');
    await expect.poll(async () => (await read(paths.support)).cards.find((c) => c.text === 'Callback queue')?.status).toBe('inProgress');
    expect(await readFile(paths.overview, 'utf8')).toBe(overviewBefore);
    expect((await read(paths.onboarding)).cards.find((c) => c.text === 'Welcome call')?.status).toBe('idea');
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('Saved in Support.journey.');
    await expect.poll(() => dialog.getByText(/Broken\.journey/).count()).toBe(1);

    await dialog.getByRole('tab', { name: 'Pain-point heat' }).click();
    await expect.poll(() => dialog.getByTestId('heat-row').count()).toBe(3);
    const supportRow = dialog.getByTestId('heat-row').filter({ hasText: 'Support' });
    await expect.poll(() => supportRow.locator('.heat-count').nth(4).textContent()).toBe('3');
    expect(await supportRow.locator('.heat-cell').nth(4).getAttribute('class')).toContain('level-4');
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-heat-view.png') });
    const stage5 = sortByOrder((await read(paths.support)).stages)[4]!;
    // Named by what the cell shows (stage, count), then the whole sentence (WCAG 2.5.3, label in name).
    await supportRow.getByRole('button', { name: new RegExp(`^${stage5.name}\\s*3\\s*: Support, ${stage5.name}: 3 pain points`) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('Support — Waymark');
    await expect.poll(() => page.getByRole('textbox', { name: 'Name' }).first().inputValue()).toBe(stage5.name);
  });

  it('the start screen opens the roll-up of the folder; Escape closes it and the keyboard is back on its button', async () => {
    await workspace();
    const page = session!.page;
    await page.goto(session!.server.url);
    const button = page.getByRole('button', { name: 'Workspace roll-up' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Workspace roll-up/ });
    await expect.poll(() => dialog.getByTestId('rollup-row').count()).toBe(4);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

describe('metrics from survey results in the app', () => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await closeChecked(session);
    session = null;
  });

  it('picks the file in the preview\'s picker, keeps a row\'s good values and names the bad cell, applies as one change, closes with the keyboard, and undo takes it all back', async () => {
    session = await openPreview({ viewport: { width: 1400, height: 900 } });
    const doc = map('Survey map', []);
    const path = join(session.folder, 'Survey map.journey');
    await writeFile(path, serializeJourney(doc));
    const [s1, s2, s3] = sortByOrder(doc.stages).map((s) => s.name);
    await writeFile(join(session.folder, 'survey.csv'), [
      'Date,Stage,NPS,CSAT,Churn',
      `2026-01-10,${s1!.toUpperCase()},10,70,3`,
      `2026-03-01, ${s1!.toLowerCase()} ,30,80,2.5`,
      `2026-03-01,${s2},-5,4.5,`,
      '2026-03-01,Checkout,12,80,1',
      `2026-03-01,${s3},lots,80,1`,
      `2026-03-01,${s3},20,180,1`,
    ].join('\n'));
    const page = session.page;
    await page.goto(previewAddress(session.server.url, { open: path }));
    await expect.poll(() => page.title()).toBe('Survey map — Waymark');
    await page.getByRole('button', { name: 'Metrics', exact: true }).click();
    await page.getByRole('button', { name: 'Import survey results…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import metrics from survey results' });
    const choose = dialog.getByRole('button', { name: 'Choose a file…' });
    // The keyboard starts on "Choose a file…"; in the preview it opens the in-page picker over
    // the dialog, listing the files an import reads (not the journeys); Escape closes only it.
    await expect.poll(() => choose.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Choose a file to import' });
    await expect.poll(() => picker.getByRole('button', { name: 'survey.csv' }).isVisible()).toBe(true);
    expect(await picker.getByRole('listitem').allTextContents()).toEqual(['survey.csv']);
    await page.keyboard.press('Escape');
    await expect.poll(() => picker.count()).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    await expect.poll(() => choose.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.getByRole('button', { name: 'survey.csv' }).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByTestId('metrics-file').textContent()).toBe('survey.csv');
    // A bad cell leaves out that value alone; an unknown stage, its row.
    await expect.poll(() => dialog.getByTestId('metrics-issue').allTextContents()).toEqual([
      'Row 5: “Checkout” is not a stage of this map',
      'Row 6: NPS: “lots” is not a number',
      'Row 7: CSAT: 180 is outside 0 to 100',
    ]);
    expect(await dialog.getByRole('alert').locator('p').textContent()).toBe('3 problems in the file; only what they name is left out:');
    await expect.poll(() => dialog.getByTestId('metrics-change').count()).toBe(8);
    expect(await dialog.getByTestId('metrics-change').first().textContent()).toBe(`${s1}NPS (new lane)— → 30from 2026-03-01`);
    // Row 6's CSAT and churn and row 7's NPS still count.
    expect(await dialog.getByTestId('metrics-change').filter({ hasText: s3! }).allTextContents()).toEqual([
      `${s3}NPS (new lane)— → 20from 2026-03-01`, `${s3}CSAT (new lane)— → 80from 2026-03-01`, `${s3}Churn (new lane)— → 1from 2026-03-01`,
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-metrics-import.png') });
    await dialog.getByRole('radio', { name: 'Average them' }).check();
    await expect.poll(() => dialog.getByTestId('metrics-change').first().textContent()).toBe(`${s1}NPS (new lane)— → 20from 2 rows`);
    await dialog.getByRole('button', { name: 'Apply to the map' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Set 8 values; undo takes the whole import back.');
    // Applied: Cancel has become Close and has the keyboard.
    const close = dialog.getByRole('button', { name: 'Close', exact: true });
    await expect.poll(() => close.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    // What was applied stays listed, old → new.
    expect(await dialog.getByTestId('metrics-change').first().textContent()).toBe(`${s1}NPS (new lane)— → 20from 2 rows`);
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-metrics-applied.png') });

    const metricsOf = async () => {
      const saved = await read(path);
      return sortByOrder(saved.lanes).filter((l) => l.kind === 'metrics').map((l) => [l.name, l.unit, saved.metricValues.filter((m) => m.laneId === l.id).map((m) => m.value).sort((a, b) => a - b)]);
    };
    await expect.poll(metricsOf, { timeout: 10_000 }).toEqual([['NPS', 'NPS', [-5, 20, 20]], ['CSAT', '%', [4.5, 75, 80]], ['Churn', '%', [1, 2.75]]]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(metricsOf, { timeout: 10_000 }).toEqual([]);
  });
});
