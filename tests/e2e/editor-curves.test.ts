import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCurve, setEmotion } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { emotionY } from '../../shared/layout/layout';
import { SCREENSHOTS } from '../helpers/browser';
import { at, drag, gridJourney, layoutOf, saveAndRead, withOpenJourney } from '../helpers/editor';
import { decodePng } from '../helpers/pixels';

// Two curves in one emotions lane: "As-is" (solid, white-ringed points) and "To-be" (dashed,
// points ringed in its own colour). Both have a point at stage Two, +1: the same place.
let doc = gridJourney(['One', 'Two', 'Three'], ['actions', 'emotions'], [[0, 0, 'A1']]);
const laneId = doc.lanes[1]!.id;
const [one, two, three] = doc.stages.map((s) => ({ stageId: s.id, stepId: undefined }));
const asIs = doc.emotionCurves[0]!;
doc = applyChanges(doc, [{ table: 'emotionCurves', before: asIs, after: { ...asIs, name: 'As-is' } }]);
const added = addCurve(doc, laneId, 'To-be');
doc = applyChanges(doc, added.changes);
const toBe = added.curve;
for (const [curveId, column, value] of [[asIs.id, one, 0], [asIs.id, two, 1], [toBe.id, two, 1], [toBe.id, three, -1]] as const) {
  doc = applyChanges(doc, setEmotion(doc, curveId, column!, value));
}
// Both points at stage Two carry a label: drawn where they share a place, neither may cover the other.
const LABELS = { [asIs.id]: 'Calm enough', [toBe.id]: 'Relieved at last' };
doc = applyChanges(doc, doc.emotionPoints.filter((p) => p.stageId === two!.stageId).map((p) => ({ table: 'emotionPoints' as const, before: p, after: { ...p, label: LABELS[p.curveId]! } })));
const layout = layoutOf(doc);
const lane = layout.lanes[1]!;
const columnX = (stage: number) => layout.columns[stage]!.x + layout.columns[stage]!.width / 2;
const shared = { x: columnX(1), y: emotionY(lane, 1) };

const valueAt = (d: JourneyDocument, curveId: string, stageId: string | undefined) =>
  d.emotionPoints.find((p) => p.curveId === curveId && p.stageId === stageId)?.value;

/** The curves' groups in the order Konva draws them (later is on top). */
const drawnOrder = (page: Page) => page.evaluate(() => {
  type Node = { name(): string };
  const konva = (window as unknown as { Konva: { stages: { find(selector: string): Node[] }[] } }).Konva;
  return konva.stages.flatMap((s) => s.find('.curve')).map((n) => n.name().split(' ')[1]!.slice('curve-'.length));
});

/** The colour drawn at the top of the point's ring: white for As-is, To-be's own colour for To-be. */
async function ringColour(page: Page): Promise<[number, number, number]> {
  const ring = await at(page, shared.x, shared.y - 13);
  const png = await page.screenshot({ clip: { x: ring.x - 1, y: ring.y - 1, width: 3, height: 3 } });
  return (await decodePng(png)).at(1, 1);
}
const near = (rgb: [number, number, number], hex: string) =>
  [1, 3, 5].every((i, k) => Math.abs(parseInt(hex.slice(i, i + 2), 16) - rgb[k]!) <= 40);

/** Clicks a curve's name in the emotions lane's legend (the lane header lists the curves). */
async function pickInLegend(page: Page, index: number): Promise<void> {
  const entry = await at(page, 60, lane.y + 48 + index * 20 + 8);
  await page.mouse.click(entry.x, entry.y);
}

describe('overlapping emotion curves', () => {
  const open = withOpenJourney(doc, 'curves');

  it('drags the point of the curve in focus where two curves share a point, and draws that curve on top', async () => {
    const { page } = open.session;
    const point = await at(page, shared.x, shared.y);
    const below = await at(page, shared.x, emotionY(lane, -1));

    // To-be in focus from its legend entry: its point moves, As-is's stays.
    await pickInLegend(page, 1);
    expect(await drawnOrder(page)).toEqual([asIs.id, toBe.id]);
    expect(near(await ringColour(page), toBe.colour)).toBe(true);
    await drag(page, point, below);
    let saved = await saveAndRead(page, open.path);
    expect(valueAt(saved, toBe.id, two!.stageId)).toBe(-1);
    expect(valueAt(saved, asIs.id, two!.stageId)).toBe(1);
    await page.keyboard.press('Control+z');

    // As-is in focus: now its point is drawn over To-be's and is the one dragged.
    await pickInLegend(page, 0);
    expect(await drawnOrder(page)).toEqual([toBe.id, asIs.id]);
    expect(near(await ringColour(page), '#FFFFFF')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-curves-focus.png') });
    await drag(page, point, below);
    saved = await saveAndRead(page, open.path);
    expect(valueAt(saved, asIs.id, two!.stageId)).toBe(-1);
    expect(valueAt(saved, toBe.id, two!.stageId)).toBe(1);
    await page.keyboard.press('Control+z');

    // Selecting a point of To-be elsewhere on the map brings To-be into focus too.
    const ownPoint = await at(page, columnX(2), emotionY(lane, -1));
    await page.mouse.click(ownPoint.x, ownPoint.y);
    expect(await drawnOrder(page)).toEqual([asIs.id, toBe.id]);
    expect(near(await ringColour(page), toBe.colour)).toBe(true);
    await drag(page, point, below);
    saved = await saveAndRead(page, open.path);
    expect(valueAt(saved, toBe.id, two!.stageId)).toBe(-1);
    expect(valueAt(saved, asIs.id, two!.stageId)).toBe(1);
    expect(valueAt(saved, toBe.id, three!.stageId)).toBe(-1);
  });

  it('draws the labels of points that share a place apart, each clear of both points', async () => {
    const { page } = open.session;
    const boxes = await page.evaluate((texts) => {
      type Node = { text(): string; getClientRect(): { x: number; y: number; width: number; height: number } };
      type KonvaStage = { find(selector: string): Node[]; container(): HTMLElement };
      const konva = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
      // In page pixels, as `at` gives the point.
      return texts.map((text) => {
        for (const stage of konva.stages) {
          const node = stage.find('Text').find((n) => n.text() === text);
          const origin = stage.container().getBoundingClientRect();
          if (node) { const r = node.getClientRect(); return { ...r, x: r.x + origin.x, y: r.y + origin.y }; }
        }
        return null;
      });
    }, Object.values(LABELS));
    const [a, b] = boxes;
    expect(a && b).toBeTruthy();
    const apart = (p: { y: number; height: number }, q: { y: number; height: number }) => p.y + p.height <= q.y + 0.5 || q.y + q.height <= p.y + 0.5;
    expect(apart(a!, b!)).toBe(true);
    const point = await at(page, shared.x, shared.y);
    const disc = { y: point.y - 13, height: 26 };
    expect(apart(a!, disc) && apart(b!, disc)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-curves-labels.png') });
  });

  it('puts a curve on top from the inspector, and places its points on a double-click', async () => {
    const { page } = open.session;
    await pickInLegend(page, 0);
    expect(await drawnOrder(page)).toEqual([toBe.id, asIs.id]);
    // The legend click selected the lane: its curves are in the inspector, each with "on top".
    const onTop = page.getByRole('radio', { name: 'On top where curves overlap' });
    await expect.poll(() => onTop.count()).toBe(2);
    await onTop.nth(1).check();
    expect(await drawnOrder(page)).toEqual([asIs.id, toBe.id]);
    expect(await onTop.nth(0).isChecked()).toBe(false);
    const cell = await at(page, columnX(0), emotionY(lane, 2));
    await page.mouse.dblclick(cell.x, cell.y);
    const saved = await saveAndRead(page, open.path);
    expect(valueAt(saved, toBe.id, one!.stageId)).toBe(2);
    expect(valueAt(saved, asIs.id, one!.stageId)).toBe(0);
  });
});
