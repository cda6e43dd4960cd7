import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { setEmotion } from '../../shared/document/commands';
import { sortByOrder } from '../../shared/document/order';
import type { JourneyDocument } from '../../shared/document/schema';
import { emotionY } from '../../shared/layout/layout';
import { focusRect, focusViewport } from '../../shared/presentation/focus';
import { SHOW_ZOOM, walkSteps } from '../../shared/presentation/walkthrough';
import type { PreviewSession } from '../helpers/browser';
import { cardsInView, drag, gridJourney, layoutOf, openPreviewOn } from '../helpers/editor';
import { journeyFrom } from '../helpers/journeys';

const doc = journeyFrom('retail');
const stages = sortByOrder(doc.stages);
const lane = (name: string) => doc.lanes.find((l) => l.name === name)!;
const visitStore = stages.find((s) => s.name === 'Visit the store')!;
const curve = doc.emotionCurves[0]!;
const emotionAtStore = doc.emotionPoints.find((p) => p.curveId === curve.id && p.stageId === visitStore.id)!.value;

const stepLabel = (page: Page) => page.getByTestId('show-step').textContent();
const stageList = (page: Page) => page.getByRole('list', { name: 'Stages' }).locator('li > :first-child').allTextContents();
const inFocus = (page: Page) => page.getByTestId('cards-in-focus').locator('li').allTextContents();
const onDisk = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as JourneyDocument;

describe('saved views and live edits while presenting', () => {
  let session: PreviewSession;
  let path: string;
  beforeEach(async () => {
    ({ session, path } = await openPreviewOn(doc, 'retail', { viewport: { width: 1600, height: 900 } }));
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('saves a view in the journey, presents it, takes edits from the room (undoable), and saves them', async () => {
    const { page } = session;
    // Saved by hand only, so the file shows what Ctrl+S wrote while presenting.
    await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
    await page.getByRole('button', { name: 'Views…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Saved views' });
    await dialog.getByLabel('Name').fill('Store visit');
    for (const name of ['Thoughts', 'Pain points', 'Opportunities', 'Customer satisfaction']) await dialog.getByRole('checkbox', { name }).uncheck();
    await dialog.getByLabel('From stage').selectOption({ label: 'Visit the store' });
    await dialog.getByLabel('To stage').selectOption({ label: 'Checkout' });
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Store visit' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Save and present' }).click();

    // The view: its three stages, its three lanes.
    await expect.poll(() => stageList(page)).toEqual(['1 Visit the store', '2 Try on', '3 Checkout']);
    // It opens on the title slide; the view left out the opportunities, so no closing slide.
    expect(await stepLabel(page)).toBe(`Title · ${doc.journey.title}`);
    await page.keyboard.press('End');
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 3 of 3 · Checkout/);
    await page.keyboard.press('Home');
    await expect.poll(() => stepLabel(page)).toBe(`Title · ${doc.journey.title}`);
    await page.keyboard.press('PageDown');
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 1 of 3 · Visit the store/);
    const shown = await cardsInView(page);
    expect(shown).toContain('Goes to the city-centre store on Saturday');
    expect(shown).not.toContain('“Will they even have my size?”');
    // V goes through the saved views and the whole map.
    await page.keyboard.press('v');
    await expect.poll(async () => (await stageList(page)).length).toBe(stages.length);
    await page.keyboard.press('v');
    await expect.poll(() => stageList(page)).toEqual(['1 Visit the store', '2 Try on', '3 Checkout']);
    // A view starts from its beginning: the title slide, then its first stage.
    await expect.poll(() => stepLabel(page)).toBe(`Title · ${doc.journey.title}`);
    await page.keyboard.press('PageDown');
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 1 of 3 · Visit the store/);

    // Enter: the editor's keys on the first cell in focus; Enter again adds a card there.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: 'Card text' });
    await expect.poll(() => editor.isVisible()).toBe(true);
    await page.keyboard.type('A greeter at the door (live)');
    await page.keyboard.press('Enter');
    await expect.poll(() => inFocus(page)).toContain('A greeter at the door (live)');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.locator('.toolbar').count()).toBe(0);
    expect(await stepLabel(page)).toMatch(/^Stage 1 of 3 · Visit the store/);

    // A live edit is a normal edit: undo and redo while presenting.
    await page.keyboard.press('Control+z');
    await expect.poll(() => inFocus(page)).not.toContain('A greeter at the door (live)');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => inFocus(page)).toContain('A greeter at the door (live)');

    // Lane by lane to the emotions; + takes hold of the curve's point there and raises it, ↑ again.
    await page.keyboard.press('d');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepLabel(page)).toBe('Stage 1 of 3 · Visit the store · Emotions');
    await page.keyboard.press('Enter');
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // The presenter view's controls do the same by mouse (or Tab and Enter).
    await page.keyboard.press('p');
    const point = page.getByRole('group', { name: `${curve.name} at Visit the store` });
    await point.getByRole('button', { name: 'Raise the emotion' }).click();
    const raised = emotionAtStore + 1.5;
    await expect.poll(() => point.locator('output').textContent()).toBe(raised > 0 ? `+${raised}` : String(raised));

    // Saved while presenting, with Ctrl+S.
    expect((await onDisk(path)).views).toEqual([]);
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    const pointOnDisk = (d: JourneyDocument) => d.emotionPoints.find((p) => p.curveId === curve.id && p.stageId === visitStore.id)?.value;
    await expect.poll(async () => pointOnDisk(await onDisk(path))).toBe(raised);
    const saved = await onDisk(path);
    const added = saved.cards.find((c) => c.text === 'A greeter at the door (live)')!;
    expect(added).toMatchObject({ stageId: visitStore.id, laneId: lane('Actions').id });
    expect(saved.views).toEqual([{
      id: expect.any(String) as string, order: expect.any(String) as string, name: 'Store visit',
      laneIds: ['Actions', 'Touchpoints', 'Emotions'].map((n) => lane(n).id), fromStageId: visitStore.id, toStageId: stages.find((s) => s.name === 'Checkout')!.id,
    }]);

    // Esc: back to editing the whole map.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.toolbar').count()).toBe(1);
    await expect.poll(() => cardsInView(page)).toContain('“Will they even have my size?”');
  });
});

describe('live edits with the mouse while presenting', () => {
  // One-line cards: the page's measured layout is the estimated one, so the test can aim.
  let mapDoc = gridJourney(['Arrive', 'Order', 'Pay'], ['actions', 'emotions'], [[0, 0, 'Waits at the door'], [0, 1, 'Orders a coffee'], [0, 2, 'Pays by card']]);
  const curveId = mapDoc.emotionCurves[0]!.id;
  mapDoc = applyChanges(mapDoc, setEmotion(mapDoc, curveId, { stageId: mapDoc.stages[0]!.id }, 0));
  const layout = layoutOf(mapDoc);
  let session: PreviewSession;
  let path: string;
  beforeEach(async () => {
    ({ session, path } = await openPreviewOn(mapDoc, 'cafe', { viewport: { width: 1600, height: 900 } }));
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('edits a card by double-click and drags an emotion point, without leaving the presentation', async () => {
    const { page } = session;
    await page.keyboard.press('F5');
    await expect.poll(() => page.getByTestId('show-step').textContent()).toBe('Title · Untitled journey');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('show-step').textContent()).toBe('Stage 1 of 3 · Arrive');
    // The glide lands within 600 ms even when the machine is busy.
    await page.waitForTimeout(700);
    // Where the walk-through puts things: the same functions the page runs, on the same layout.
    const canvas = (await page.locator('.canvas-host').boundingBox())!;
    const step = walkSteps(layout, { laneByLane: false, screen: { width: 1600, height: 900 } })[0]!;
    const viewport = focusViewport(layout, focusRect(layout, step)!, { width: canvas.width, height: canvas.height }, SHOW_ZOOM);
    const onScreen = (x: number, y: number) => ({ x: canvas.x + (x - viewport.x) * viewport.zoom, y: canvas.y + (y - viewport.y) * viewport.zoom });

    const card = layout.cards.find((c) => c.text === 'Waits at the door')!;
    const cardAt = onScreen(card.x + card.width / 2, card.y + card.height / 2);
    await page.mouse.dblclick(cardAt.x, cardAt.y);
    await expect.poll(() => page.getByRole('textbox', { name: 'Card text' }).isVisible()).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' (live)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cards-in-focus').locator('li').allTextContents()).toContain('Waits at the door (live)');

    const lane = layout.lanes.find((l) => l.kind === 'emotions')!;
    const point = layout.emotionCurves[0]!.points[0]!;
    await drag(page, onScreen(point.x, point.y), onScreen(point.x, emotionY(lane, 2)));
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await onDisk(path)).emotionPoints.find((p) => p.curveId === curveId)?.value).toBe(2);
    expect((await onDisk(path)).cards.map((c) => c.text)).toContain('Waits at the door (live)');
    expect(await page.locator('.toolbar').count()).toBe(0);
  });
});
