import type { ParticipantNote, RoomState, VoteTarget } from '../../shared/workshop/model';
import { roundsOf } from '../../shared/workshop/rounds';
import type { LiveParticipant } from './participant';
import type { TriageEntry } from './persistence';

export interface ContributedNote extends ParticipantNote {
  /** `<participantId>/<noteId>`: what triage() takes. */
  key: string;
  participantId: string;
  noteId: string;
  author: string | null;
  triage: TriageEntry | null;
  /** Its author was removed: parked, still there to accept. */
  parked: boolean;
}
export interface TargetTally { targetId: string; total: number; voters: number }
export interface Contributions {
  /** Per stage of the room, in order; notes whose stage is gone come last, under stageName null. */
  stages: { stageId: string; stageName: string | null; notes: ContributedNote[] }[];
  /** Per target of the current round, most votes first (an item taken out of the round no longer counts). */
  votes: { targetId: string; text: string | null; total: number; voters: number }[];
  /** Every round so far, oldest first: its items, budget and votes per item that got any, most first. */
  rounds: { number: number; budget: number; targets: VoteTarget[]; votes: TargetTally[]; current: boolean }[];
  /** Per stage: how many rated it -2, -1, 0, +1, +2; the mean, or null when nobody did. */
  ratings: { stageId: string; counts: Record<'-2' | '-1' | '0' | '1' | '2', number>; count: number; mean: number | null }[];
}

/** Votes on `targets` from the participants who count, per target that got any, most first (equal ones in the round's order). */
function tallyVotes(targets: readonly VoteTarget[], counted: readonly LiveParticipant[]): TargetTally[] {
  const tally = new Map<string, { total: number; voters: number }>();
  for (const target of targets) {
    for (const participant of counted) {
      const count = participant.content.votes[target.id];
      if (!count) continue;
      const entry = tally.get(target.id) ?? { total: 0, voters: 0 };
      tally.set(target.id, { total: entry.total + count, voters: entry.voters + 1 });
    }
  }
  return [...tally].map(([targetId, entry]) => ({ targetId, ...entry })).sort((a, b) => b.total - a.total);
}

/**
 * What the room contributed, for the facilitator's inbox, the vote marks and the rating band:
 * notes per stage (oldest first, with their triage; a removed participant's parked), votes per
 * target of each round (most first) and the spread of ratings per stage. A removed
 * participant's votes and ratings count unless the facilitator dropped them.
 */
export function tallyContributions(room: RoomState, participants: readonly LiveParticipant[], triageByKey: ReadonlyMap<string, TriageEntry>): Contributions {
  const active = participants.filter((participant) => participant.record.dropped !== true);
  const notes: ContributedNote[] = participants.flatMap((participant) => Object.entries(participant.content.notes).map(([noteId, note]) => {
    const key = `${participant.id}/${noteId}`;
    return { ...note, key, participantId: participant.id, noteId, author: participant.content.profile.name ?? null, triage: triageByKey.get(key) ?? null, parked: participant.record.removed };
  })).sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
  const known = new Set(room.stages.map((stage) => stage.id));
  const stages: Contributions['stages'] = room.stages.map((stage) => ({ stageId: stage.id, stageName: stage.name, notes: notes.filter((note) => note.stageId === stage.id) }));
  for (const stageId of new Set(notes.filter((note) => !known.has(note.stageId)).map((note) => note.stageId))) {
    stages.push({ stageId, stageName: null, notes: notes.filter((note) => note.stageId === stageId) });
  }
  const texts = new Map(room.targets.map((target) => [target.id, target.text]));
  const votes = tallyVotes(room.targets, active).map((vote) => ({ ...vote, text: texts.get(vote.targetId) ?? null }));
  const rounds = roundsOf(room).map((round) => ({ ...round, votes: tallyVotes(round.targets, active) }));
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
  return { stages, votes, rounds, ratings };
}
