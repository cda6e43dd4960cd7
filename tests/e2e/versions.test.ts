import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCard, updateCard } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { SCREENSHOTS } from '../helpers/browser';
import { at, cardsInView, gridJourney, layoutOf, withOpenJourney } from '../helpers/editor';

/** Retypes a card's text on the map, by double-click and keyboard. */
async function reword(page: Page, text: string, replacement: string): Promise<void> {
  const card = layoutOf(doc).cards.find((c) => c.text === text)!;
  const point = await at(page, card.x + 30, card.y + card.height / 2);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(replacement);
  await page.keyboard.press('Enter');
}

const doc = gridJourney(['Discover', 'Buy'], ['actions'], [[0, 0, 'Reads reviews'], [0, 1, 'Pays online']]);

describe('named versions in the app (Chromium through the preview)', () => {
  const open = withOpenJourney(doc, 'Bike');

  it('saves a version, lists the changes since it, restores it as one undoable change', async () => {
    const { page, folder } = open.session;
    const panel = page.getByRole('region', { name: 'Versions of this map' });
    await page.getByRole('button', { name: 'Versions' }).click();
    await panel.getByRole('textbox', { name: 'Version name' }).fill('Before the workshop');
    await panel.getByRole('textbox', { name: 'Note (optional)' }).fill('As sent to the client');
    await panel.getByRole('button', { name: 'Save a version' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Version “Before the workshop” saved.');
    await expect.poll(() => panel.getByRole('list', { name: 'Saved versions, newest first' }).getByRole('listitem').count()).toBe(1);
    expect((await readdir(join(folder, 'Bike.journey.versions'))).filter((n) => n.endsWith('.journey'))).toHaveLength(1);
    await page.keyboard.press('Escape');

    // Reword a card on the map.
    await reword(page, 'Reads reviews', 'Compares prices');
    await expect.poll(() => cardsInView(page)).toContain('Compares prices');

    await page.getByRole('button', { name: 'Versions' }).click();
    await panel.getByRole('button', { name: 'Changes since' }).click();
    await expect.poll(() => panel.getByRole('region', { name: 'Changes since “Before the workshop”' }).textContent())
      .toContain('card (Discover / actions): text “Reads reviews” → “Compares prices”');
    await page.screenshot({ path: join(SCREENSHOTS, 'versions-panel.png') });

    page.once('dialog', (dialog) => void dialog.accept());
    await panel.getByRole('button', { name: 'Restore…' }).click();
    await expect.poll(() => cardsInView(page)).toContain('Reads reviews');
    expect(await cardsInView(page)).not.toContain('Compares prices');
    await page.keyboard.press('Escape');
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cardsInView(page)).toContain('Compares prices');
  });

  it('a quarterly review ("Mark reviewed today") keeps the map as a review version', async () => {
    const { page } = open.session;
    await page.getByRole('button', { name: 'Details' }).click();
    const details = page.getByRole('region', { name: 'Journey details' });
    await details.getByRole('button', { name: 'Mark reviewed today' }).click();
    await expect.poll(() => details.getByText(/^Version “Review \d{4}-\d{2}-\d{2}” saved\.$/).count()).toBe(1);
    await page.getByRole('button', { name: 'Versions' }).click();
    const list = page.getByRole('region', { name: 'Versions of this map' }).getByRole('list', { name: 'Saved versions, newest first' });
    await expect.poll(() => list.getByRole('listitem').first().textContent()).toMatch(/^Review \d{4}-\d{2}-\d{2}Review/);
  });

  it('merges another copy from the version both keep: its new card arrives, the card both changed is a conflict to settle', async () => {
    const { page, folder } = open.session;
    const panel = page.getByRole('region', { name: 'Versions of this map' });
    await page.getByRole('button', { name: 'Versions' }).click();
    await panel.getByRole('textbox', { name: 'Version name' }).fill('Sent to the client');
    await panel.getByRole('button', { name: 'Save a version' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Version “Sent to the client” saved.');
    await page.keyboard.press('Escape');

    // The copy taken on the train: the map and its versions folder, then edited there.
    await cp(join(folder, 'Bike.journey.versions'), join(folder, 'Train.journey.versions'), { recursive: true });
    const train = JSON.parse(await readFile(join(folder, 'Bike.journey'), 'utf8')) as JourneyDocument;
    const reviews = train.cards.find((c) => c.text === 'Reads reviews')!;
    const edited = applyChanges(applyChanges(train, updateCard(train, reviews.id, { text: 'Asks a friend' })),
      addCard(train, { stageId: reviews.stageId, laneId: reviews.laneId }, 'Written on the train').changes);
    await writeFile(join(folder, 'Train.journey'), serializeJourney(edited));

    // Meanwhile at the office: the same card reworded differently.
    await reword(page, 'Reads reviews', 'Compares prices');

    await page.getByRole('button', { name: 'Versions' }).click();
    await panel.getByRole('button', { name: 'Merge a copy…' }).click();
    const picker = page.getByRole('dialog', { name: 'Open a journey' });
    await picker.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Merged the copy “Train” from the version “Sent to the client”: 1 conflict to settle.');
    await expect.poll(() => cardsInView(page)).toContain('Written on the train');
    const conflicts = panel.getByRole('list', { name: 'Conflicts of the merge' });
    expect(await conflicts.getByRole('listitem').textContent()).toBe(
      'card “Compares prices” (Discover / actions): text changed in both copiesYour map: “Compares prices”KeepThe copy “Train”: “Asks a friend”Use this');
    await page.screenshot({ path: join(SCREENSHOTS, 'merge-conflicts.png') });
    await conflicts.getByRole('button', { name: 'Use this — the copy “Train”' }).click();
    await expect.poll(() => cardsInView(page)).toContain('Asks a friend');
    expect(await conflicts.count()).toBe(0);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Every conflict is settled.');
  });
});
