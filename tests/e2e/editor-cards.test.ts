import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../helpers/browser';
import { at, cardTexts, cardsInView, drag, gridJourney, layoutOf, saveAndRead, withOpenJourney } from '../helpers/editor';

const doc = gridJourney(['One', 'Two', 'Three'], ['actions', 'touchpoints', 'thoughts'], [
  [0, 0, 'A1'], [0, 0, 'A2'], [0, 0, 'A3'], [0, 1, 'B1'], [1, 0, 'T1'],
]);
const layout = layoutOf(doc);
const card = (text: string) => layout.cards.find((c) => c.text === text)!;
const centre = (text: string) => ({ x: card(text).x + 40, y: card(text).y + card(text).height / 2 });
const [laneA, laneT, laneH] = doc.lanes.map((l) => l.id) as [string, string, string];
const [s1, s2, s3] = doc.stages.map((s) => s.id) as [string, string, string];

describe('editing cards with mouse and keyboard', () => {
  const open = withOpenJourney(doc);

  it('adds a card by double-click, another by Enter on a cell, and carries on with Tab', async () => {
    const { page } = open.session;
    // Enter on a selected empty cell (the cursor) adds a card; Shift+Enter is a new line in it.
    const thought = await at(page, layout.columns[1]!.x + 100, layout.lanes[2]!.y + 40);
    await page.mouse.click(thought.x, thought.y);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Who do I apply to?');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('And when?');
    await page.keyboard.press('Control+Enter');
    // Lanes above the thoughts lane keep their height, so the first layout still aims right.
    const empty = await at(page, layout.columns[2]!.x + 100, layout.lanes[0]!.y + 40);
    await page.mouse.dblclick(empty.x, empty.y);
    await page.keyboard.type('Reads the FAQ');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Never comes back');
    await page.keyboard.press('Enter');
    const saved = await saveAndRead(page, open.path);
    expect(cardTexts(saved, laneA, s3)).toEqual(['Reads the FAQ']);
    // Tab from the row's last cell carries on at the start of the next lane.
    expect(cardTexts(saved, laneT, s1)).toEqual(['T1', 'Never comes back']);
    expect(cardTexts(saved, laneH, s2)).toEqual(['Who do I apply to?\nAnd when?']);
  });

  it('edits a card in place and undoes the whole edit in one step', async () => {
    const { page } = open.session;
    const a2 = centre('A2');
    const p = await at(page, a2.x, a2.y);
    await page.mouse.dblclick(p.x, p.y);
    await page.keyboard.press('End');
    await page.keyboard.type(' changed');
    await page.keyboard.press('Enter');
    expect(await cardsInView(page)).toContain('A2 changed');
    await page.keyboard.press('Control+z');
    expect(await cardsInView(page)).toContain('A2');
    expect(await cardsInView(page)).not.toContain('A2 changed');
    await page.keyboard.press('Control+Shift+z');
    const saved = await saveAndRead(page, open.path);
    expect(cardTexts(saved, laneA, s1)).toEqual(['A1', 'A2 changed', 'A3']);

    // The field grows with its lines, so nothing typed hides behind its edge; Escape drops them.
    const a1 = await at(page, centre('A1').x, centre('A1').y);
    await page.mouse.dblclick(a1.x, a1.y);
    const field = page.locator('.canvas-host textarea');
    const heights = () => field.evaluate((area) => ({ shown: area.clientHeight, text: area.scrollHeight }));
    const oneLine = await heights();
    for (const line of ['two', 'three', 'four', 'five', 'six']) {
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(line);
    }
    const sixLines = await heights();
    expect(sixLines.shown).toBeGreaterThan(oneLine.shown);
    expect(sixLines.text).toBeLessThanOrEqual(sixLines.shown);
    await page.keyboard.press('Escape');
    expect(await cardsInView(page)).toContain('A1');
  });

  it('drags a card to another lane and stage with a drop indicator, as one undoable step', async () => {
    const { page } = open.session;
    const from = await at(page, centre('A1').x, centre('A1').y);
    const target = layout.columns[1]!;
    const to = await at(page, target.x + 100, layout.lanes[1]!.y + 30);
    await drag(page, from, to, async () => {
      await page.screenshot({ path: join(SCREENSHOTS, 'editor-drag-in-progress.png') });
    });
    let saved = await saveAndRead(page, open.path);
    expect(cardTexts(saved, laneA, s1)).toEqual(['A2', 'A3']);
    expect(cardTexts(saved, laneT, s2)).toEqual(['A1']);
    await page.keyboard.press('Control+z');
    saved = await saveAndRead(page, open.path);
    expect(cardTexts(saved, laneA, s1)).toEqual(['A1', 'A2', 'A3']);
  });

  it('reorders within a cell by dragging', async () => {
    const { page } = open.session;
    const from = await at(page, centre('A3').x, centre('A3').y);
    const to = await at(page, card('A1').x + 40, card('A1').y + 8);
    await drag(page, from, to);
    const saved = await saveAndRead(page, open.path);
    expect(cardTexts(saved, laneA, s1)).toEqual(['A3', 'A1', 'A2']);
  });

  it('selects several with shift-click and with a marquee, then moves them together', async () => {
    const { page } = open.session;
    const a1 = await at(page, centre('A1').x, centre('A1').y);
    const b1 = await at(page, centre('B1').x, centre('B1').y);
    await page.mouse.click(a1.x, a1.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(b1.x, b1.y);
    await page.keyboard.up('Shift');
    await expect.poll(() => page.getByRole('heading', { name: '2 cards selected' }).isVisible()).toBe(true);
    // Marquee from an empty spot around A2 and A3.
    const start = await at(page, card('A2').x - 6, card('A2').y - 4);
    const end = await at(page, card('A3').x + 60, card('A3').y + card('A3').height + 4);
    await drag(page, { x: start.x, y: start.y }, end);
    await expect.poll(() => page.getByRole('heading', { name: '2 cards selected' }).isVisible()).toBe(true);
    const from = await at(page, centre('A2').x, centre('A2').y);
    const to = await at(page, layout.columns[2]!.x + 100, layout.lanes[2]!.y + 30);
    await drag(page, from, to);
    const saved = await saveAndRead(page, open.path);
    expect(cardTexts(saved, laneH, s3)).toEqual(['A2', 'A3']);
    expect(cardTexts(saved, laneA, s1)).toEqual(['A1']);
  });

  it('duplicates, colours and deletes from the keyboard and the inspector', async () => {
    const { page } = open.session;
    const b1 = await at(page, centre('B1').x, centre('B1').y);
    await page.mouse.click(b1.x, b1.y);
    await page.keyboard.press('Control+d');
    await page.getByRole('button', { name: 'Green' }).click();
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Delete');
    const saved = await saveAndRead(page, open.path);
    const left = saved.cards.filter((c) => c.stageId === s2 && c.laneId === laneA);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ text: 'B1', colour: '#D7F0E1' });
  });

  it('moves with the arrow keys, selects a lane with Ctrl+A, and moves cards with Alt+arrows', async () => {
    const { page } = open.session;
    const a1 = await at(page, centre('A1').x, centre('A1').y);
    await page.mouse.click(a1.x, a1.y);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+a');
    await expect.poll(() => page.getByRole('heading', { name: '4 cards selected' }).isVisible()).toBe(true);
    const saved = await saveAndRead(page, open.path);
    expect(cardTexts(saved, laneA, s2)).toEqual(['B1', 'A2']);
  });

  it('copies and pastes cards within the map, and pastes lines and a spreadsheet block from other programs', async () => {
    const { page, context } = open.session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(open.session.server.url).origin });
    const a1 = await at(page, centre('A1').x, centre('A1').y);
    await page.mouse.click(a1.x, a1.y);
    await page.keyboard.press('Control+c');
    const cell = await at(page, layout.columns[2]!.x + 100, layout.lanes[0]!.y + 40);
    await page.mouse.click(cell.x, cell.y);
    await page.keyboard.press('Control+v');
    await page.evaluate(() => navigator.clipboard.writeText('First line\nSecond line\n\n'));
    const thought = await at(page, layout.columns[0]!.x + 100, layout.lanes[2]!.y + 40);
    await page.mouse.click(thought.x, thought.y);
    await page.keyboard.press('Control+v');
    await page.evaluate(() => navigator.clipboard.writeText('Sees ad\tCompares\nInstagram\tReview site\n'));
    const t2 = await at(page, layout.columns[1]!.x + 100, layout.lanes[0]!.y + 120);
    await page.mouse.click(t2.x, t2.y);
    await page.keyboard.press('Control+v');
    const saved = await saveAndRead(page, open.path);
    expect(cardTexts(saved, laneA, s3)).toEqual(['A1', 'Compares']);
    expect(cardTexts(saved, laneH, s1)).toEqual(['First line', 'Second line']);
    expect(cardTexts(saved, laneA, s2)).toEqual(['B1', 'Sees ad']);
    expect(cardTexts(saved, laneT, s2)).toEqual(['Instagram']);
    expect(cardTexts(saved, laneT, s3)).toEqual(['Review site']);
  });
});

