import type { Change } from './changes';
import { newId } from './ids';
import { keyAfterLast } from './order';
import type { Card, JourneyDocument, JourneyMeta } from './schema';
import { EMOTION_MAX, EMOTION_MIN } from './limits';

/**
 * Document edits as pure functions from a document to the changes they make. The renderer's
 * store applies them as named transactions, so every edit is undoable the same way.
 */

export function updateMeta(doc: JourneyDocument, patch: Partial<JourneyMeta>): Change[] {
  const after = { ...doc.journey, ...patch };
  return [{ table: 'journey', before: doc.journey, after }];
}

export function addCard(
  doc: JourneyDocument,
  cell: { stageId: string; laneId: string },
  text = '',
): { changes: Change[]; card: Card } {
  const siblings = doc.cards.filter((c) => c.stageId === cell.stageId && c.laneId === cell.laneId);
  const card: Card = { id: newId(), stageId: cell.stageId, laneId: cell.laneId, order: keyAfterLast(siblings), text };
  return { changes: [{ table: 'cards', before: null, after: card }], card };
}

export function updateCard(doc: JourneyDocument, id: string, patch: Partial<Omit<Card, 'id'>>): Change[] {
  const before = doc.cards.find((c) => c.id === id);
  if (!before) return [];
  return [{ table: 'cards', before, after: { ...before, ...patch } }];
}

export function removeCard(doc: JourneyDocument, id: string): Change[] {
  const before = doc.cards.find((c) => c.id === id);
  return before ? [{ table: 'cards', before, after: null }] : [];
}

/** Sets the emotion at a stage, creating the point if the stage has none yet. */
export function setEmotion(
  doc: JourneyDocument,
  cell: { stageId: string; laneId: string },
  rawValue: number,
): Change[] {
  const value = Math.round(Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, rawValue)) * 10) / 10;
  const before = doc.emotionPoints.find((p) => p.stageId === cell.stageId && p.laneId === cell.laneId);
  if (before) return before.value === value ? [] : [{ table: 'emotionPoints', before, after: { ...before, value } }];
  return [{ table: 'emotionPoints', before: null, after: { id: newId(), ...cell, value } }];
}
