import { compareOrder, sortByOrder } from '../document/order';
import type { Card, JourneyDocument } from '../document/schema';

export interface PlanItem { stage: string; step: string; card: Card; addresses: string[] }

/** The action plan: every card in an opportunities lane, in stage order, with what it addresses. */
export function actionPlanItems(doc: JourneyDocument): PlanItem[] {
  const stageRank = new Map(sortByOrder(doc.stages).map((s, i) => [s.id, i]));
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
  const stepName = new Map(doc.steps.map((s) => [s.id, s.name]));
  const cardText = new Map(doc.cards.map((c) => [c.id, c.text]));
  const lanes = new Set(doc.lanes.filter((l) => l.kind === 'opportunities').map((l) => l.id));
  return doc.cards
    .filter((c) => lanes.has(c.laneId))
    .sort(compareOrder)
    .sort((a, b) => (stageRank.get(a.stageId) ?? 0) - (stageRank.get(b.stageId) ?? 0))
    .map((card) => ({
      stage: stageName.get(card.stageId) ?? '',
      step: card.stepId ? (stepName.get(card.stepId) ?? '') : '',
      card,
      addresses: (card.links ?? []).flatMap((id) => (cardText.has(id) ? [cardText.get(id) ?? ''] : [])),
    }));
}
