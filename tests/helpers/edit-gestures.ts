import fc from 'fast-check';
import type { Change } from '../../shared/document/changes';
import {
  addCard, addCurve, addLane, addStage, addStep, duplicateCards, moveCards, moveLane, moveStage, moveStep, removeCards, removeCurve,
  removeLane, removeStage, removeStep, setEmotion, updateCard, updateLane, updateMeta, updateStage, type Cell,
} from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';

/** One structural gesture, chosen and aimed by numbers so fast-check can shrink a failure. */
export type Gesture = { kind: number; a: number; b: number; value: number };
export const gesture = fc.record({ kind: fc.nat(18), a: fc.nat(), b: fc.nat(), value: fc.double({ min: -2, max: 2, noNaN: true }) });

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

function cellOf(doc: JourneyDocument, n: number): Cell | undefined {
  const lane = pick(doc.lanes.filter((l) => l.kind !== 'emotions' && l.kind !== 'metrics'), n);
  const stage = pick(doc.stages, n >> 3);
  if (!lane || !stage) return undefined;
  const step = pick(doc.steps.filter((s) => s.stageId === stage.id), n >> 5);
  return { laneId: lane.id, stageId: stage.id, stepId: step?.id };
}

export function changesFor(doc: JourneyDocument, g: Gesture): Change[] {
  const card = pick(doc.cards, g.a);
  const stage = pick(doc.stages, g.a);
  const lane = pick(doc.lanes, g.a);
  const step = pick(doc.steps, g.a);
  const cell = cellOf(doc, g.b);
  switch (g.kind) {
    case 0: return cell ? addCard(doc, cell, `card ${g.b}`).changes : [];
    case 1: return card && cell ? moveCards(doc, [card.id], cell, pick(doc.cards, g.b)?.id ?? null) : [];
    case 2: return removeCards(doc, doc.cards.filter((_, i) => i % 3 === g.a % 3).map((c) => c.id));
    case 3: return card ? duplicateCards(doc, [card.id]).changes : [];
    case 4: return addStage(doc, `Stage ${g.b}`, pick(doc.stages, g.b)?.id ?? null).changes;
    case 5: return stage ? moveStage(doc, stage.id, pick(doc.stages, g.b)?.id ?? null) : [];
    case 6: return stage && doc.stages.length > 1 ? removeStage(doc, stage.id) : [];
    case 7: return stage ? updateStage(doc, stage.id, { width: 120 + (g.b % 1000), name: `S${g.b}` }) : [];
    case 8: return stage ? addStep(doc, stage.id, { first: 'Step 1', added: 'Step 2' }).changes : [];
    case 9: return step ? moveStep(doc, step.id, pick(doc.steps, g.b)?.id ?? null) : [];
    case 10: return step ? removeStep(doc, step.id) : [];
    case 11: return addLane(doc, (['actions', 'emotions', 'painPoints', 'metrics'] as const)[g.b % 4]!, `Lane ${g.b}`).changes;
    case 12: return lane ? moveLane(doc, lane.id, pick(doc.lanes, g.b)?.id ?? null) : [];
    case 13: return lane && doc.lanes.length > 1 ? removeLane(doc, lane.id) : [];
    case 14: return lane ? updateLane(doc, lane.id, { collapsed: g.b % 2 === 0, hidden: g.b % 3 === 0 }) : [];
    case 15: {
      const curve = pick(doc.emotionCurves, g.a);
      const column = cellOf(doc, g.b);
      return curve && column ? setEmotion(doc, curve.id, column, g.value) : [];
    }
    case 16: return card ? updateCard(doc, card.id, { text: `edited ${g.b}` }) : [];
    case 17: return updateMeta(doc, { goal: `goal ${g.b % 5}` });
    default: {
      const curve = pick(doc.emotionCurves, g.a);
      return g.b % 2 === 0 ? (curve ? removeCurve(doc, curve.id) : []) : (lane?.kind === 'emotions' ? addCurve(doc, lane.id, 'To-be').changes : []);
    }
  }
}

