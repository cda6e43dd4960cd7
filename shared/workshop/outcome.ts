import type { JourneyDocument } from '../document/schema';
import type { WorkshopSnapshot } from '../ipc/workshop';
import { noteState } from './facilitation';
import type { RoomOutcome } from './results';

/**
 * What the room gave, read from the facilitator's last view of it against the map as it is
 * now: the shared items and their votes, the ratings, and the notes still waiting in the inbox
 * (a note accepted or merged and then undone is waiting again).
 */
export function roomOutcome(snapshot: WorkshopSnapshot, doc: JourneyDocument): RoomOutcome {
  const cards = new Set(doc.cards.map((card) => card.id));
  const stageNames = new Map(doc.stages.map((stage) => [stage.id, stage.name]));
  const votes = new Map(snapshot.votes.map((vote) => [vote.targetId, vote]));
  const items = snapshot.targets.map((target) => ({
    itemId: target.id,
    kind: cards.has(target.id) ? ('card' as const) : ('note' as const),
    text: target.text,
    stageId: target.stageId,
    votes: votes.get(target.id)?.total ?? 0,
    voters: votes.get(target.id)?.voters ?? 0,
  }));
  const roomStages = new Map(snapshot.stages.map((stage) => [stage.stageId, stage.stageName]));
  return {
    participants: snapshot.participants.filter((participant) => !participant.removed).length,
    rounds: items.length > 0 ? [{ number: 1, items }] : [],
    ratings: snapshot.ratings.map((rating) => ({ ...rating, stageName: stageNames.get(rating.stageId) ?? roomStages.get(rating.stageId) ?? '' })),
    unhandled: snapshot.stages.flatMap((stage) => stage.notes)
      .filter((note) => noteState(doc, note) === 'pending')
      .map((note) => ({ stageId: note.stageId, lane: note.lane, text: note.text, author: note.author })),
  };
}
