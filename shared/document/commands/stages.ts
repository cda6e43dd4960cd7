import type { Change } from '../changes';
import { recordChange } from './records';
import { newId } from '../ids';
import { keyBetween, sortByOrder } from '../order';
import type { JourneyDocument, Stage, Step } from '../schema';
import { removeDependents } from './cascade';

/** The order key that puts a record before `beforeId` (or last) among `siblings`. */
function orderBefore<T extends { id: string; order: string }>(siblings: readonly T[], beforeId: string | null, movingId?: string): string {
  const others = sortByOrder(siblings.filter((s) => s.id !== movingId));
  const index = beforeId === null ? others.length : others.findIndex((s) => s.id === beforeId);
  const at = index === -1 ? others.length : index;
  return keyBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null);
}

export function addStage(doc: JourneyDocument, name: string, beforeId: string | null = null): { changes: Change[]; stage: Stage } {
  const stage: Stage = { id: newId(), name, order: orderBefore(doc.stages, beforeId) };
  return { changes: [{ table: 'stages', before: null, after: stage }], stage };
}

export function updateStage(doc: JourneyDocument, id: string, patch: Partial<Pick<Stage, 'name' | 'width' | 'speakerNotes'>>): Change[] {
  const before = doc.stages.find((s) => s.id === id);
  if (!before) return [];
  const after = { ...before, ...patch };
  return recordChange('stages', before, after);
}

export function moveStage(doc: JourneyDocument, id: string, beforeId: string | null): Change[] {
  const before = doc.stages.find((s) => s.id === id);
  if (!before || beforeId === id) return [];
  return [{ table: 'stages', before, after: { ...before, order: orderBefore(doc.stages, beforeId, id) } }];
}

/** Removes a stage with its steps and everything placed in it. */
export function removeStage(doc: JourneyDocument, id: string): Change[] {
  const before = doc.stages.find((s) => s.id === id);
  if (!before) return [];
  return [
    ...removeDependents(doc, { stageIds: new Set([id]) }),
    ...doc.steps.filter((s) => s.stageId === id).map((step) => ({ table: 'steps', before: step, after: null }) as const),
    { table: 'stages', before, after: null },
  ];
}

/**
 * Adds a step to a stage. A stage without steps is split in two: a first step that takes
 * over everything placed in the stage, and the new one.
 */
export function addStep(doc: JourneyDocument, stageId: string, names: { first: string; added: string }, beforeId: string | null = null): { changes: Change[]; step: Step } {
  const existing = doc.steps.filter((s) => s.stageId === stageId);
  const changes: Change[] = [];
  let siblings = existing;
  if (existing.length === 0) {
    const first: Step = { id: newId(), stageId, name: names.first, order: keyBetween(null, null) };
    siblings = [first];
    changes.push({ table: 'steps', before: null, after: first });
    for (const before of doc.cards.filter((c) => c.stageId === stageId)) changes.push({ table: 'cards', before, after: { ...before, stepId: first.id } });
    for (const before of doc.emotionPoints.filter((p) => p.stageId === stageId)) changes.push({ table: 'emotionPoints', before, after: { ...before, stepId: first.id } });
    for (const before of doc.metricValues.filter((m) => m.stageId === stageId)) changes.push({ table: 'metricValues', before, after: { ...before, stepId: first.id } });
  }
  const step: Step = { id: newId(), stageId, name: names.added, order: orderBefore(siblings, beforeId) };
  changes.push({ table: 'steps', before: null, after: step });
  return { changes, step };
}

export function updateStep(doc: JourneyDocument, id: string, patch: Partial<Pick<Step, 'name' | 'width'>>): Change[] {
  const before = doc.steps.find((s) => s.id === id);
  if (!before) return [];
  const after = { ...before, ...patch };
  return recordChange('steps', before, after);
}

export function moveStep(doc: JourneyDocument, id: string, beforeId: string | null): Change[] {
  const before = doc.steps.find((s) => s.id === id);
  if (!before || beforeId === id) return [];
  const siblings = doc.steps.filter((s) => s.stageId === before.stageId);
  return [{ table: 'steps', before, after: { ...before, order: orderBefore(siblings, beforeId, id) } }];
}

/** Removes a step and what is placed in it; removing the last step leaves a plain stage. */
export function removeStep(doc: JourneyDocument, id: string): Change[] {
  const before = doc.steps.find((s) => s.id === id);
  if (!before) return [];
  return [...removeDependents(doc, { stepIds: new Set([id]) }), { table: 'steps', before, after: null }];
}

export { orderBefore };
