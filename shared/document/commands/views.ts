import type { Change } from '../changes';
import { newId } from '../ids';
import { keyAfterLast } from '../order';
import type { JourneyDocument, JourneyView } from '../schema';
import { patchRecord, recordChange } from './records';

/** What a user chooses for a view; its id and place in the list are the command's business. */
export type ViewFields = Omit<JourneyView, 'id' | 'order'>;

/** A named way to show the map, last in the list. Empty filters are left out of the file. */
export function addView(doc: JourneyDocument, fields: ViewFields): { changes: Change[]; view: JourneyView } {
  const base: JourneyView = { id: newId(), order: keyAfterLast(doc.views), name: fields.name };
  const view = patchRecord(base, fields, ['name']);
  return { changes: [{ table: 'views', before: null, after: view }], view };
}

/** Changes a view's name or filters; a filter set to undefined or an empty list is cleared. */
export function updateView(doc: JourneyDocument, id: string, patch: Partial<ViewFields>): Change[] {
  const before = doc.views.find((v) => v.id === id);
  if (!before) return [];
  return recordChange('views', before, patchRecord<JourneyView>(before, patch, ['name']));
}

export function removeView(doc: JourneyDocument, id: string): Change[] {
  const before = doc.views.find((v) => v.id === id);
  return before ? [{ table: 'views', before, after: null }] : [];
}
