import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addCard } from '../../shared/document/commands';
import { applyChanges } from '../../shared/document/changes';
import { parseJourneyText } from '../../shared/document/parse';
import { cardAt, cellAt } from '../../shared/layout/hit-test';
import { computeLayout, emotionValueAt, emotionY } from '../../shared/layout/layout';
import { estimateLines, METRICS } from '../../shared/layout/metrics';

const doc = parseJourneyText(readFileSync(new URL('../fixtures/v1/bike-sharing.journey', import.meta.url), 'utf8'));

describe('computeLayout', () => {
  const layout = computeLayout(doc, estimateLines);

  it('lays out a first screen: lanes from the given height down count lines the cheap way, everything above is exact', () => {
    const tall = () => 3; // stands in for measured text: every card three lines
    const exact = computeLayout(doc, tall);
    const cut = exact.lanes[2]!.y;
    const first = computeLayout(doc, tall, { y: cut, countLines: () => 1 });
    const above = (l: typeof exact) => l.cards.filter((c) => c.y < cut);
    expect(above(first)).toEqual(above(exact));
    expect(first.lanes.slice(0, 2)).toEqual(exact.lanes.slice(0, 2));
    expect(first.lanes[2]!.y).toBe(cut);
    const belowCards = first.cards.filter((c) => c.y >= cut);
    expect(belowCards.length).toBeGreaterThan(0);
    for (const card of belowCards) expect(card.height).toBe(Math.max(METRICS.cardMinHeight, 2 * METRICS.cardPaddingY + METRICS.lineHeight + card.imageHeight));
    expect(first.height).toBeLessThan(exact.height);
  });

  it('puts stages left to right after the lane headers, lanes top to bottom below the stage headers', () => {
    expect(layout.stages.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(layout.stages[0]!.x).toBe(METRICS.laneHeaderWidth);
    expect(layout.stages[1]!.x).toBe(METRICS.laneHeaderWidth + METRICS.stageWidth);
    expect(layout.lanes[0]!.y).toBe(METRICS.stageHeaderHeight);
    layout.lanes.slice(1).forEach((lane, i) => expect(lane.y).toBe(layout.lanes[i]!.y + layout.lanes[i]!.height));
    expect(layout.height).toBe(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
  });

  it('places every card inside its cell, stacked in order without overlap', () => {
    for (const card of layout.cards) {
      const cell = cellAt(layout, card.x + 1, card.y + 1);
      expect(cell?.stage.id).toBe(card.stageId);
      expect(cell?.lane.id).toBe(card.laneId);
    }
    const [first, second] = layout.cards.filter((c) => c.laneId === 'lane-actions' && c.stageId === 'stage-1');
    expect(first!.text).toMatch(/friend/);
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height + METRICS.cardGap);
    expect(cardAt(layout, second!.x + 5, second!.y + 5)?.id).toBe(second!.id);
  });

  it('grows a lane with its content and only that lane', () => {
    const cell = { laneId: 'lane-touchpoints', stageId: 'stage-2' };
    let grown = doc;
    for (let i = 0; i < 5; i += 1) grown = applyChanges(grown, addCard(grown, cell, 'A longer touchpoint note that wraps over two lines').changes);
    const after = computeLayout(grown, estimateLines);
    const height = (l: typeof layout, id: string) => l.lanes.find((x) => x.id === id)!.height;
    expect(height(after, 'lane-touchpoints')).toBeGreaterThan(height(layout, 'lane-touchpoints'));
    expect(height(after, 'lane-actions')).toBe(height(layout, 'lane-actions'));
  });

  it('draws one emotion point per stage, higher for happier, and maps y back to the value', () => {
    const [curve] = layout.emotionCurves;
    expect(curve!.points.map((p) => p.value)).toEqual([0.5, -1, -1.5, 1, 2]);
    const advocacy = curve!.points[4]!;
    const purchase = curve!.points[2]!;
    expect(advocacy.y).toBeLessThan(purchase.y);
    const lane = layout.lanes.find((l) => l.kind === 'emotions')!;
    for (const value of [-2, -1.5, 0, 0.5, 2]) expect(emotionValueAt(lane, emotionY(lane, value))).toBeCloseTo(value);
    expect(emotionValueAt(lane, lane.y - 100)).toBe(2);
  });

  it('is a pure function of the document', () => {
    expect(computeLayout(doc, estimateLines)).toEqual(layout);
  });
});
