import { describe, expect, it } from 'vitest';
import { applyChanges, invertChanges } from '../../shared/document/changes';
import { addView, removeLane, removeView, updateView } from '../../shared/document/commands';
import { sortByOrder } from '../../shared/document/order';
import { validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { draftOf, fieldsOf, tagsOf, toggled } from '../../renderer/present/views/view-draft';
import { presentedDocument } from '../../renderer/present/use-present-session';
import { journeyFrom } from '../helpers/journeys';

const apply = (doc: JourneyDocument, changes: Parameters<typeof applyChanges>[1]) => validateJourney(applyChanges(doc, changes));

describe('saved views', () => {
  it('adds, edits and removes views as undoable changes the file keeps', () => {
    const doc = journeyFrom('retail');
    const [first, last] = [sortByOrder(doc.stages)[1]!, sortByOrder(doc.stages)[3]!];
    const lanes = doc.lanes.slice(0, 2).map((l) => l.id);
    const added = addView(doc, { name: 'Store visit', laneIds: lanes, fromStageId: first.id, toStageId: last.id, tags: [] });
    const withView = apply(doc, added.changes);
    expect(withView.views).toEqual([{ id: added.view.id, order: added.view.order, name: 'Store visit', laneIds: lanes, fromStageId: first.id, toStageId: last.id }]);
    const second = addView(withView, { name: 'Pain only' }).view;
    expect(second.order > added.view.order).toBe(true);

    const edited = apply(withView, updateView(withView, added.view.id, { name: 'In store', laneIds: undefined, minRating: 4 }));
    expect(edited.views[0]).toEqual({ id: added.view.id, order: added.view.order, name: 'In store', fromStageId: first.id, toStageId: last.id, minRating: 4 });
    expect(updateView(edited, added.view.id, { minRating: 4 })).toEqual([]);
    expect(updateView(edited, 'nope', { name: 'x' })).toEqual([]);

    const removed = apply(edited, removeView(edited, added.view.id));
    expect(removed.views).toEqual([]);
    expect(removeView(removed, added.view.id)).toEqual([]);
    expect(applyChanges(removed, invertChanges(removeView(edited, added.view.id)))).toEqual(edited);
    expect(JSON.parse(serializeJourney(edited)).views[0].name).toBe('In store');
  });

  it('forgets a removed lane in the views that showed it, so the file stays valid', () => {
    const doc = journeyFrom('retail');
    const lane = doc.lanes[0]!.id;
    const withView = apply(doc, addView(doc, { name: 'Two lanes', laneIds: [lane, doc.lanes[1]!.id] }).changes);
    expect(apply(withView, removeLane(withView, lane)).views[0]!.laneIds).toEqual([doc.lanes[1]!.id]);
  });

  it('turns a form draft into the fewest fields: all ticked is no filter, the first and last stage are no range', () => {
    const doc = journeyFrom('retail');
    const stages = sortByOrder(doc.stages);
    const blank = draftOf(doc, null, 'New view');
    expect(fieldsOf(doc, blank)).toEqual({ name: 'New view' });
    const narrowed = { ...blank, laneIds: toggled(blank.laneIds, doc.lanes[0]!.id), fromStageId: stages[1]!.id, minRating: 3 };
    const fields = fieldsOf(doc, narrowed);
    expect(fields).toMatchObject({ fromStageId: stages[1]!.id, minRating: 3 });
    expect(fields.laneIds).toEqual(sortByOrder(doc.lanes).slice(1).map((l) => l.id));
    const { view } = addView(doc, fields);
    expect(draftOf(doc, view)).toMatchObject({ name: 'New view', fromStageId: stages[1]!.id, toStageId: stages.at(-1)!.id, minRating: 3 });
    expect(tagsOf({ ...doc, cards: [{ ...doc.cards[0]!, tags: ['b', 'a'] }, { ...doc.cards[1]!, tags: ['a'] }] })).toEqual(['a', 'b']);
  });

  it('presents a view as the export shows it, and the whole map without one', () => {
    const doc = journeyFrom('retail');
    const stages = sortByOrder(doc.stages);
    const { changes, view } = addView(doc, { name: 'Middle', fromStageId: stages[2]!.id, toStageId: stages[3]!.id, laneIds: [doc.lanes[0]!.id] });
    const withView = apply(doc, changes);
    const shown = presentedDocument(withView, view.id);
    expect(shown.stages.map((s) => s.id)).toEqual([stages[2]!.id, stages[3]!.id]);
    expect(shown.lanes.map((l) => l.id)).toEqual([doc.lanes[0]!.id]);
    expect(presentedDocument(withView, null)).toBe(withView);
    expect(presentedDocument(withView, 'deleted-view')).toBe(withView);
  });
});
