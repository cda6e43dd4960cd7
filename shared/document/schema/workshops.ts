import { z } from 'zod';
import { EMOTION_MAX, EMOTION_MIN, LIMITS } from '../limits';
import { laneKindSchema } from './grid';
import { dateSchema, idSchema, text } from './primitives';

const count = (max: number) => z.number().int().min(0).max(max);
const ratingCount = count(LIMITS.workshopParticipants);

/**
 * One item a workshop's room voted on in one voting round: a card of the map, or a note the
 * room wrote (its text as the room saw it, so the ranking reads the same after the card
 * changes or goes). `itemId` names the card (or, for a note, the id the note had); it is a
 * record of what happened, not a link the map keeps valid.
 */
export const workshopVoteSchema = z.strictObject({
  /** Voting rounds are numbered from 1 in the order the facilitator opened them. */
  round: z.number().int().min(1).max(LIMITS.workshopRounds),
  itemId: idSchema,
  kind: z.enum(['card', 'note']),
  text: text(LIMITS.cardTextLength),
  stageId: idSchema.optional(),
  votes: count(LIMITS.workshopVotes),
  /** How many people gave it at least one vote. */
  voters: count(LIMITS.workshopParticipants),
});

/**
 * How the room rated one stage on the emotion scale: how many chose each level (-2 very bad
 * .. +2 very good, the phone's five buttons), their count and mean (two decimals). The stage's
 * name is kept as the room saw it.
 */
export const workshopRatingSchema = z.strictObject({
  stageId: idSchema,
  stageName: text(LIMITS.nameLength),
  veryBad: ratingCount,
  bad: ratingCount,
  neutral: ratingCount,
  good: ratingCount,
  veryGood: ratingCount,
  count: z.number().int().min(1).max(LIMITS.workshopParticipants),
  mean: z.number().finite().min(EMOTION_MIN).max(EMOTION_MAX),
});

/** A note the workshop left unhandled: parked, not lost, to accept into the map later. */
export const parkedNoteSchema = z.strictObject({
  id: idSchema,
  stageId: idSchema,
  /** The kind of lane the note becomes a card in (a phone's "idea" is an opportunity). */
  laneKind: laneKindSchema,
  text: text(LIMITS.cardTextLength),
  /** The name the participant gave, if any. */
  author: text(LIMITS.nameLength).optional(),
});

/** What one live workshop gave the map: kept apart from every other workshop's. */
export const workshopResultSchema = z.strictObject({
  id: idSchema,
  name: text(LIMITS.nameLength),
  /** The day it ended. */
  date: dateSchema,
  /** People who took part (a participant whose contributions the facilitator dropped is not counted). */
  participants: count(LIMITS.workshopParticipants),
  /** Most votes first within each round, rounds in order. */
  ranking: z.array(workshopVoteSchema).max(LIMITS.workshopVotedItems),
  ratings: z.array(workshopRatingSchema).max(LIMITS.stages),
  parked: z.array(parkedNoteSchema).max(LIMITS.parkedNotes),
  /** The emotions lane the room's rating band is drawn in (the first one when it is gone). */
  ratingLaneId: idSchema.optional(),
});

/** The five levels of a rating, -2..+2, as a rating record names their counts. */
export const RATING_LEVELS = [
  { value: -2, field: 'veryBad' },
  { value: -1, field: 'bad' },
  { value: 0, field: 'neutral' },
  { value: 1, field: 'good' },
  { value: 2, field: 'veryGood' },
] as const;
