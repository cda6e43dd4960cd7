import type { Change } from '../changes';
import { recordChange } from './records';
import type { JourneyDocument, MapLink } from '../schema';

/**
 * Links a stage or step to another map of the workspace (`link`), or unlinks it (null): one
 * change to that record, so undo takes it back like any edit.
 */
export function setMapLink(doc: JourneyDocument, holder: { kind: 'stage' | 'step'; id: string }, link: MapLink | null): Change[] {
  if (holder.kind === 'stage') {
    const before = doc.stages.find((s) => s.id === holder.id);
    if (!before) return [];
    const { mapLink: _old, ...rest } = before;
    const after = link ? { ...rest, mapLink: link } : rest;
    return recordChange('stages', before, after);
  }
  const before = doc.steps.find((s) => s.id === holder.id);
  if (!before) return [];
  const { mapLink: _old, ...rest } = before;
  const after = link ? { ...rest, mapLink: link } : rest;
  return recordChange('steps', before, after);
}
