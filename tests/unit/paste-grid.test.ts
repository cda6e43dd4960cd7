import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCard, addLane, addStage } from '../../shared/document/commands';
import { LIMITS } from '../../shared/document/limits';
import { sortByOrder } from '../../shared/document/order';
import { validateJourney } from '../../shared/document/parse';
import type { JourneyDocument, LaneKind } from '../../shared/document/schema';
import { computeLayout } from '../../shared/layout/layout';
import { estimateLines } from '../../shared/layout/metrics';
import { cellItems, laneKindMatcher, planTextPaste, type PasteNames } from '../../renderer/editor/paste-grid';
import { alignStages, stageKey } from '../../renderer/editor/paste-stages';
import { englishT, journeyFrom } from '../helpers/journeys';
import { JourneyStore } from '../../renderer/state/journey-store';

const names: PasteNames = {
  stage: (number) => englishT('stage.numbered', { number }),
  lane: (kind) => englishT(`lane.${kind}`),
  laneKind: laneKindMatcher([(kind) => englishT(`lane.${kind}`)]),
};

function grid(stages: readonly string[], lanes: readonly [LaneKind, string][]): JourneyDocument {
  let doc: JourneyDocument = { ...journeyFrom('blank'), stages: [], lanes: [], emotionCurves: [], emotionPoints: [] };
  for (const name of stages) doc = applyChanges(doc, addStage(doc, name).changes);
  for (const [kind, name] of lanes) doc = applyChanges(doc, addLane(doc, kind, name).changes);
  return doc;
}

/** Pastes as the editor does: one transaction in a store, so undo must take all of it back. */
function paste(doc: JourneyDocument, text: string, at: { lane: number; stage: number } | null = null) {
  const layout = computeLayout(doc, estimateLines);
  const lane = at ? layout.lanes[at.lane] : undefined;
  const column = at ? layout.columns[at.stage] : undefined;
  const anchor = lane && column ? { laneId: lane.id, stageId: column.stageId, stepId: column.stepId } : null;
  const plan = planTextPaste(doc, layout, anchor, text, names);
  const store = new JourneyStore(doc);
  store.transact('Paste', plan.changes);
  const after = validateJourney(JSON.parse(JSON.stringify(store.document)));
  store.undo();
  expect(store.document).toEqual(doc);
  return { ...plan, after };
}

const stageNames = (doc: JourneyDocument) => sortByOrder(doc.stages).map((s) => s.name);
const laneNames = (doc: JourneyDocument) => sortByOrder(doc.lanes).map((l) => `${l.kind}:${l.name}`);
const texts = (doc: JourneyDocument, lane: string, stage: string) => {
  const laneId = doc.lanes.find((l) => l.name === lane)?.id;
  const stageId = doc.stages.find((s) => s.name === stage)?.id;
  return sortByOrder(doc.cards.filter((c) => c.laneId === laneId && c.stageId === stageId)).map((c) => c.text);
};

describe('the items of a pasted cell', () => {
  it('splits lines, bullets and "; " into items and drops empty ones', () => {
    expect(cellItems('Sees ad\nReads reviews')).toEqual(['Sees ad', 'Reads reviews']);
    expect(cellItems('- Instagram\n• Friends\n* Blog\n– Forum')).toEqual(['Instagram', 'Friends', 'Blog', 'Forum']);
    expect(cellItems('Price; delivery time;  returns')).toEqual(['Price', 'delivery time', 'returns']);
    expect(cellItems('\r\n  \n- \nOne\r\n\r\nTwo')).toEqual(['One', 'Two']);
    // A semicolon inside a word or a number is not a list.
    expect(cellItems('A;B 1;2')).toEqual(['A;B 1;2']);
  });
});

describe('pasting a spreadsheet block', () => {
  it('grows a new map from a block whose first row names the stages and first column the lanes', () => {
    const blank = journeyFrom('blank');
    expect(stageNames(blank)).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
    const text = [
      '\tAwareness\tConsideration\tPurchase\tOnboarding',
      'Actions\tSees an ad\tCompares prices; reads reviews\tBuys\t',
      'Touchpoints\t"- Instagram\n- A friend"\tReview site\tCheckout\tWelcome email',
      'Pain points\t\t\tLong checkout queue\t',
      'Emotions\t1\t-1\t−2\t2.5',
    ].join('\n');
    const { after, report, cardIds } = paste(blank, text);
    // The empty default stages take the first names; the rest are new.
    expect(stageNames(after)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Onboarding']);
    expect(laneNames(after)).toEqual(['actions:Actions', 'touchpoints:Touchpoints', 'painPoints:Pain points', 'emotions:Emotions']);
    expect(texts(after, 'Actions', 'Consideration')).toEqual(['Compares prices', 'reads reviews']);
    expect(texts(after, 'Touchpoints', 'Awareness')).toEqual(['Instagram', 'A friend']);
    expect(texts(after, 'Pain points', 'Purchase')).toEqual(['Long checkout queue']);
    const curve = after.emotionCurves.find((c) => c.laneId === after.lanes.find((l) => l.name === 'Emotions')?.id);
    expect(after.emotionPoints.filter((p) => p.curveId === curve?.id).map((p) => p.value).sort()).toEqual([-1, -2, 1]);
    expect(report).toEqual({ cards: 10, stages: 1, lanes: 3, matched: 0, placed: 3, values: 3, shortened: 0, skipped: { notEmotion: 1 } });
    expect(cardIds).toHaveLength(10);
  });

  it('puts columns in the stages they name and rows in the lanes they name, adding only what is missing', () => {
    const doc = grid(['Awareness', 'Purchase'], [['actions', 'Actions'], ['thoughts', 'Thoughts']]);
    const text = 'Stage\tPurchase\tLoyalty\nThoughts\tIs it safe?\tWill I come back?\nOpportunities\tTrust badges\t';
    const { after, report } = paste(doc, text, { lane: 0, stage: 0 });
    expect(stageNames(after)).toEqual(['Awareness', 'Purchase', 'Loyalty']);
    expect(laneNames(after)).toEqual(['actions:Actions', 'thoughts:Thoughts', 'opportunities:Opportunities']);
    expect(texts(after, 'Thoughts', 'Purchase')).toEqual(['Is it safe?']);
    expect(texts(after, 'Thoughts', 'Loyalty')).toEqual(['Will I come back?']);
    expect(texts(after, 'Opportunities', 'Purchase')).toEqual(['Trust badges']);
    expect(report).toMatchObject({ cards: 3, stages: 1, lanes: 1, matched: 1, placed: 0, skipped: {} });
  });

  it('fills a plain block from the cursor and adds stages and lanes where it is bigger than the grid', () => {
    const doc = grid(['One', 'Two'], [['actions', 'Actions'], ['emotions', 'Feelings'], ['thoughts', 'Thoughts']]);
    const { after, report } = paste(doc, 'a\tb\tc\nd\te\tf\ng\th\ti\n', { lane: 0, stage: 1 });
    // Rows go down the lanes that hold cards (the emotions lane is passed over), then new lanes.
    expect(stageNames(after)).toEqual(['One', 'Two', 'Stage 3', 'Stage 4']);
    expect(laneNames(after)).toEqual(['actions:Actions', 'emotions:Feelings', 'thoughts:Thoughts', 'actions:Actions']);
    expect(texts(after, 'Actions', 'Two')).toEqual(['a']);
    expect(texts(after, 'Thoughts', 'Stage 4')).toEqual(['f']);
    const added = sortByOrder(after.lanes).at(-1)!;
    expect(after.cards.filter((c) => c.laneId === added.id).map((c) => c.text).sort()).toEqual(['g', 'h', 'i']);
    expect(report).toMatchObject({ cards: 9, stages: 2, lanes: 1, skipped: {} });
  });

  it('keeps the old behaviour for a block that fits: cells from the cursor, nothing added', () => {
    const doc = grid(['One', 'Two', 'Three'], [['actions', 'Actions'], ['touchpoints', 'Touchpoints']]);
    const { after, report } = paste(doc, 'Sees ad\tCompares\nInstagram\tReview site\n', { lane: 0, stage: 1 });
    expect(texts(after, 'Actions', 'Two')).toEqual(['Sees ad']);
    expect(texts(after, 'Touchpoints', 'Three')).toEqual(['Review site']);
    expect(report).toEqual({ cards: 4, stages: 0, lanes: 0, matched: 0, placed: 0, values: 0, shortened: 0, skipped: {} });
  });

  it('counts what it leaves out: rows with no lane, words in a metrics lane, a full map', () => {
    const doc = grid(['One'], [['actions', 'Actions'], ['metrics', 'NPS']]);
    const { after, report } = paste(doc, '\tOne\nNPS\tgood\n\tcontinues NPS\nActions\tx\n', null);
    expect(after.metricValues).toEqual([]);
    expect(report.skipped).toEqual({ notNumber: 2 });
    const orphan = paste(doc, '\tOne\n\torphan\nActions\tkept', null);
    expect(orphan.report).toMatchObject({ cards: 1, skipped: { noLane: 1 } });

    let full = grid(['One'], [['actions', 'Actions']]);
    const cell = { laneId: full.lanes[0]!.id, stageId: full.stages[0]!.id };
    full = { ...full, cards: Array.from({ length: LIMITS.cards - 1 }, (_, i) => ({ ...addCard(full, cell, `c${i}`).card, order: `a${String(i).padStart(6, '0')}` })) };
    const last = paste(full, 'one; two; three', { lane: 0, stage: 0 });
    expect(last.report).toMatchObject({ cards: 1, skipped: { full: 2 } });
  });

  it('pastes lines into the cursor cell, one card per item, and says when there is no cell for them', () => {
    const doc = grid(['One'], [['actions', 'Actions'], ['emotions', 'Feelings']]);
    const { after, report } = paste(doc, '- First\n- Second; third\n\n', { lane: 0, stage: 0 });
    expect(texts(after, 'Actions', 'One')).toEqual(['First', 'Second', 'third']);
    expect(report.cards).toBe(3);
    const long = 'x'.repeat(LIMITS.cardTextLength + 5);
    expect(paste(doc, long, { lane: 0, stage: 0 }).report).toMatchObject({ cards: 1, shortened: 1 });
    expect(paste(doc, 'A thought', { lane: 1, stage: 0 }).report).toMatchObject({ cards: 0, skipped: { noCell: 1 } });
  });
});

describe('pasting into a template: the block’s stages align with the template’s', () => {
  const curveValues = (doc: JourneyDocument) => {
    const order = sortByOrder(doc.stages).map((s) => s.id);
    return [...doc.emotionPoints].sort((a, b) => order.indexOf(a.stageId) - order.indexOf(b.stageId))
      .map((p) => [doc.stages.find((s) => s.id === p.stageId)?.name, p.value]);
  };

  it('by name without regard to case or accents, else in the empty stages’ places, else new in order', () => {
    const stages = ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'].map((name, i) => ({ id: `s${i}`, name }));
    const empty = () => true;
    expect(alignStages(stages, empty, ['Discover', 'Research', 'Buy'])).toEqual([
      { kind: 'place', stageId: 's0' }, { kind: 'place', stageId: 's1' }, { kind: 'place', stageId: 's2' },
    ]);
    expect(alignStages(stages, empty, ['AWARENESS', 'consideration ', 'Buy', 'Use', 'Recommend', 'Advocacy'])).toEqual([
      { kind: 'name', stageId: 's0' }, { kind: 'name', stageId: 's1' }, { kind: 'place', stageId: 's2' }, { kind: 'place', stageId: 's3' },
      { kind: 'new', beforeId: 's4' }, { kind: 'name', stageId: 's4' },
    ]);
    // More stages than the template: the rest go after it, in order.
    expect(alignStages(stages, empty, ['1', '2', '3', '4', '5', '6', '7']).slice(4)).toEqual([
      { kind: 'place', stageId: 's4' }, { kind: 'new', beforeId: null }, { kind: 'new', beforeId: null },
    ]);
    // Accents and case: "KOP" is the map's "Köp"; a stage with content is never taken by place.
    const swedish = [{ id: 'a', name: 'Köp' }, { id: 'b', name: 'Användning' }, { id: 'c', name: 'Lojalitet' }];
    expect(alignStages(swedish, (id) => id !== 'b', ['KOP', 'Support', 'lojalitet'])).toEqual([
      { kind: 'name', stageId: 'a' }, { kind: 'new', beforeId: 'c' }, { kind: 'name', stageId: 'c' },
    ]);
    expect(stageKey('  Köp   nu ')).toBe('kop nu');
  });

  it('fills a 5-stage template in order, adds the rest after it, and leaves no template zero in the curve', () => {
    const template = journeyFrom('buyer5');
    expect(stageNames(template)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(template.emotionPoints.map((p) => p.value)).toEqual([0, 0, 0, 0, 0]);
    const text = [
      '\tawareness\tResearch\tPURCHASE\tUse\tRenew\tRecommend',
      'Actions\tSees an ad\tReads reviews\tBuys\tSets it up\tRenews\tTells a friend',
      'Emotions\t1\t0.5\t-1\t\t1\t2',
    ].join('\n');
    const { after, report } = paste(template, text);
    expect(stageNames(after)).toEqual(['Awareness', 'Research', 'Purchase', 'Use', 'Renew', 'Recommend']);
    expect(texts(after, 'Actions', 'Use')).toEqual(['Sets it up']);
    expect(texts(after, 'Actions', 'Recommend')).toEqual(['Tells a friend']);
    // "Use" had no value in the block: the template's zero there is gone, not a dip through 0.
    expect(curveValues(after)).toEqual([['Awareness', 1], ['Research', 0.5], ['Purchase', -1], ['Renew', 1], ['Recommend', 2]]);
    expect(report).toMatchObject({ cards: 6, stages: 1, matched: 2, placed: 3, values: 5 });
  });

  it('leaves the template’s other stages empty after the block’s, in order, and keeps a curve someone set', () => {
    const template = journeyFrom('buyer5');
    const { after, report } = paste(template, '\tDiscover\tBuy\nActions\tSees an ad\tBuys\nEmotions\t1\t-1\n');
    expect(stageNames(after)).toEqual(['Discover', 'Buy', 'Purchase', 'Retention', 'Advocacy']);
    expect(curveValues(after)).toEqual([['Discover', 1], ['Buy', -1]]);
    expect(report).toMatchObject({ matched: 0, placed: 2, stages: 0 });
    // A curve with a real value is the user's: its zeros stay.
    const set = { ...template, emotionPoints: template.emotionPoints.map((p, i) => (i === 4 ? { ...p, value: 2 } : p)) };
    expect(curveValues(paste(set, '\tDiscover\tBuy\nEmotions\t1\t-1\n').after)).toEqual([['Discover', 1], ['Buy', -1], ['Purchase', 0], ['Retention', 0], ['Advocacy', 2]]);
  });
});
