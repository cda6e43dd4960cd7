import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { setEmotion } from '../../shared/document/commands';
import { journeyDocumentSchema, type JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { parseJourneyText } from '../../shared/document/parse';
import type { WorkshopSnapshot } from '../../shared/ipc/workshop';
import { bandLane, latestWorkshop, liveMarks, resultMarks } from '../../shared/workshop/marks';
import { roomOutcome } from '../../shared/workshop/outcome';
import { acceptParkedNote, discardParkedNote, keepResults, localDate, workshopResult, type RoomOutcome } from '../../shared/workshop/results';
import { mapCurveByStage } from '../../shared/workshop/stage-curve';
import { JourneyStore } from '../../renderer/state/journey-store';
import { gridJourney } from '../helpers/editor';

const grid = gridJourney(['Awareness', 'Purchase', 'Retention'], ['painPoints', 'emotions', 'emotions'], [
  [0, 1, 'Checkout queue'],
  [0, 0, 'Ads everywhere'],
]);
const doc: JourneyDocument = [1, -1].reduce((current, value, index) =>
  applyChanges(current, setEmotion(current, current.emotionCurves[0]!.id, { stageId: current.stages[index]!.id }, value)), grid);
const [aware, buy, keep] = doc.stages.map((stage) => stage.id) as [string, string, string];
const [queue, ads] = doc.cards.map((card) => card.id) as [string, string];
const counts = (c: [number, number, number, number, number]) => ({ '-2': c[0], '-1': c[1], '0': c[2], '1': c[3], '2': c[4] });

const outcome: RoomOutcome = {
  participants: 4,
  rounds: [
    { number: 2, items: [{ itemId: 'noteABC', kind: 'note', text: 'A day pass', stageId: aware, votes: 3, voters: 2 }] },
    {
      number: 1,
      items: [
        { itemId: ads, kind: 'card', text: 'Ads everywhere', stageId: aware, votes: 2, voters: 2 },
        { itemId: queue, kind: 'card', text: 'Checkout queue', stageId: buy, votes: 5, voters: 3 },
        { itemId: 'idle', kind: 'card', text: 'Nobody voted', votes: 0, voters: 0 },
        { itemId: 'tie', kind: 'card', text: 'Also two', votes: 2, voters: 1 },
      ],
    },
  ],
  ratings: [
    { stageId: aware, stageName: 'Awareness', counts: counts([0, 1, 1, 1, 0]), count: 3 },
    { stageId: buy, stageName: 'Purchase', counts: counts([2, 1, 0, 0, 0]), count: 3 },
    { stageId: keep, stageName: 'Retention', counts: counts([0, 0, 0, 0, 0]), count: 0 },
  ],
  unhandled: [
    { stageId: buy, lane: 'ideas', text: 'Self-scan tills', author: 'Ana' },
    { stageId: aware, lane: 'thoughts', text: 'Which plan?', author: null },
  ],
};

describe('a workshop’s results as the map keeps them', () => {
  const result = workshopResult(outcome, { name: 'Panel', date: '2027-03-11', ratingLaneId: doc.lanes[2]!.id });
  const kept = applyChanges(doc, keepResults(result));

  it('ranks round by round, most votes first, equal votes in the order the round offered them', () => {
    expect(result.ranking.map((vote) => [vote.round, vote.itemId, vote.votes])).toEqual([
      [1, queue, 5], [1, ads, 2], [1, 'tie', 2], [1, 'idle', 0], [2, 'noteABC', 3],
    ]);
  });

  it('keeps the stages someone rated, with the distribution, count and a mean of two decimals', () => {
    expect(result.ratings).toEqual([
      { stageId: aware, stageName: 'Awareness', veryBad: 0, bad: 1, neutral: 1, good: 1, veryGood: 0, count: 3, mean: 0 },
      { stageId: buy, stageName: 'Purchase', veryBad: 2, bad: 1, neutral: 0, good: 0, veryGood: 0, count: 3, mean: -1.67 },
    ]);
  });

  it('parks the unhandled notes under the lane kind they become, ideas as opportunities', () => {
    expect(result.parked.map(({ stageId, laneKind, text, author }) => ({ stageId, laneKind, text, author }))).toEqual([
      { stageId: buy, laneKind: 'opportunities', text: 'Self-scan tills', author: 'Ana' },
      { stageId: aware, laneKind: 'thoughts', text: 'Which plan?', author: undefined },
    ]);
    expect(new Set(result.parked.map((note) => note.id)).size).toBe(2);
  });

  it('is a valid record of format 4 that survives a save and a reopen, and a second workshop stays apart', () => {
    expect(journeyDocumentSchema.safeParse(kept).success).toBe(true);
    const second = workshopResult({ ...outcome, rounds: [], unhandled: [] }, { name: 'Staff', date: '2027-04-01' });
    const both = applyChanges(kept, keepResults(second));
    const reopened = parseJourneyText(serializeJourney(both));
    expect(reopened.workshops.map((workshop) => workshop.name)).toEqual(['Panel', 'Staff']);
    expect(reopened.workshops[0]).toEqual(result);
    expect(latestWorkshop(reopened.workshops)?.name).toBe('Staff');
  });

  it('counts at least as many people as rated a stage, never more than the room holds', () => {
    expect(workshopResult({ ...outcome, participants: 1 }, { name: 'x', date: '2027-01-01' }).participants).toBe(3);
    expect(workshopResult({ ...outcome, participants: 999 }, { name: 'x', date: '2027-01-01' }).participants).toBe(200);
  });

  it('accepts a parked note later as a card, in one undoable change, and discards another', () => {
    const store = new JourneyStore(kept);
    const [idea, thought] = result.parked;
    const accepted = acceptParkedNote(store.document, result.id, idea!.id, 'Opportunities');
    expect(accepted?.laneCreated).toBe(true);
    store.transact('Accept parked note', accepted!.changes);
    const card = store.document.cards.find((candidate) => candidate.id === accepted!.cardId);
    expect(card).toMatchObject({ text: 'Self-scan tills', stageId: buy });
    expect(store.document.lanes.find((lane) => lane.id === card?.laneId)?.kind).toBe('opportunities');
    expect(store.document.workshops[0]?.parked.map((note) => note.id)).toEqual([thought!.id]);
    store.transact('Discard parked note', discardParkedNote(store.document, result.id, thought!.id));
    expect(store.document.workshops[0]?.parked).toEqual([]);
    store.undo();
    store.undo();
    expect(store.document).toEqual(kept);
    // A note whose stage went is not accepted.
    const noStage = { ...kept, stages: kept.stages.filter((stage) => stage.id !== buy), cards: kept.cards.filter((c) => c.stageId !== buy) };
    expect(acceptParkedNote(noStage, result.id, idea!.id, 'Opportunities')).toBeNull();
  });

  it('draws the cards voted on with their votes over all rounds and their place, and the ratings in the lane picked', () => {
    const marks = resultMarks(result);
    expect([...marks.cards]).toEqual([[queue, { votes: 5, rank: 1 }], [ads, { votes: 2, rank: 2 }], ['tie', { votes: 2, rank: 2 }]]);
    expect(marks.ratings.map((band) => [band.stageId, band.mean, band.counts['-2']])).toEqual([[aware, 0, 0], [buy, -1.67, 2]]);
    expect(bandLane(doc.lanes, marks.laneId)?.id).toBe(doc.lanes[2]!.id);
    // A lane no longer there, or one collapsed: the first emotions lane shown.
    expect(bandLane(doc.lanes, 'gone')?.id).toBe(doc.lanes[1]!.id);
    expect(bandLane(doc.lanes.map((lane, i) => (i === 2 ? { ...lane, collapsed: true } : lane)), doc.lanes[2]!.id)?.id).toBe(doc.lanes[1]!.id);
    const live = liveMarks([{ cardId: queue, total: 2 }, { cardId: ads, total: 2 }], [{ stageId: aware, counts: counts([0, 0, 1, 0, 0]), count: 1, mean: 0 }, { stageId: buy, counts: counts([0, 0, 0, 0, 0]), count: 0, mean: null }], null);
    expect([...live.cards.values()].map((mark) => mark.rank)).toEqual([1, 1]);
    expect(live.ratings).toHaveLength(1);
  });

  it('reads the map’s own curve per stage beside the ratings, from the lane the band sits in', () => {
    expect([...(mapCurveByStage(doc, null)?.values ?? [])]).toEqual([[aware, 1], [buy, -1]]);
    expect(mapCurveByStage(doc, doc.lanes[2]!.id)?.curve.laneId).toBe(doc.lanes[2]!.id);
  });

  it('dates the workshop on the facilitator’s own calendar', () => {
    expect(localDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('what the room gave, read from the facilitator’s last view of it', () => {
  it('takes the shared items with their votes, the ratings, and the notes still in the inbox', () => {
    const note = (key: string, text: string, triage: WorkshopSnapshot['stages'][number]['notes'][number]['triage']) => ({
      key, participantId: key.split('/')[0]!, author: null, triage, stageId: buy, lane: 'painPoints' as const, text, createdAt: 1,
    });
    const snapshot = {
      revision: 3, workshopId: 'w', code: 'ABCDEF', journeyPath: null, title: 'T', locked: false, voteBudget: 5, lanes: ['painPoints'],
      participants: [
        { id: 'p1', name: null, online: true, notes: 2, votesUsed: 3, ratings: 1, removed: false },
        { id: 'p2', name: null, online: false, notes: 0, votesUsed: 0, ratings: 0, removed: true, dropped: false },
        { id: 'p3', name: null, online: false, notes: 0, votesUsed: 0, ratings: 0, removed: true, dropped: true },
      ],
      stages: [{ stageId: buy, stageName: 'Purchase', notes: [note('p1/a', 'Waiting', null), note('p1/b', 'Spam', { status: 'rejected', at: 1 }), note('p1/c', 'Undone accept', { status: 'accepted', at: 1, into: 'gone' })] }],
      votes: [{ targetId: queue, text: 'Checkout queue', total: 3, voters: 1 }],
      ratings: [{ stageId: buy, counts: counts([1, 0, 0, 0, 0]), count: 1, mean: -2 }],
      targets: [],
      rounds: [
        { number: 1, budget: 3, items: [{ id: 'r1-x', text: 'Gone card', kind: 'card', item: 'x' }], votes: [{ targetId: 'r1-x', total: 2, voters: 2 }], status: null },
        {
          number: 2, budget: 5, status: { number: 2, endsAt: null, open: false, revealed: true, totals: null },
          items: [{ id: `r2-${queue}`, text: 'Checkout queue', stageId: buy, kind: 'painPoint', item: queue }, { id: 'r2-p1-a', text: 'Waiting', stageId: buy, kind: 'note', item: 'p1/a' }],
          votes: [{ targetId: `r2-${queue}`, total: 3, voters: 1 }],
        },
      ],
    } satisfies WorkshopSnapshot;
    const read = roomOutcome(snapshot, doc);
    // A removed participant whose contributions were kept still took part; one dropped did not.
    expect(read.participants).toBe(2);
    expect(read.rounds).toEqual([
      { number: 1, items: [{ itemId: 'x', kind: 'card', text: 'Gone card', stageId: undefined, votes: 2, voters: 2 }] },
      { number: 2, items: [
        { itemId: queue, kind: 'card', text: 'Checkout queue', stageId: buy, votes: 3, voters: 1 },
        { itemId: 'a', kind: 'note', text: 'Waiting', stageId: buy, votes: 0, voters: 0 },
      ] },
    ]);
    expect(read.ratings[0]).toMatchObject({ stageName: 'Purchase', count: 1 });
    expect(read.unhandled.map((n) => n.text)).toEqual(['Waiting', 'Undone accept']);
  });
});
