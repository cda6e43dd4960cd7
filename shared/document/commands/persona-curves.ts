import type { Change } from '../changes';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { sortByOrder } from '../order';
import type { EmotionCurve, EmotionPoint, JourneyDocument } from '../schema';
import { computeColumns } from '../../layout/columns';
import { columnFields } from './cell';
import { addCurve } from './emotions';
import { addLane } from './lanes';

/** The emotion curve drawn for a persona, if the map has one. */
export const personaCurve = (doc: JourneyDocument, personaId: string): EmotionCurve | undefined =>
  doc.emotionCurves.find((c) => c.personaId === personaId);

/**
 * Gives a persona its own emotion curve, neutral at every column, in the first emotions lane
 * (a new lane named `laneName` when the map has none). No change if it has one already or the
 * file's limits are reached.
 */
export function addPersonaCurve(doc: JourneyDocument, personaId: string, laneName: string): { changes: Change[]; curve: EmotionCurve } | null {
  const persona = doc.personas.find((p) => p.id === personaId);
  const { columns } = computeColumns(doc);
  const full = doc.emotionCurves.length >= LIMITS.emotionCurves || doc.emotionPoints.length + columns.length > LIMITS.emotionPoints;
  if (!persona || personaCurve(doc, personaId) || full) return null;
  const lane = sortByOrder(doc.lanes).find((l) => l.kind === 'emotions');
  let changes: Change[];
  let curve: EmotionCurve;
  if (lane) {
    ({ changes, curve } = addCurve(doc, lane.id, persona.name, persona.id));
  } else {
    // A new emotions lane comes with a first curve: that one becomes the persona's.
    const added = addLane(doc, 'emotions', laneName);
    const first = added.changes.find((c) => c.table === 'emotionCurves')?.after as EmotionCurve;
    curve = { ...first, name: persona.name, personaId: persona.id };
    changes = added.changes.map((c) => (c.table === 'emotionCurves' ? { ...c, after: curve } : c));
  }
  const points: Change[] = columns.map((column) => {
    const point: EmotionPoint = { id: newId(), curveId: curve.id, ...columnFields(column), value: 0 };
    return { table: 'emotionPoints', before: null, after: point };
  });
  return { changes: [...changes, ...points], curve };
}
