import type { Change } from '../changes';
import { recordChange } from './records';
import { newId } from '../ids';
import type { EmotionCurve, JourneyDocument, Lane, LaneKind } from '../schema';
import { removeDependents } from './cascade';
import { CURVE_COLOURS } from './emotions';
import { orderBefore } from './stages';

/** Adds a lane of a kind; an emotions lane comes with its first curve. */
export function addLane(doc: JourneyDocument, kind: LaneKind, name: string, beforeId: string | null = null): { changes: Change[]; lane: Lane } {
  const lane: Lane = { id: newId(), kind, name, order: orderBefore(doc.lanes, beforeId) };
  const changes: Change[] = [{ table: 'lanes', before: null, after: lane }];
  if (kind === 'emotions') {
    const curve: EmotionCurve = { id: newId(), laneId: lane.id, name, style: 'solid', colour: CURVE_COLOURS[0] };
    changes.push({ table: 'emotionCurves', before: null, after: curve });
  }
  return { changes, lane };
}

export function updateLane(doc: JourneyDocument, id: string, patch: Partial<Pick<Lane, 'name' | 'collapsed' | 'hidden' | 'unit'>>): Change[] {
  const before = doc.lanes.find((l) => l.id === id);
  if (!before) return [];
  const after: Lane = { ...before, ...patch };
  // false is the default: keep the file free of it.
  if (!after.collapsed) delete after.collapsed;
  if (!after.hidden) delete after.hidden;
  if (after.unit === undefined || after.unit === '') delete after.unit;
  return recordChange('lanes', before, after);
}

export function moveLane(doc: JourneyDocument, id: string, beforeId: string | null): Change[] {
  const before = doc.lanes.find((l) => l.id === id);
  if (!before || beforeId === id) return [];
  return [{ table: 'lanes', before, after: { ...before, order: orderBefore(doc.lanes, beforeId, id) } }];
}

/** Removes a lane with its cards, curves, points and values. */
export function removeLane(doc: JourneyDocument, id: string): Change[] {
  const before = doc.lanes.find((l) => l.id === id);
  if (!before) return [];
  return [...removeDependents(doc, { laneIds: new Set([id]) }), { table: 'lanes', before, after: null }];
}
