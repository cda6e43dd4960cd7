import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyChanges, type Change } from '../../shared/document/changes';
import { addCard, removeStage, updateCard } from '../../shared/document/commands';
import { journeyDocumentSchema, type JourneyDocument } from '../../shared/document/schema';
import { JourneyMirror } from '../../shared/coedit/mirror';
import { parseJourneyText } from '../../shared/document/parse';
import { currentFixtureText } from '../helpers/fixtures';

const start = parseJourneyText(currentFixtureText());

/** Two laptops always in touch: every update goes straight across. */
function pair() {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  JourneyMirror.seed(docs[0], start);
  Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]));
  docs[0].on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(docs[1], u, 'net'));
  docs[1].on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(docs[0], u, 'net'));
  const laptops = docs.map((doc) => {
    const mirror = new JourneyMirror(doc);
    const laptop = {
      mirror,
      journey: start,
      edit(changes: Change[]) {
        laptop.journey = applyChanges(laptop.journey, changes);
        mirror.writeLocal(changes);
      },
    };
    return laptop;
  });
  const settle = () => {
    for (const laptop of laptops) laptop.journey = applyChanges(laptop.journey, laptop.mirror.refresh(laptop.journey).changes);
  };
  return { anna: laptops[0]!, bo: laptops[1]!, settle };
}

const card = (doc: JourneyDocument, id: string) => doc.cards.find((c) => c.id === id);

describe('co-editing: undo takes back only your own changes', () => {
  it("undoes Anna's new card and keeps Bo's edit made after it", () => {
    const { anna, bo, settle } = pair();
    const stage = start.stages[0]!;
    const lane = start.lanes.find((l) => l.kind === 'actions')!;
    const { changes, card: added } = addCard(anna.journey, { stageId: stage.id, laneId: lane.id }, 'Anna’s card');
    anna.edit(changes);
    settle();
    const other = start.cards[0]!;
    bo.edit(updateCard(bo.journey, other.id, { text: 'Bo was here' }));
    settle();
    anna.mirror.undoManager.undo();
    settle();
    for (const laptop of [anna, bo]) {
      expect(card(laptop.journey, added.id)).toBeUndefined();
      expect(card(laptop.journey, other.id)?.text).toBe('Bo was here');
    }
    anna.mirror.undoManager.redo();
    settle();
    expect(card(bo.journey, added.id)?.text).toBe('Anna’s card');
  });

  it('undoes one field of a card and keeps the field another person set', () => {
    const { anna, bo, settle } = pair();
    const target = start.cards[1]!;
    anna.edit(updateCard(anna.journey, target.id, { text: 'Anna’s words' }));
    bo.edit(updateCard(bo.journey, target.id, { colour: '#123456' }));
    settle();
    expect(card(bo.journey, target.id)).toMatchObject({ text: 'Anna’s words', colour: '#123456' });
    anna.mirror.undoManager.undo();
    settle();
    for (const laptop of [anna, bo]) expect(card(laptop.journey, target.id)).toMatchObject({ text: target.text, colour: '#123456' });
  });

  it("brings back a stage Anna removed, with the card Bo added to it meanwhile, and the journey stays whole", () => {
    const { anna, bo, settle } = pair();
    const stage = start.stages[1]!;
    const lane = start.lanes.find((l) => l.kind === 'actions')!;
    const step = start.steps.find((s) => s.stageId === stage.id);
    const { changes, card: added } = addCard(bo.journey, { stageId: stage.id, stepId: step?.id, laneId: lane.id }, 'Bo’s card');
    bo.edit(changes);
    anna.edit(removeStage(anna.journey, stage.id));
    settle();
    // Bo's card named the stage: it came back (a note says so).
    expect(anna.journey.stages.some((s) => s.id === stage.id)).toBe(true);
    anna.mirror.undoManager.undo();
    settle();
    for (const laptop of [anna, bo]) {
      expect(laptop.journey.stages.map((s) => s.id)).toEqual(expect.arrayContaining(start.stages.map((s) => s.id)));
      expect(card(laptop.journey, added.id)?.text).toBe('Bo’s card');
      for (const original of start.cards.filter((c) => c.stageId === stage.id)) expect(card(laptop.journey, original.id)).toBeDefined();
      expect(journeyDocumentSchema.safeParse(laptop.journey).success).toBe(true);
    }
  });
});
