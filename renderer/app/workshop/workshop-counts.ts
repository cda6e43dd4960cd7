import type { WorkshopSnapshot } from '../../../shared/ipc/workshop';

/** The live counts the panel and the presenting badge show: people in the room, notes, votes. */
export function roomCounts(snapshot: WorkshopSnapshot): { participants: number; online: number; notes: number; votes: number } {
  const present = snapshot.participants.filter((participant) => !participant.removed);
  return {
    participants: present.length,
    online: present.filter((participant) => participant.online).length,
    notes: snapshot.stages.reduce((sum, stage) => sum + stage.notes.length, 0),
    votes: snapshot.votes.reduce((sum, vote) => sum + vote.total, 0),
  };
}
