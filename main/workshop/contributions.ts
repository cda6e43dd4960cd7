import type { ParticipantNote, RoomState } from '../../shared/workshop/model';
import type { LiveParticipant } from './participant';
import type { TriageEntry } from './persistence';

export interface ContributedNote extends ParticipantNote {
  /** `<participantId>/<noteId>`: what triage() takes. */
  key: string;
  participantId: string;
  noteId: string;
  author: string | null;
  triage: TriageEntry | null;
}
export interface Contributions {
  /** Per stage of the room, in order; notes whose stage is gone come last, under stageName null. */
  stages: { stageId: string; stageName: string | null; notes: ContributedNote[] }[];
  /** Per vote target, most votes first (targets no longer shared have text null). */
  votes: { targetId: string; text: string | null; total: number; voters: number }[];
  /** Per stage: how many rated it -2, -1, 0, +1, +2; the mean, or null when nobody did. */
  ratings: { stageId: string; counts: Record<'-2' | '-1' | '0' | '1' | '2', number>; count: number; mean: number | null }[];
}

/**
 * What the room contributed, for the facilitator's inbox, the vote dots and the rating band:
 * notes per stage (oldest first, with their triage), vote totals per target (most first) and
 * the spread of ratings per stage. Removed participants do not count.
 */
export function tallyContributions(room: RoomState, participants: readonly LiveParticipant[], triageByKey: ReadonlyMap<string, TriageEntry>): Contributions {
  const active = participants.filter((participant) => !participant.record.removed);
  const notes: ContributedNote[] = active.flatMap((participant) => Object.entries(participant.content.notes).map(([noteId, note]) => {
    const key = `${participant.id}/${noteId}`;
    return { ...note, key, participantId: participant.id, noteId, author: participant.content.profile.name ?? null, triage: triageByKey.get(key) ?? null };
  })).sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
  const known = new Set(room.stages.map((stage) => stage.id));
  const stages: Contributions['stages'] = room.stages.map((stage) => ({ stageId: stage.id, stageName: stage.name, notes: notes.filter((note) => note.stageId === stage.id) }));
  for (const stageId of new Set(notes.filter((note) => !known.has(note.stageId)).map((note) => note.stageId))) {
    stages.push({ stageId, stageName: null, notes: notes.filter((note) => note.stageId === stageId) });
  }
  const tally = new Map<string, { total: number; voters: number }>();
  for (const participant of active) {
    for (const [targetId, count] of Object.entries(participant.content.votes)) {
      const entry = tally.get(targetId) ?? { total: 0, voters: 0 };
      tally.set(targetId, { total: entry.total + count, voters: entry.voters + 1 });
    }
  }
  const texts = new Map(room.targets.map((target) => [target.id, target.text]));
  const votes = [...tally].map(([targetId, entry]) => ({ targetId, text: texts.get(targetId) ?? null, ...entry }))
    .sort((a, b) => b.total - a.total || a.targetId.localeCompare(b.targetId));
  const ratings = room.stages.map((stage) => {
    const counts = { '-2': 0, '-1': 0, '0': 0, '1': 0, '2': 0 };
    let sum = 0;
    let count = 0;
    for (const participant of active) {
      const rating = participant.content.ratings[stage.id];
      if (rating === undefined) continue;
      counts[String(rating) as keyof typeof counts] += 1;
      sum += rating;
      count += 1;
    }
    return { stageId: stage.id, counts, count, mean: count === 0 ? null : sum / count };
  });
  return { stages, votes, ratings };
}
