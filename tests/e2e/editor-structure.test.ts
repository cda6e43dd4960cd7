import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortByOrder } from '../../shared/document/order';
import type { JourneyDocument } from '../../shared/document/schema';
import { emotionY } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import { SCREENSHOTS } from '../helpers/browser';
import { at, drag, gridJourney, layoutOf, saveAndRead, withOpenJourney } from '../helpers/editor';

const doc = gridJourney(['One', 'Two', 'Three'], ['actions', 'touchpoints', 'emotions'], [[0, 0, 'A1'], [0, 1, 'B1'], [1, 2, 'T3']]);
const layout = layoutOf(doc);
const stageNames = (d: JourneyDocument) => sortByOrder(d.stages).map((s) => s.name);
const laneNames = (d: JourneyDocument) => sortByOrder(d.lanes).map((l) => l.name);
const headerY = METRICS.stageHeaderHeight / 2;

describe('stages, steps and lanes', () => {
  const open = withOpenJourney(doc);

  it('adds a stage at the end and names it in place, renames another, and deletes one with its cards', async () => {
    const { page } = open.session;
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.keyboard.type('Advocacy');
    await page.keyboard.press('Enter');
    const two = await at(page, layout.stages[1]!.x + 60, headerY);
    await page.mouse.dblclick(two.x, two.y);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Consideration');
    await page.keyboard.press('Enter');
    const one = await at(page, layout.stages[0]!.x + 60, headerY);
    await page.mouse.click(one.x, one.y);
    await page.keyboard.press('Delete');
    let saved = await saveAndRead(page, open.path);
    expect(stageNames(saved)).toEqual(['Consideration', 'Three', 'Advocacy']);
    expect(saved.cards.map((c) => c.text).sort()).toEqual(['B1', 'T3']);
    await page.keyboard.press('Control+z');
    saved = await saveAndRead(page, open.path);
    expect(stageNames(saved)).toEqual(['One', 'Consideration', 'Three', 'Advocacy']);
    expect(saved.cards.map((c) => c.text).sort()).toEqual(['A1', 'B1', 'T3']);
  });

  it('reorders a stage by dragging its header and resizes it by its edge', async () => {
    const { page } = open.session;
    const three = layout.stages[2]!;
    await drag(page, await at(page, three.x + 60, headerY), await at(page, layout.stages[0]!.x + 20, headerY));
    let saved = await saveAndRead(page, open.path);
    expect(stageNames(saved)).toEqual(['Three', 'One', 'Two']);
    // After the move "Three" is first; its right edge is where "One"'s was.
    const edge = layout.stages[0]!.x + three.width;
    await drag(page, await at(page, edge - 2, headerY), await at(page, edge + 98, headerY));
    saved = await saveAndRead(page, open.path);
    expect(saved.stages.find((s) => s.name === 'Three')?.width).toBe(METRICS.stageWidth + 100);
  });

  it('splits a stage into steps from the inspector, keeping its cards in the first step', async () => {
    const { page } = open.session;
    const one = await at(page, layout.stages[0]!.x + 60, headerY);
    await page.mouse.click(one.x, one.y);
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.keyboard.type('Sign-up');
    await page.keyboard.press('Enter');
    const saved = await saveAndRead(page, open.path);
    const steps = sortByOrder(saved.steps);
    expect(steps.map((s) => s.name)).toEqual(['Step 1', 'Sign-up']);
    expect(saved.cards.find((c) => c.text === 'A1')?.stepId).toBe(steps[0]!.id);
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-steps.png') });
  });

  it('adds a lane of a kind, renames it, reorders lanes by drag, collapses, hides and shows one', async () => {
    const { page } = open.session;
    await page.getByRole('button', { name: 'Add lane' }).click();
    await page.getByRole('menu', { name: 'Add lane' }).getByRole('menuitem', { name: 'Pain points' }).click();
    let saved = await saveAndRead(page, open.path);
    expect(laneNames(saved)).toEqual(['actions', 'touchpoints', 'emotions', 'Pain points']);
    const touch = layout.lanes[1]!;
    await drag(page, await at(page, 100, touch.y + 30), await at(page, 100, layout.lanes[0]!.y + 10));
    const lane = await at(page, 100, layout.lanes[0]!.y + 30);
    await page.mouse.dblclick(lane.x, lane.y);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Touchpoints');
    await page.keyboard.press('Enter');
    // The first lane is now touchpoints: collapse it with its ▾ toggle.
    const toggle = await at(page, 18, layout.lanes[0]!.y + 16);
    await page.mouse.click(toggle.x, toggle.y);
    saved = await saveAndRead(page, open.path);
    expect(laneNames(saved)).toEqual(['Touchpoints', 'actions', 'emotions', 'Pain points']);
    expect(sortByOrder(saved.lanes)[0]?.collapsed).toBe(true);
    await page.getByRole('button', { name: 'Hide' }).click();
    saved = await saveAndRead(page, open.path);
    expect(sortByOrder(saved.lanes)[0]?.hidden).toBe(true);
    await page.getByRole('button', { name: 'Show' }).click();
    saved = await saveAndRead(page, open.path);
    expect(sortByOrder(saved.lanes)[0]?.hidden).toBeUndefined();
  });

  it('places an emotion point, drags it, undoes the drag in one step, nudges it by keyboard, and adds a second curve', async () => {
    const { page } = open.session;
    const lane = layout.lanes[2]!;
    const column = layout.columns[1]!;
    const x = column.x + column.width / 2;
    const plusOne = await at(page, x, emotionY(lane, 1));
    await page.mouse.dblclick(plusOne.x, plusOne.y);
    let saved = await saveAndRead(page, open.path);
    expect(saved.emotionPoints.map((p) => p.value)).toEqual([1]);
    await drag(page, plusOne, await at(page, x, emotionY(lane, -1)));
    saved = await saveAndRead(page, open.path);
    expect(saved.emotionPoints.map((p) => p.value)).toEqual([-1]);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('ArrowUp');
    saved = await saveAndRead(page, open.path);
    expect(saved.emotionPoints.map((p) => p.value)).toEqual([1.5]);
    const laneHeader = await at(page, 100, lane.y + 60);
    await page.mouse.click(laneHeader.x, laneHeader.y);
    await page.getByRole('button', { name: 'Add a curve' }).click();
    saved = await saveAndRead(page, open.path);
    expect(saved.emotionCurves.map((c) => c.style)).toEqual(['solid', 'dashed']);
  });
});
