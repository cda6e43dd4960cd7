import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCard } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { computeLayout } from '../../shared/layout/layout';
import { estimateLines } from '../../shared/layout/metrics';
import { openPreview, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { at } from '../helpers/editor';
import { journeyFrom } from '../helpers/journeys';
import { makePng } from '../helpers/png';
import { saveAsInPicker } from '../helpers/save-as';

/** The cards this test adds to the service blueprint, as [lane index, stage index, text], bottom lane first. */
const CARDS = [[10, 1, 'Online check-in'], [2, 1, 'Long wait at the desk'], [0, 0, 'Booking email'], [0, 1, 'Front desk']] as const;

/** Where the page draws those cards: node lays the same journey out (short one-line texts measure the same). */
function plannedLayout() {
  let doc: JourneyDocument = journeyFrom('serviceBlueprint');
  for (const [lane, stage, text] of CARDS) doc = applyChanges(doc, addCard(doc, { laneId: doc.lanes[lane]!.id, stageId: doc.stages[stage]!.id }, text).changes);
  return computeLayout(doc, estimateLines);
}

async function selectCard(page: Page, text: string): Promise<void> {
  const card = plannedLayout().cards.find((c) => c.text === text)!;
  const point = await at(page, card.x + 30, card.y + card.height / 2);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => page.getByTestId('kind-fields').count()).toBe(1);
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const rate = (page: Page, field: string, value: number) =>
  inspector(page).getByRole('group', { name: field }).getByRole('radio', { name: `${value} of 5` }).check();

describe('journey content, in Chromium through the preview server', () => {
  let session: PreviewSession;
  beforeEach(async () => {
    session = await openPreview({ viewport: { width: 1500, height: 1500 } });
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('builds a service blueprint with a persona, rated touchpoints and an action plan, and finds it all after reopening', async () => {
    const { page, folder } = session;
    await page.getByRole('button', { name: /^Service blueprint/ }).click();
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
    const start = computeLayout(journeyFrom('serviceBlueprint'), estimateLines);
    expect(start.blueprintLines.map((l) => l.kind)).toEqual(['interaction', 'visibility', 'internalInteraction']);

    for (const [lane, stage, text] of CARDS) {
      const cell = await at(page, start.columns[stage]!.x + 120, start.lanes[lane]!.y + 40);
      await page.mouse.dblclick(cell.x, cell.y);
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.getByTestId('cards-in-view').locator('li').count()).toBe(4);

    // Touchpoints: channel, online or offline, team, impact and importance.
    await selectCard(page, 'Booking email');
    await inspector(page).getByLabel('Channel', { exact: true }).selectOption({ label: 'Email' });
    await inspector(page).getByRole('radio', { name: 'Online' }).check();
    await inspector(page).getByLabel('Owning team').fill('Reservations');
    await inspector(page).getByLabel('Owning team').press('Enter');
    await rate(page, 'Impact', 4);
    await rate(page, 'Importance', 5);
    await selectCard(page, 'Front desk');
    await inspector(page).getByLabel('Channel', { exact: true }).selectOption({ label: 'Store' });
    await inspector(page).getByRole('radio', { name: 'Offline' }).check();
    await rate(page, 'Impact', 2);
    await rate(page, 'Importance', 3);

    // A pain point with its severity and a customer quote behind it.
    await selectCard(page, 'Long wait at the desk');
    await rate(page, 'Severity', 4);
    await inspector(page).getByRole('button', { name: 'Add a customer quote' }).click();
    const quote = inspector(page).getByRole('group', { name: 'Evidence 1' });
    await quote.getByLabel('Text').fill('“Twenty minutes, and one person at the desk.”');
    await quote.getByLabel('Source').fill('Interview 3');
    await quote.getByLabel('Source').press('Enter');
    await inspector(page).getByRole('radio', { name: 'Observed' }).check();

    // The opportunity addresses that pain point.
    await selectCard(page, 'Online check-in');
    await inspector(page).getByRole('checkbox', { name: /Long wait at the desk/ }).check();
    await inspector(page).getByRole('radio', { name: 'Assumed' }).check();

    // The action plan edits the same opportunity, in the map's own undo history.
    await page.getByRole('button', { name: 'Action plan (1)' }).click();
    const plan = page.getByRole('region', { name: 'Action plan' });
    await expect.poll(() => plan.getByTestId('action-plan-row').textContent()).toContain('Long wait at the desk');
    await plan.getByLabel('Owner of opportunity 1').fill('Kim (Operations)');
    await plan.getByLabel('Owner of opportunity 1').press('Enter');
    await plan.getByLabel('Priority of opportunity 1').selectOption('high');
    const status = plan.getByLabel('Status of opportunity 1');
    await status.selectOption('planned');
    await status.press('Control+z');
    await expect.poll(() => status.inputValue()).toBe('');
    await status.press('Control+Shift+z');
    await expect.poll(() => status.inputValue()).toBe('planned');
    await plan.getByRole('button', { name: /^Priority/ }).click();
    expect(await plan.getByRole('columnheader', { name: /Priority/ }).getAttribute('aria-sort')).toBe('ascending');
    await page.screenshot({ path: join(SCREENSHOTS, 'content-action-plan.png') });
    await plan.getByRole('button', { name: 'Close panel' }).click();

    // A persona with a photo from disk, re-encoded, and its own emotion curve.
    await page.getByRole('button', { name: 'Personas' }).click();
    const personas = page.getByRole('region', { name: 'Personas' });
    await personas.getByRole('button', { name: 'New persona' }).click();
    await personas.getByLabel('Name').fill('Amara, the early riser');
    await personas.getByLabel('Quote').fill('I just want my key and a coffee.');
    await personas.getByLabel('Goals').fill('Check in before the conference starts');
    await personas.getByLabel('Choose a photo…').setInputFiles({ name: 'amara.png', mimeType: 'image/png', buffer: makePng(900, 600) });
    await expect.poll(() => personas.getByRole('img', { name: 'Photo of Amara, the early riser' }).count()).toBe(1);
    await personas.getByRole('button', { name: 'Add an emotion curve' }).click();
    await expect.poll(() => personas.getByText('Has an emotion curve on the map').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'content-persona.png') });
    await personas.getByRole('button', { name: 'Done' }).click();
    await personas.getByRole('button', { name: 'Close panel' }).click();

    // The review date has passed: the band says so in words.
    await page.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('region', { name: 'Journey details' }).getByLabel('Next review').fill('2020-01-31');
    await expect.poll(() => page.getByRole('region', { name: 'Journey content' }).getByTestId('review-status').first().textContent()).toMatch(/Review overdue by \d+ days/);
    await page.getByRole('region', { name: 'Journey details' }).getByRole('button', { name: 'Close panel' }).click();

    await page.getByLabel('Rate touchpoints by').selectOption('impact');
    await page.screenshot({ path: join(SCREENSHOTS, 'content-blueprint-rated.png') });

    await saveAsInPicker(page, 'Hotel blueprint');

    const saved = JSON.parse(await readFile(join(folder, 'Hotel blueprint.journey'), 'utf8')) as JourneyDocument;
    const byText = (text: string) => saved.cards.find((c) => c.text === text)!;
    const channel = (name: string) => saved.channels.find((c) => c.name === name)!.id;
    expect(saved.journey).toMatchObject({ mapType: 'serviceBlueprint', nextReview: '2020-01-31' });
    expect(byText('Booking email')).toMatchObject({ channelId: channel('Email'), mode: 'online', team: 'Reservations', impact: 4, importance: 5 });
    expect(byText('Front desk')).toMatchObject({ channelId: channel('Store'), mode: 'offline', impact: 2, importance: 3 });
    const pain = byText('Long wait at the desk');
    expect(pain).toMatchObject({ severity: 4, confidence: 'observed', evidence: [{ kind: 'quote', text: '“Twenty minutes, and one person at the desk.”', source: 'Interview 3' }] });
    expect(byText('Online check-in')).toMatchObject({ links: [pain.id], owner: 'Kim (Operations)', priority: 'high', status: 'planned', confidence: 'assumed' });
    const [persona] = saved.personas;
    expect(persona).toMatchObject({ name: 'Amara, the early riser', quote: 'I just want my key and a coffee.', goals: 'Check in before the conference starts' });
    expect(saved.journey.personaIds).toEqual([persona!.id]);
    const photo = saved.assets.find((a) => a.id === persona!.photoId)!;
    // Re-encoded: at most 512 px on its longer side, aspect ratio kept, far smaller than the 900 × 600 original.
    expect(photo).toMatchObject({ mimeType: 'image/webp', width: 512, height: 341 });
    expect(Buffer.from(photo.data, 'base64').subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(saved.emotionCurves.find((c) => c.personaId === persona!.id)).toBeDefined();

    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: /Hotel blueprint/ }).click();
    await expect.poll(() => page.getByTestId('persona-chip').textContent()).toContain('Amara, the early riser');
    expect(await page.getByTestId('persona-chip').getByRole('img', { name: 'Photo of Amara, the early riser' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Journey content' }).getByTestId('review-status').textContent()).toMatch(/Review overdue/);
    await page.getByRole('button', { name: 'Action plan (1)' }).click();
    const reopened = page.getByRole('region', { name: 'Action plan' });
    expect(await reopened.getByLabel('Owner of opportunity 1').inputValue()).toBe('Kim (Operations)');
    expect(await reopened.getByLabel('Status of opportunity 1').inputValue()).toBe('planned');
    expect(await reopened.getByTestId('action-plan-row').textContent()).toContain('Long wait at the desk');
    await reopened.getByLabel('Owner of opportunity 1').press('Escape');
    await expect.poll(() => reopened.count()).toBe(0);
    await selectCard(page, 'Booking email');
    expect(await inspector(page).getByRole('group', { name: 'Impact' }).getByRole('radio', { name: '4 of 5' }).isChecked()).toBe(true);
  });
});
