import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/document/changes';
import { addCard, removeCards, setEmotion, updateCard, updateMeta, updateStage } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { validateJourney } from '../../shared/document/parse';
import { JourneyStore } from '../../renderer/state/journey-store';
import { journeyFrom } from '../helpers/journeys';

/** A random edit, as a user's gesture would make it, against the current document. */
type Edit = { kind: 'add' | 'text' | 'remove' | 'emotion' | 'title'; pick: number; text: string; value: number };
const editArbitrary = fc.record({
  kind: fc.constantFrom('add', 'text', 'remove', 'emotion', 'title'),
  pick: fc.nat(),
  text: fc.string({ maxLength: 40 }),
  value: fc.double({ min: -2, max: 2, noNaN: true }),
}) as fc.Arbitrary<Edit>;

function changesFor(doc: JourneyDocument, edit: Edit): Change[] {
  const stage = doc.stages[edit.pick % doc.stages.length]!;
  const card = doc.cards.length > 0 ? doc.cards[edit.pick % doc.cards.length]! : undefined;
  switch (edit.kind) {
    case 'add': {
      const lane = doc.lanes.filter((l) => l.kind !== 'emotions')[edit.pick % 3]!;
      return addCard(doc, { stageId: stage.id, laneId: lane.id }, edit.text).changes;
    }
    case 'text': return card ? updateCard(doc, card.id, { text: edit.text }) : [];
    case 'remove': return card ? removeCards(doc, [card.id]) : [];
    case 'emotion': return setEmotion(doc, doc.emotionCurves[0]!.id, { stageId: stage.id }, edit.value);
    case 'title': return updateMeta(doc, { title: edit.text });
  }
}

describe('JourneyStore history', () => {
  it('undoing every edit gives back the original document, and redoing gives back the edited one', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 30 }), (edits) => {
        const original = journeyFrom('buyer5');
        const store = new JourneyStore(original);
        let steps = 0;
        for (const edit of edits) {
          const changes = changesFor(store.document, edit);
          store.transact(edit.kind, changes);
          if (changes.length > 0) steps += 1;
        }
        const edited = store.document;
        expect(() => validateJourney(edited)).not.toThrow();
        for (let i = 0; i < steps; i += 1) store.undo();
        expect(store.document).toEqual(original);
        expect(store.dirty).toBe(false);
        for (let i = 0; i < steps; i += 1) store.redo();
        expect(store.document).toEqual(edited);
      }),
      { numRuns: 200 },
    );
  });

  it('tracks unsaved state against the saved version, through undo and redo', () => {
    const store = new JourneyStore(journeyFrom('buyer5'));
    const cell = { stageId: store.document.stages[0]!.id, laneId: store.document.lanes[0]!.id };
    store.transact('Add card', addCard(store.document, cell, 'one').changes);
    expect(store.dirty).toBe(true);
    store.markSaved(store.getSnapshot().version);
    expect(store.dirty).toBe(false);
    store.undo();
    expect(store.dirty).toBe(true);
    store.redo();
    expect(store.dirty).toBe(false);
    store.transact('nothing', []);
    expect(store.getSnapshot().canUndo).toBe(true);
  });

  it('starts a new branch after an undo: redo is gone once a new edit is made', () => {
    const store = new JourneyStore(journeyFrom('buyer5'));
    store.transact('Rename', updateMeta(store.document, { title: 'A' }));
    store.undo();
    store.transact('Rename', updateMeta(store.document, { title: 'B' }));
    expect(store.getSnapshot().canRedo).toBe(false);
    store.redo();
    expect(store.document.journey.title).toBe('B');
  });

  it('tells listeners each change with its transaction and origin: done, undone, redone; never a save', () => {
    const store = new JourneyStore(journeyFrom('buyer5'));
    const heard: { name: string; made: string; origin: string; changes: number }[] = [];
    const stop = store.listen((change) => heard.push({ name: change.transaction.name, made: change.transaction.origin, origin: change.origin, changes: change.changes.length }));
    store.transact('Rename', updateMeta(store.document, { title: 'Mine' }));
    store.transact('Update shared personas', updateMeta(store.document, { title: 'From the library' }), 'library');
    store.undo();
    store.redo();
    store.markSaved(store.getSnapshot().version);
    store.transact('Accept workshop note', updateMeta(store.document, { title: 'From a phone' }), 'workshop');
    stop();
    store.transact('Rename', updateMeta(store.document, { title: 'Unheard' }));
    expect(heard).toEqual([
      { name: 'Rename', made: 'user', origin: 'user', changes: 1 },
      { name: 'Update shared personas', made: 'library', origin: 'library', changes: 1 },
      { name: 'Update shared personas', made: 'library', origin: 'undo', changes: 1 },
      { name: 'Update shared personas', made: 'library', origin: 'redo', changes: 1 },
      { name: 'Accept workshop note', made: 'workshop', origin: 'workshop', changes: 1 },
    ]);
  });

  it('applies a co-editor’s (remote) change without entering this window’s history', () => {
    const original = journeyFrom('buyer5');
    const store = new JourneyStore(original);
    store.transact('Rename', updateMeta(store.document, { title: 'Mine' }));
    store.transact('Rename stage', updateStage(store.document, original.stages[0]!.id, { name: 'Theirs' }), 'remote');
    expect(store.dirty).toBe(true);
    store.undo();
    expect(store.document.journey.title).toBe(original.journey.title);
    expect(store.document.stages[0]!.name).toBe('Theirs');
    expect(store.getSnapshot().canUndo).toBe(false);
  });
});
