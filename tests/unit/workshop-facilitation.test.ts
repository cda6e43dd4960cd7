import { describe, expect, it } from 'vitest';
import { applyChanges, invertChanges } from '../../shared/document/changes';
import { addStep } from '../../shared/document/commands';
import { journeyDocumentSchema } from '../../shared/document/schema';
import { acceptNote, laneForNote, mergeNote, NOTE_LANE_KINDS, noteState, roomStagesOf, roomText } from '../../shared/workshop/facilitation';
import { painPointsAndOpportunities } from '../../shared/workshop/round-items';
import { gridJourney } from '../helpers/editor';

const doc = gridJourney(['Awareness', 'Purchase'], ['actions', 'painPoints', 'emotions'], [
  [1, 1, 'Checkout queue'],
  [1, 0, 'Ads everywhere'],
  [1, 0, '   '],
  [0, 0, 'Sees an ad'],
]);
const [aware, buy] = doc.stages.map((stage) => stage.id) as [string, string];

describe('the map as the room sees it', () => {
  it('offers the stages in order, naming an unnamed one', () => {
    const unnamed = { ...doc, stages: doc.stages.map((stage, i) => (i === 1 ? { ...stage, name: '  ' } : stage)) };
    expect(roomStagesOf(unnamed, (n) => `Stage ${n}`)).toEqual([{ id: aware, name: 'Awareness' }, { id: buy, name: 'Stage 2' }]);
  });

  it('shares pain points and opportunities with text, in stage order, as plain room text', () => {
    expect(painPointsAndOpportunities(doc).map((item) => [item.text, item.kind, item.stageId])).toEqual([
      ['Ads everywhere', 'painPoint', aware],
      ['Checkout queue', 'painPoint', buy],
    ]);
    expect(roomText('a\u0007b\r\nc' + 'x'.repeat(600), 500)).toHaveLength(500);
    expect(roomText('Cafe\u0301 \u0000ok', 40)).toBe('Café ok');
  });
});

describe('a note entering the map', () => {
  it('maps the phone lanes to lane kinds, ideas to opportunities', () => {
    expect(NOTE_LANE_KINDS).toEqual({ actions: 'actions', thoughts: 'thoughts', painPoints: 'painPoints', ideas: 'opportunities' });
    expect(laneForNote(doc, 'painPoints')).toBe(doc.lanes[1]?.id);
    expect(laneForNote(doc, 'ideas')).toBeNull();
  });

  it('becomes a card at the end of its cell, and undo takes it back whole', () => {
    const accepted = acceptNote(doc, { stageId: buy, lane: 'painPoints', text: '<img src=x onerror=alert(1)>' }, 'Pain points');
    expect(accepted?.laneCreated).toBe(false);
    const after = applyChanges(doc, accepted!.changes);
    const cards = after.cards.filter((card) => card.stageId === buy && card.laneId === doc.lanes[1]?.id);
    expect(cards.map((card) => card.text)).toEqual(['Checkout queue', '<img src=x onerror=alert(1)>']);
    expect(journeyDocumentSchema.safeParse(after).success).toBe(true);
    expect(applyChanges(after, invertChanges(accepted!.changes))).toEqual(doc);
  });

  it('adds the lane when the map has none of the kind, in the same change', () => {
    const accepted = acceptNote(doc, { stageId: aware, lane: 'ideas', text: 'Queue app' }, 'Opportunities');
    const after = applyChanges(doc, accepted!.changes);
    const lane = after.lanes.find((candidate) => candidate.kind === 'opportunities');
    expect(accepted?.laneCreated).toBe(true);
    expect(lane?.name).toBe('Opportunities');
    expect(after.cards.find((card) => card.id === accepted?.cardId)).toMatchObject({ laneId: lane?.id, stageId: aware, text: 'Queue app' });
    expect(journeyDocumentSchema.safeParse(after).success).toBe(true);
  });

  it('goes into the first step of a stage that has steps, and nowhere when its stage is gone', () => {
    const first = addStep(doc, buy, { first: 'Pay', added: 'Wrap' });
    const withSteps = applyChanges(doc, first.changes);
    const accepted = acceptNote(withSteps, { stageId: buy, lane: 'actions', text: 'Pays' }, 'Actions');
    const after = applyChanges(withSteps, accepted!.changes);
    expect(after.cards.find((card) => card.id === accepted?.cardId)?.stepId).toBe(withSteps.steps.find((step) => step.stageId === buy)?.id);
    expect(journeyDocumentSchema.safeParse(after).success).toBe(true);
    expect(acceptNote(doc, { stageId: 'gone', lane: 'actions', text: 'x' }, 'Actions')).toBeNull();
  });

  it('merges into a card as a paragraph of its own, refused when the card is gone or would be too long', () => {
    const card = doc.cards.find((candidate) => candidate.text === 'Checkout queue')!;
    const merged = applyChanges(doc, mergeNote(doc, card.id, 'Only one till open')!);
    expect(merged.cards.find((candidate) => candidate.id === card.id)?.text).toBe('Checkout queue\nOnly one till open');
    expect(mergeNote(doc, 'gone', 'x')).toBeNull();
    expect(mergeNote(doc, card.id, 'x'.repeat(5_000))).toBeNull();
  });

  it('counts a note as handled only while the map still holds what it became', () => {
    const note = { stageId: buy, lane: 'painPoints' as const, text: 'Only one till' };
    const accepted = acceptNote(doc, note, 'Pain points')!;
    const after = applyChanges(doc, accepted.changes);
    expect(noteState(after, { ...note, triage: { status: 'accepted', into: accepted.cardId } })).toBe('accepted');
    // Undone: the card is gone, the note is back in the inbox.
    expect(noteState(doc, { ...note, triage: { status: 'accepted', into: accepted.cardId } })).toBe('pending');
    const card = doc.cards[0]!;
    const merged = applyChanges(doc, mergeNote(doc, card.id, note.text)!);
    expect(noteState(merged, { ...note, triage: { status: 'merged', into: card.id } })).toBe('merged');
    expect(noteState(doc, { ...note, triage: { status: 'merged', into: card.id } })).toBe('pending');
    expect(noteState(doc, { ...note, triage: { status: 'rejected' } })).toBe('rejected');
    expect(noteState(doc, { ...note, triage: null })).toBe('pending');
  });
});
