import type { Change } from '../changes';
import { recordChange } from './records';
import { newId } from '../ids';
import { EMOTION_MAX, EMOTION_MIN } from '../limits';
import type { EmotionCurve, JourneyDocument } from '../schema';
import { removeDependents } from './cascade';
import { columnFields, sameColumn, type Column } from './cell';

/** Curve colours in the order curves are added (Okabe-Ito: blue, reddish purple, bluish green, vermillion). */
export const CURVE_COLOURS = ['#0072B2', '#CC79A7', '#009E73', '#D55E00'] as const;
const CURVE_STYLES: EmotionCurve['style'][] = ['solid', 'dashed', 'dotted'];

/** Emotion values are kept to one decimal: finer is noise on a -2..+2 scale. */
// `+ 0` turns -0 into 0: laptops that co-edit must agree on every value, and -0 is no emotion.
export const roundEmotion = (value: number): number => Math.round(Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value)) * 10) / 10 + 0;

/** Sets a curve's value at a column, creating the point if the column has none yet. */
export function setEmotion(doc: JourneyDocument, curveId: string, column: Column, rawValue: number): Change[] {
  const value = roundEmotion(rawValue);
  const before = doc.emotionPoints.find((p) => p.curveId === curveId && sameColumn(p, column));
  if (before) return before.value === value ? [] : [{ table: 'emotionPoints', before, after: { ...before, value } }];
  return [{ table: 'emotionPoints', before: null, after: { id: newId(), curveId, ...columnFields(column), value } }];
}

export function setEmotionLabel(doc: JourneyDocument, curveId: string, column: Column, label: string): Change[] {
  const before = doc.emotionPoints.find((p) => p.curveId === curveId && sameColumn(p, column));
  if (!before) return [];
  const { label: _old, ...rest } = before;
  const after = label.trim() === '' ? rest : { ...rest, label };
  return recordChange('emotionPoints', before, after);
}

/** A further curve in an emotions lane (to-be, or another persona), styled apart from the rest. */
export function addCurve(doc: JourneyDocument, laneId: string, name: string, personaId?: string): { changes: Change[]; curve: EmotionCurve } {
  const count = doc.emotionCurves.filter((c) => c.laneId === laneId).length;
  const curve: EmotionCurve = {
    id: newId(), laneId, name,
    style: CURVE_STYLES[count % CURVE_STYLES.length] ?? 'solid',
    colour: CURVE_COLOURS[count % CURVE_COLOURS.length] ?? CURVE_COLOURS[0],
    ...(personaId ? { personaId } : {}),
  };
  return { changes: [{ table: 'emotionCurves', before: null, after: curve }], curve };
}

export function updateCurve(doc: JourneyDocument, id: string, patch: Partial<Omit<EmotionCurve, 'id' | 'laneId'>>): Change[] {
  const before = doc.emotionCurves.find((c) => c.id === id);
  if (!before) return [];
  const after = { ...before, ...patch };
  return recordChange('emotionCurves', before, after);
}

export function removeCurve(doc: JourneyDocument, id: string): Change[] {
  return removeDependents(doc, { curveIds: new Set([id]) });
}
