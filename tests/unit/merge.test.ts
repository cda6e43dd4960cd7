import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableName } from '../../shared/document/changes';
import { applyAndRecord, applyChanges, invertChanges } from '../../shared/document/changes';
import { addCard, removeStage, updateCard } from '../../shared/document/commands';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { changesBetween } from '../../shared/merge/changes-between';
import { mergeJourneys, RECORD_TABLES, type MergeConflict } from '../../shared/merge/three-way';
import { sameRecord } from '../../shared/document/same-record';
import { changesFor, gesture, type Gesture } from '../helpers/edit-gestures';
import { currentFixtureText } from '../helpers/fixtures';

const base = parseJourneyText(currentFixtureText());
const edited = (doc: JourneyDocument, gestures: readonly Gesture[]) => gestures.reduce((d, g) => applyChanges(d, changesFor(d, g)), doc);
const script = fc.array(gesture, { minLength: 0, maxLength: 12 });
const text = (doc: JourneyDocument) => serializeJourney(doc);

type Place = { table: TableName; id: string };
const PLACE_FIELDS = new Set(['stageId', 'stepId', 'laneId', 'order']);
/** The conflicts that speak for a record (any kind), or for one of its fields. */
const speaksFor = (conflicts: readonly MergeConflict[], at: Place, field?: string) =>
  conflicts.some((c) => c.table === at.table && c.id === at.id && (field === undefined || c.kind !== 'both-changed' || c.field === field || (c.field === 'place' && PLACE_FIELDS.has(field))));

/**
 * Every record a side added, removed or changed (field by field) against the base is in the
 * merged journey as that side left it, or a conflict names it. Fields the merge may move to
 * keep the journey whole (a restored record's place, a re-keyed order) are allowed through
 * their own conflict kinds or, for order keys, through relative order.
 */
function expectNoEditLost(merged: JourneyDocument, side: JourneyDocument, conflicts: readonly MergeConflict[]): void {
  for (const table of RECORD_TABLES) {
    const before = new Map(base[table].map((r) => [r.id, r as Record<string, unknown>]));
    const after = new Map(side[table].map((r) => [r.id, r as Record<string, unknown>]));
    const result = new Map(merged[table].map((r) => [r.id, r as Record<string, unknown>]));
    for (const [id, record] of after) {
      const was = before.get(id);
      if (sameRecord(record, was)) continue;
      const got = result.get(id);
      if (!got) {
        expect(speaksFor(conflicts, { table, id }), `${table} ${id} added or changed, then lost`).toBe(true);
        continue;
      }
      for (const field of new Set([...Object.keys(record), ...Object.keys(was ?? {})])) {
        if (sameRecord(record[field], was?.[field]) || sameRecord(got[field], record[field]) || field === 'order') continue;
        expect(speaksFor(conflicts, { table, id }, field), `${table} ${id}.${field} lost`).toBe(true);
      }
    }
    for (const id of before.keys()) {
      if (after.has(id) || !result.has(id)) continue;
      expect(speaksFor(conflicts, { table, id }), `${table} ${id} deleted, yet still there`).toBe(true);
    }
  }
}

describe('three-way merge of two copies edited apart', () => {
  it('properties over random edit scripts on both sides: nothing lost without a conflict, identities hold, the result validates', () => {
    fc.assert(
      fc.property(script, script, (left, right) => {
        const ours = edited(base, left);
        const theirs = edited(base, right);
        const { document, conflicts } = mergeJourneys(base, ours, theirs);
        validateJourney(JSON.parse(text(document)));
        expectNoEditLost(document, ours, conflicts);
        expectNoEditLost(document, theirs, conflicts);
        // merge(base, x, x) = x; merge(base, base, x) = x = merge(base, x, base)
        for (const x of [ours, theirs]) {
          expect(text(mergeJourneys(base, x, x).document)).toBe(text(x));
          expect(text(mergeJourneys(base, base, x).document)).toBe(text(x));
          expect(text(mergeJourneys(base, x, base).document)).toBe(text(x));
          expect(mergeJourneys(base, x, x).conflicts).toEqual([]);
        }
      }),
      // Found by the property: both sides set an emotion in the same column (two new points).
      { numRuns: 300, examples: [[[{ kind: 15, a: 46618827, b: 26865992, value: 0 }], [{ kind: 15, a: 7, b: 1123517952, value: 0 }]]] },
    );
  });

  it('finds each record wherever the base has it: a base listed in another order merges alike', () => {
    // The merge looks for a side's records near where the base has them, and in a map of all
    // ids only when that fails: against a reversed or shuffled base it must take the second way.
    const reordered = (doc: JourneyDocument, seed: number): JourneyDocument => {
      const copy: Record<string, unknown> = { ...doc };
      for (const table of RECORD_TABLES) {
        const records: { id: string }[] = [...doc[table]];
        if (seed % 2 === 0) records.reverse();
        else records.sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7) || (a.id < b.id ? 1 : -1));
        copy[table] = records;
      }
      return copy as JourneyDocument;
    };
    fc.assert(
      fc.property(script, script, fc.nat(), (left, right, seed) => {
        const ours = edited(base, left);
        const theirs = edited(base, right);
        const plain = mergeJourneys(base, ours, theirs);
        const mixed = mergeJourneys(reordered(base, seed), ours, theirs);
        expect(text(mixed.document)).toBe(text(plain.document));
        expect(mixed.conflicts).toEqual(plain.conflicts);
      }),
      { numRuns: 100 },
    );
  });

  it('a stage deleted on one side while a card is added to it on the other: the stage comes back with the card, listed', () => {
    const stage = base.stages[0]!;
    const lane = base.lanes.find((l) => l.kind === 'actions')!;
    const step = base.steps.find((s) => s.stageId === stage.id);
    const added = addCard(base, { stageId: stage.id, laneId: lane.id, stepId: step?.id }, 'Added on the train');
    const ours = applyChanges(base, added.changes);
    const theirs = applyChanges(base, removeStage(base, stage.id));
    const { document, conflicts } = mergeJourneys(base, ours, theirs);
    validateJourney(JSON.parse(text(document)));
    expect(document.stages.map((s) => s.id)).toContain(stage.id);
    expect(document.cards.map((c) => c.text)).toContain('Added on the train');
    // Which card kept the stage is said too: the person settling it sees why it came back.
    expect(conflicts).toContainEqual({ kind: 'restored', table: 'stages', id: stage.id, deletedBy: 'theirs', usedBy: { table: 'cards', id: added.card.id } });
  });

  it('the same card edited on both sides: ours in the result, both values in the conflict', () => {
    const card = base.cards[0]!;
    const ours = applyChanges(base, updateCard(base, card.id, { text: 'Ours' }));
    const theirs = applyChanges(base, updateCard(base, card.id, { text: 'Theirs' }));
    const { document, conflicts } = mergeJourneys(base, ours, theirs);
    expect(document.cards.find((c) => c.id === card.id)?.text).toBe('Ours');
    expect(conflicts).toEqual([{ kind: 'both-changed', table: 'cards', id: card.id, field: 'text', base: card.text, ours: 'Ours', theirs: 'Theirs' }]);
  });

  it('cards added at the same end of one cell on both sides get order keys of their own', () => {
    const card = base.cards[0]!;
    const cell = { stageId: card.stageId, stepId: card.stepId, laneId: card.laneId };
    const ours = applyChanges(base, addCard(base, cell, 'A').changes);
    const theirs = applyChanges(base, addCard(base, cell, 'B').changes);
    const { document, conflicts } = mergeJourneys(base, ours, theirs);
    const inCell = document.cards.filter((c) => c.stageId === cell.stageId && c.laneId === cell.laneId && c.stepId === cell.stepId);
    expect(new Set(inCell.map((c) => c.order)).size).toBe(inCell.length);
    expect(inCell.map((c) => c.text)).toEqual(expect.arrayContaining(['A', 'B']));
    expect(conflicts).toEqual([]);
  });
});

describe('changes between two journeys (restoring a version as one undoable change)', () => {
  it('applied to the first, they give the second exactly, and undone, the first', () => {
    fc.assert(
      fc.property(script, script, (left, right) => {
        const [from, to] = [edited(base, left), edited(base, right)];
        const changes = changesBetween(from, to);
        const restored = applyChanges(from, changes);
        expect(text(restored)).toBe(text(to));
        expect(text(applyChanges(restored, invertChanges(applyAndRecord(from, changes).changes)))).toBe(text(from));
      }),
      { numRuns: 200 },
    );
  });
});
