/**
 * What a workshop draws on the map, the same on the canvas and in every export: vote dots
 * and a rank on the cards voted on, and the room's ratings of each stage as a band with its
 * mean, in the emotions lane the facilitator picked.
 */
import { RATING_LEVELS, type WorkshopResult } from '../document/schema';
import type { RatingCounts } from './model';

export interface StageBand { stageId: string; counts: RatingCounts; count: number; mean: number }

export interface WorkshopMarks {
  /** Per card id: its votes and its place in the ranking (1 = most; equal votes share a place). */
  cards: ReadonlyMap<string, { votes: number; rank: number }>;
  /** Stages someone rated. */
  ratings: readonly StageBand[];
  /** The emotions lane the band sits in; null (or a lane no longer there): the first emotions lane shown. */
  laneId: string | null;
}

/** Places in a ranking where equal totals share one (1, 2, 2, 4). */
function ranked(totals: ReadonlyMap<string, number>): Map<string, { votes: number; rank: number }> {
  const sorted = [...totals].filter(([, votes]) => votes > 0).sort((a, b) => b[1] - a[1]);
  const result = new Map<string, { votes: number; rank: number }>();
  sorted.forEach(([id, votes], index) => {
    const previous = sorted[index - 1];
    const rank = previous && previous[1] === votes ? (result.get(previous[0])?.rank ?? index + 1) : index + 1;
    result.set(id, { votes, rank });
  });
  return result;
}

/** Marks for the room as it is now: vote totals by card and the live ratings. */
export function liveMarks(
  votes: readonly { cardId: string; total: number }[],
  ratings: readonly { stageId: string; counts: RatingCounts; count: number; mean: number | null }[],
  laneId: string | null,
): WorkshopMarks {
  const totals = new Map<string, number>();
  for (const vote of votes) totals.set(vote.cardId, (totals.get(vote.cardId) ?? 0) + vote.total);
  const bands = ratings.flatMap((rating) => (rating.count > 0 && rating.mean !== null ? [{ stageId: rating.stageId, counts: rating.counts, count: rating.count, mean: rating.mean }] : []));
  return { cards: ranked(totals), ratings: bands, laneId };
}

/** Marks for a workshop the map keeps: the cards' votes over all its rounds, and its ratings. */
export function resultMarks(result: WorkshopResult): WorkshopMarks {
  const totals = new Map<string, number>();
  for (const vote of result.ranking) if (vote.kind === 'card') totals.set(vote.itemId, (totals.get(vote.itemId) ?? 0) + vote.votes);
  const ratings = result.ratings.map((rating) => ({
    stageId: rating.stageId,
    counts: Object.fromEntries(RATING_LEVELS.map((level) => [String(level.value), rating[level.field]])) as unknown as RatingCounts,
    count: rating.count,
    mean: rating.mean,
  }));
  return { cards: ranked(totals), ratings, laneId: result.ratingLaneId ?? null };
}

/** The lane the band is drawn in: the one picked when it is an emotions lane shown, else the first shown. */
export function bandLane<L extends { id: string; kind: string; collapsed?: boolean }>(lanes: readonly L[], laneId: string | null): L | undefined {
  const open = lanes.filter((lane) => lane.kind === 'emotions' && lane.collapsed !== true);
  return open.find((lane) => lane.id === laneId) ?? open[0];
}

/** The latest workshop (by date, then as stored), whose marks exports draw. */
export function latestWorkshop(workshops: readonly WorkshopResult[]): WorkshopResult | undefined {
  return workshops.reduce<WorkshopResult | undefined>((latest, workshop) => (!latest || workshop.date >= latest.date ? workshop : latest), undefined);
}
