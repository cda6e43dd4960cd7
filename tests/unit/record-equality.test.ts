import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { setMapLink, updateCard, updateCurve, updateLane, updateStage } from '../../shared/document/commands';
import { sameRecord } from '../../shared/document/same-record';
import { sameShared } from '../../shared/workspace/persona-library';
import { gridJourney } from '../helpers/editor';

describe('one record equality for every command', () => {
  it('compares records as saved: key order does not matter, undefined is absent, list order does', () => {
    expect(sameRecord({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameRecord({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameRecord({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameRecord([], {})).toBe(false);
    expect(sameShared({ id: 'p', name: 'Ana', quote: 'Hi' }, { quote: 'Hi', name: 'Ana', id: 'p' })).toBe(true);
  });

  it('makes no change (and no undo step) for an edit that changes nothing, whatever order the record’s keys are in', () => {
    const doc = gridJourney(['Visit', 'Buy'], ['actions'], [[0, 0, 'Browses']]);
    const stage = doc.stages[0]!;
    const link = { path: 'detail/Visit.journey', name: 'Visit detail' };
    // The link written first, as a file from elsewhere may hold it: relinking to the same map is no change.
    const linked = { ...doc, stages: doc.stages.map((s) => (s.id === stage.id ? { mapLink: link, ...s } : s)) };
    expect(setMapLink(linked, { kind: 'stage', id: stage.id }, { name: 'Visit detail', path: 'detail/Visit.journey' })).toEqual([]);
    expect(updateStage(doc, stage.id, { speakerNotes: undefined })).toEqual([]);
    expect(updateStage(doc, stage.id, { name: stage.name })).toEqual([]);
    const card = doc.cards[0]!;
    expect(updateCard(doc, card.id, { text: card.text })).toEqual([]);
    expect(updateLane(doc, doc.lanes[0]!.id, { collapsed: false, hidden: false })).toEqual([]);
    expect(updateCurve(doc, 'no-such-curve', { name: 'x' })).toEqual([]);
    // A real edit is one change, and applies.
    const renamed = updateStage(doc, stage.id, { name: 'Browse' });
    expect(renamed).toHaveLength(1);
    expect(applyChanges(doc, renamed).stages[0]!.name).toBe('Browse');
  });

  it('is the only equality the commands use (no JSON text compared)', async () => {
    const folder = new URL('../../shared/document/commands/', import.meta.url);
    for (const name of await readdir(folder)) {
      expect(await readFile(new URL(name, folder), 'utf8'), name).not.toMatch(/JSON\.stringify/);
    }
  });
});
