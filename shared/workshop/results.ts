/**
 * A live workshop's output as the map keeps it (format 4's `workshops` table): built from
 * what the room gave when the workshop ends, and the later work on it (accepting a parked
 * note), each as changes for the store's one write path, so each is one undo step.
 */
import type { Change } from '../document/changes';
import { newId } from '../document/ids';
import { LIMITS } from '../document/limits';
import { RATING_LEVELS, type JourneyDocument, type ParkedNote, type WorkshopResult, type WorkshopVote } from '../document/schema';
import { addNoteCard, NOTE_LANE_KINDS, type AcceptedNote } from './facilitation';
import type { NoteLane, RatingCounts } from './model';

/** What a room gave, whatever carried it from the relay: the input of workshopResult(). */
export interface RoomOutcome {
  /** People who took part (those whose contributions were dropped left out). */
  participants: number;
  /** Voting rounds in the order they were opened, each with every item it offered. */
  rounds: readonly {
    number: number;
    items: readonly { itemId: string; kind: 'card' | 'note'; text: string; stageId?: string | undefined; votes: number; voters: number }[];
  }[];
  ratings: readonly { stageId: string; stageName: string; counts: RatingCounts; count: number }[];
  /** Notes nobody accepted, merged or rejected: they are parked. */
  unhandled: readonly { stageId: string; lane: NoteLane; text: string; author: string | null }[];
}

const clip = (text: string, max: number) => (Array.from(text).length <= max ? text : `${Array.from(text).slice(0, max - 1).join('')}…`);
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The day `at` falls on where the facilitator is, as YYYY-MM-DD. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The record a workshop leaves in the map: every round's items most votes first (items of
 * equal votes in the order the round offered them), the stages someone rated with their
 * distribution, count and mean, and every unhandled note parked under an id of its own.
 */
export function workshopResult(outcome: RoomOutcome, meta: { name: string; date: string; ratingLaneId?: string | undefined }): WorkshopResult {
  const ranking: WorkshopVote[] = [...outcome.rounds].sort((a, b) => a.number - b.number).flatMap((round) =>
    round.items.map((item, index) => ({ item, index }))
      .sort((a, b) => b.item.votes - a.item.votes || a.index - b.index)
      .map(({ item }) => ({
        round: round.number,
        itemId: item.itemId,
        kind: item.kind,
        text: clip(item.text, LIMITS.cardTextLength),
        ...(item.stageId === undefined ? {} : { stageId: item.stageId }),
        votes: item.votes,
        voters: Math.min(item.voters, item.votes, outcome.participants),
      })));
  const ratings = outcome.ratings.filter((rating) => rating.count > 0).map((rating) => {
    const levels = Object.fromEntries(RATING_LEVELS.map((level) => [level.field, rating.counts[String(level.value) as keyof RatingCounts]])) as Record<(typeof RATING_LEVELS)[number]['field'], number>;
    const count = RATING_LEVELS.reduce((sum, level) => sum + levels[level.field], 0);
    const total = RATING_LEVELS.reduce((sum, level) => sum + level.value * levels[level.field], 0);
    return { stageId: rating.stageId, stageName: clip(rating.stageName, LIMITS.nameLength), ...levels, count, mean: round2(total / count) };
  });
  const parked: ParkedNote[] = outcome.unhandled.slice(0, LIMITS.parkedNotes).map((note) => ({
    id: newId(),
    stageId: note.stageId,
    laneKind: NOTE_LANE_KINDS[note.lane],
    text: clip(note.text, LIMITS.cardTextLength),
    ...(note.author ? { author: clip(note.author, LIMITS.nameLength) } : {}),
  }));
  const raters = Math.max(0, ...ratings.map((rating) => rating.count));
  return {
    id: newId(),
    name: clip(meta.name, LIMITS.nameLength),
    date: meta.date,
    // Never fewer people than rated one stage, whatever the relay counted.
    participants: Math.min(LIMITS.workshopParticipants, Math.max(outcome.participants, raters)),
    ranking: ranking.slice(0, LIMITS.workshopVotedItems),
    ratings,
    parked,
    ...(meta.ratingLaneId ? { ratingLaneId: meta.ratingLaneId } : {}),
  };
}

/** Keeping a workshop's results: one record added to the map. */
export const keepResults = (result: WorkshopResult): Change[] => [{ table: 'workshops', before: null, after: result }];

function withoutParked(doc: JourneyDocument, workshopId: string, noteId: string): { note: ParkedNote; change: Change } | null {
  const before = doc.workshops.find((workshop) => workshop.id === workshopId);
  const note = before?.parked.find((candidate) => candidate.id === noteId);
  if (!before || !note) return null;
  return { note, change: { table: 'workshops', before, after: { ...before, parked: before.parked.filter((candidate) => candidate !== note) } } };
}

/**
 * A parked note accepted later: a card in its stage's cell in a lane of its kind (added when
 * the map has none, named `laneName`), and the note leaves the parked list, in one change.
 * Null when the note is gone or its stage is no longer in the map.
 */
export function acceptParkedNote(doc: JourneyDocument, workshopId: string, noteId: string, laneName: string): AcceptedNote | null {
  const found = withoutParked(doc, workshopId, noteId);
  if (!found) return null;
  const accepted = addNoteCard(doc, found.note, laneName);
  return accepted && { ...accepted, changes: [...accepted.changes, found.change] };
}

/** A parked note set aside for good (undo brings it back). */
export function discardParkedNote(doc: JourneyDocument, workshopId: string, noteId: string): Change[] {
  const found = withoutParked(doc, workshopId, noteId);
  return found ? [found.change] : [];
}
