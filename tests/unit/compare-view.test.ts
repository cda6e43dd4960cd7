import { describe, expect, it } from 'vitest';
import { journeyFrom } from '../helpers/journeys';
import { beforeAndAfter } from '../helpers/compare-maps';
import { applyChanges } from '../../shared/document/changes';
import { addCard, updateCard, updateStage } from '../../shared/document/commands';
import { computeLayout } from '../../shared/layout/layout';
import { curvesOn } from '../../shared/layout/curves-on';
import { createI18n } from '../../shared/i18n/i18n';
import { compareJourneys } from '../../shared/merge/compare';
import { compareView, ghostIdOf, metricDeltas } from '../../shared/merge/compare-view';
import { alignRows } from '../../shared/merge/aligned-rows';
import { ghostArrow } from '../../shared/merge/ghost-arrow';
import { describeChanges, diffJourneys } from '../../shared/merge/diff';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const lines = () => 1;

describe('what the compare screen marks', () => {
  const { before, after } = beforeAndAfter();
  const comparison = compareJourneys(before, after);
  const view = compareView(comparison, after);
  const id = (text: string) => [...before.cards, ...after.cards].find((c) => c.text === text)!.id;

  it('marks each card by its change on the overlay, and on the side each map has it', () => {
    expect(Object.fromEntries(view.overlay.cards)).toEqual({
      [id('Compares prices')]: 'added', [id('Calls support')]: 'removed', [id('Queue at the till')]: 'moved', [id('Pays by card')]: 'changed',
    });
    expect([...view.before.cards.values()].sort()).toEqual(['changed', 'moved', 'removed']);
    expect([...view.after.cards.values()].sort()).toEqual(['added', 'changed', 'moved']);
    const leave = after.stages.find((s) => s.name === 'Recommend')!.id;
    expect(view.overlay.stages.get(leave)).toBe('changed');
    expect([...view.overlay.lanes.values()]).toEqual(['added']);
  });

  it('puts what only the map before had back into the overlay, where it was', () => {
    expect(view.union.cards.map((c) => c.text)).toContain('Calls support');
    const layout = computeLayout(view.union, lines);
    expect(layout.cards.find((c) => c.id === id('Calls support'))).toBeDefined();
    // The map before's curve, drawn on the overlay: its point at "Buy" is the old -1.
    const buy = after.stages.find((s) => s.name === 'Buy')!.id;
    expect(curvesOn(comparison.before, layout)[0]!.points.find((p) => p.stageId === buy)!.value).toBe(-1);
  });

  it('ghosts a moved card where it was: a copy in the overlay at its old place, pointing at the card', () => {
    const queue = id('Queue at the till');
    expect([...view.ghosts]).toEqual([[ghostIdOf(queue), queue]]);
    const ghost = view.union.cards.find((c) => c.id === ghostIdOf(queue))!;
    const was = before.cards.find((c) => c.id === queue)!;
    expect({ stageId: ghost.stageId, laneId: ghost.laneId, text: ghost.text }).toEqual({ stageId: was.stageId, laneId: was.laneId, text: was.text });
    const layout = computeLayout(view.union, lines);
    const [from, to] = [layout.cards.find((c) => c.id === ghostIdOf(queue))!, layout.cards.find((c) => c.id === queue)!];
    const arrow = ghostArrow(from, to)!;
    // Edge to edge: it starts right of the ghost and ends left of the card, never across either's text.
    expect(arrow[0]).toBeGreaterThanOrEqual(from.x + from.width);
    expect(arrow[2]).toBeLessThanOrEqual(to.x);
  });

  it('side by side, lines up each lane of both maps, a lane one lacks left empty there', () => {
    const { before: left, after: right } = alignRows(computeLayout(comparison.before, lines), computeLayout(after, lines));
    for (const lane of left.lanes) expect(right.lanes.find((l) => l.id === lane.id)).toMatchObject({ y: lane.y, height: lane.height });
    const thoughts = right.lanes.find((l) => l.name === 'Thoughts')!;
    expect(left.lanes.some((l) => l.id === thoughts.id)).toBe(false);
    expect(left.height).toBe(right.height);
    // A card both maps have in the same lane is drawn at the same height on both sides.
    const review = id('Writes a review');
    expect(left.cards.find((c) => c.id === review)!.y).toBe(right.cards.find((c) => c.id === review)!.y);
    const queue = id('Queue at the till');
    expect(left.cards.find((c) => c.id === queue)!.y).toBe(right.cards.find((c) => c.id === queue)!.y);
  });

  it('lists every change with where it shows, and the metric deltas per stage', () => {
    const targets = view.entries.map((e) => `${e.mark} ${e.table} ${e.target?.kind ?? '-'}`);
    expect(targets).toEqual(expect.arrayContaining(['changed stages stage', 'added lanes lane', 'added cards card', 'removed cards card', 'moved cards card', 'changed cards card', 'changed emotionPoints stage', 'changed metricValues stage']));
    expect(metricDeltas(comparison, after)).toEqual([{ stageId: after.stages.find((s) => s.name === 'Buy')!.id, laneId: after.lanes[3]!.id, delta: 12, unit: '%' }]);
  });
});

describe('comparing maps made apart', () => {
  it('pairs cards, points and values by place and text, so only what differs is listed', () => {
    const asIs = journeyFrom('retail');
    const toBe = journeyFrom('retail');
    expect(asIs.cards[0]!.id).not.toBe(toBe.cards[0]!.id);
    expect(compareJourneys(asIs, toBe).changes).toEqual([]);
    const card = toBe.cards[0]!;
    const edited = applyChanges(applyChanges(toBe, updateCard(toBe, card.id, { text: 'Books online in two taps' })), updateStage(toBe, toBe.stages[1]!.id, { name: 'Choosing' }));
    const withNew = applyChanges(edited, addCard(edited, { stageId: card.stageId, laneId: card.laneId, stepId: card.stepId }, 'Chat with an adviser').changes);
    const comparison = compareJourneys(asIs, withNew);
    const described = describeChanges(comparison.changes, comparison.before, withNew, t);
    expect(comparison.changes.map((c) => `${c.kind} ${c.table}`).sort()).toEqual(['added cards', 'added cards', 'changed stages', 'removed cards']);
    expect(described).toContain(`card added: “Chat with an adviser” (${withNew.stages.find((s) => s.id === card.stageId)!.name} / ${withNew.lanes.find((l) => l.id === card.laneId)!.name})`);
  });

  it('names a changed map link and shared persona in the change list', () => {
    const doc = journeyFrom('journey8');
    const linked = { ...doc, stages: doc.stages.map((s, i) => (i === 0 ? { ...s, mapLink: { path: 'detail/awareness.journey' } } : s)) };
    expect(describeChanges(diffJourneys(doc, linked), doc, linked, t)).toEqual([`stage “${doc.stages[0]!.name}”: linked map – → “detail/awareness.journey”`]);
  });
});
