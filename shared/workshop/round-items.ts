import { sortByOrder } from '../document/order';
import type { JourneyDocument, LaneKind } from '../document/schema';
import type { RoundItem, WorkshopSnapshot } from '../ipc/workshop';
import { noteState, roomText } from './facilitation';
import { WORKSHOP_LIMITS } from './model';

const KINDS: Partial<Record<LaneKind, RoundItem['kind']>> = { painPoints: 'painPoint', opportunities: 'opportunity' };

/** What a voting round can offer from the map: every card with text, lane by lane, each lane's cards in stage order. */
export function cardItems(doc: JourneyDocument): { laneId: string; laneName: string; items: RoundItem[] }[] {
  const stageOrder = new Map(sortByOrder(doc.stages).map((stage, index) => [stage.id, index]));
  return sortByOrder(doc.lanes).filter((lane) => !lane.hidden).flatMap((lane) => {
    const items = sortByOrder(doc.cards.filter((card) => card.laneId === lane.id))
      .sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0))
      .map((card) => ({ item: card.id, text: roomText(card.text, WORKSHOP_LIMITS.targetTextChars), stageId: card.stageId, kind: KINDS[lane.kind] ?? ('card' as const) }))
      .filter((item) => item.text !== '');
    return items.length > 0 ? [{ laneId: lane.id, laneName: lane.name, items }] : [];
  });
}

/** The room's notes a round can offer: those still waiting in the inbox (or parked), not rejected nor already a card. */
export function noteItems(snapshot: WorkshopSnapshot, doc: JourneyDocument): RoundItem[] {
  return snapshot.stages.flatMap((stage) => stage.notes)
    .filter((note) => noteState(doc, note) === 'pending')
    .map((note) => ({ item: note.key, text: roomText(note.text, WORKSHOP_LIMITS.targetTextChars), stageId: note.stageId, kind: 'note' as const }))
    .filter((item) => item.text !== '');
}

/** The quick round: the map's pain points and opportunities. */
export const painPointsAndOpportunities = (doc: JourneyDocument): RoundItem[] =>
  cardItems(doc).flatMap((lane) => lane.items).filter((item) => item.kind === 'painPoint' || item.kind === 'opportunity').slice(0, WORKSHOP_LIMITS.targets);
