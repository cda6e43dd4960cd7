import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { JourneyDeriver, validDerived } from '../../shared/coedit/derive';
import { JourneyMirror } from '../../shared/coedit/mirror';
import type { Change } from '../../shared/document/changes';
import { parseJourneyText } from '../../shared/document/parse';
import { currentFixtureText } from '../helpers/fixtures';

const start = parseJourneyText(currentFixtureText());

/** Two laptops on one map, both synced; `deliver` sends what one wrote to the other. */
function pair() {
  const a = new Y.Doc();
  JourneyMirror.seed(a, start);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const deliver = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
  return { a: new JourneyMirror(a), b: new JourneyMirror(b), deliver };
}

/** What deriving the whole shared state from scratch gives. */
const fresh = (mirror: JourneyMirror) => new JourneyDeriver(mirror.doc).derive();

describe('deriving a co-edited journey as it changes', () => {
  it('re-derives only the touched record after a text edit, and gives what deriving everything gives', () => {
    const { a, b, deliver } = pair();
    const before = b.deriveWithNotes();
    const card = start.cards[0]!;
    a.writeLocal([{ table: 'cards', before: card, after: { ...card, text: 'Edited on the other laptop' } }]);
    deliver(a.doc, b.doc);
    const after = b.deriveWithNotes();
    expect(after).toEqual(fresh(b));
    expect(after.document.cards.find((c) => c.id === card.id)?.text).toBe('Edited on the other laptop');
    // Nothing but the card changed: the other tables and cards are the same objects.
    expect(after.document.stages).toBe(before.document.stages);
    expect(after.document.cards.filter((c) => c.id !== card.id)).toEqual(before.document.cards.filter((c) => c.id !== card.id));
    expect(after.document.cards[1]).toBe(before.document.cards[1]);
  });

  it('applies the rules again when a record moves: a card moved into a stage deleted meanwhile brings the stage back', () => {
    const { a, b, deliver } = pair();
    const stage = start.stages.find((s) => s.id === 'stage-5')!;
    // Laptop B deletes the last stage with what is in it.
    const inStage = <T extends { stageId: string }>(records: readonly T[]) => records.filter((r) => r.stageId === stage.id);
    const removals: Change[] = [
      ...inStage(start.cards).map((before): Change => ({ table: 'cards', before, after: null })),
      ...inStage(start.emotionPoints).map((before): Change => ({ table: 'emotionPoints', before, after: null })),
      ...inStage(start.metricValues).map((before): Change => ({ table: 'metricValues', before, after: null })),
      { table: 'stages', before: stage, after: null },
    ];
    b.writeLocal(removals);
    expect(b.deriveWithNotes().document.stages.map((s) => s.id)).not.toContain(stage.id);
    // Laptop A, not knowing, moves a card there: only the card's place changes.
    const card = start.cards.find((c) => c.stageId === 'stage-4' && c.stepId === undefined)!;
    a.writeLocal([{ table: 'cards', before: card, after: { ...card, stageId: stage.id, order: 'a5' } }]);
    deliver(a.doc, b.doc);
    const derived = b.deriveWithNotes();
    expect(derived).toEqual(fresh(b));
    expect(derived.document.stages.map((s) => s.id)).toContain(stage.id);
    expect(derived.notes).toContainEqual({ kind: 'restored', table: 'stages', id: stage.id });
    expect(b.valid(derived)).toBe(true);
  });

  it('leaves out and names a record that breaks its schema, and checks the rest as the file would', () => {
    const { a, b, deliver } = pair();
    const lane = start.lanes[0]!;
    // A name past the schema's limit: the lane is left out, and so are the cards in it (nothing to bring it back from).
    a.writeLocal([{ table: 'lanes', before: lane, after: { ...lane, name: 'x'.repeat(100_000) } }]);
    deliver(a.doc, b.doc);
    const derived = b.deriveWithNotes();
    expect(derived).toEqual(fresh(b));
    expect(derived.notes).toContainEqual({ kind: 'invalid', table: 'lanes', id: lane.id });
    expect(derived.document.cards.some((c) => c.laneId === lane.id)).toBe(false);
    expect(b.valid(derived)).toBe(validDerived(derived));
    expect(b.valid(derived)).toBe(true);
  });
});
