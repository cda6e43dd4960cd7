import type { JourneyDocument } from '../document/schema';
import type { WorkshopSnapshot } from '../ipc/workshop';
import { noteState } from './facilitation';
import { targetItem } from './model';
import type { RoomOutcome } from './results';

/**
 * What the room gave, read from the facilitator's last view of it against the map as it is
 * now: every voting round's items with their votes (a card, or a room's note, which counts as
 * the card it was accepted as since), the ratings, the people whose
 * contributions count, and the notes still waiting in the inbox or parked (a note accepted or
 * merged and then undone is waiting again).
 */
export function roomOutcome(snapshot: WorkshopSnapshot, doc: JourneyDocument): RoomOutcome {
  const stageNames = new Map(doc.stages.map((stage) => [stage.id, stage.name]));
  const notes = snapshot.stages.flatMap((stage) => stage.notes);
  const becameCard = new Map(notes.flatMap((note) => (note.triage?.into && noteState(doc, note) === 'accepted' ? [[note.key, note.triage.into] as const] : [])));
  const rounds = snapshot.rounds.map((round) => {
    const votes = new Map(round.votes.map((vote) => [vote.targetId, vote]));
    return {
      number: round.number,
      items: round.items.map((target) => {
        const item = targetItem(target);
        // A room's note stays one unless it was accepted as a card since; a card stays one even when deleted since.
        const card = target.kind === 'note' ? becameCard.get(item) : item;
        return {
          itemId: card ?? item.split('/').at(-1) ?? item,
          kind: card === undefined ? ('note' as const) : ('card' as const),
          text: target.text,
          stageId: target.stageId,
          votes: votes.get(target.id)?.total ?? 0,
          voters: votes.get(target.id)?.voters ?? 0,
        };
      }),
    };
  }).filter((round) => round.items.length > 0);
  const roomStages = new Map(snapshot.stages.map((stage) => [stage.stageId, stage.stageName]));
  return {
    participants: snapshot.participants.filter((participant) => !participant.dropped).length,
    rounds,
    ratings: snapshot.ratings.map((rating) => ({ ...rating, stageName: stageNames.get(rating.stageId) ?? roomStages.get(rating.stageId) ?? '' })),
    unhandled: notes
      .filter((note) => noteState(doc, note) === 'pending')
      .map((note) => ({ stageId: note.stageId, lane: note.lane, text: note.text, author: note.author })),
  };
}
