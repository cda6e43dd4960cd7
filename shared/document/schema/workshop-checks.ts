import type { Issue } from './references';
import { RATING_LEVELS } from './workshops';
import type { WorkshopResult } from './index';

/** A stored mean is rounded to two decimals: it may differ from the exact one by half a hundredth. */
const MEAN_TOLERANCE = 0.005 + 1e-9;

/** The exact mean of a rating record's distribution, and how many rated. */
export function ratingTotals(rating: Pick<WorkshopResult['ratings'][number], 'veryBad' | 'bad' | 'neutral' | 'good' | 'veryGood'>): { count: number; mean: number | null } {
  let count = 0;
  let sum = 0;
  for (const level of RATING_LEVELS) {
    count += rating[level.field];
    sum += rating[level.field] * level.value;
  }
  return { count, mean: count === 0 ? null : sum / count };
}

function uniqueWithin(keys: readonly string[], path: (index: number) => (string | number)[], what: string, issues: Issue[]): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (seen.has(key)) issues.push({ path: path(index), message: `a second ${what}` });
    seen.add(key);
  });
}

/**
 * What one workshop's results must agree on: the ranking runs round by round with the most
 * votes first, each item once a round; a stage rated once, its count and mean those of its
 * distribution; parked notes with ids of their own; no more voters or raters than people.
 */
export function workshopIssues(workshops: readonly WorkshopResult[]): Issue[] {
  const issues: Issue[] = [];
  workshops.forEach((workshop, w) => {
    const at = (...rest: (string | number)[]) => ['workshops', w, ...rest];
    workshop.ranking.forEach((vote, i) => {
      const previous = workshop.ranking[i - 1];
      if (previous && (vote.round < previous.round || (vote.round === previous.round && vote.votes > previous.votes))) {
        issues.push({ path: at('ranking', i), message: 'the ranking must run round by round, most votes first' });
      }
      if (vote.voters > vote.votes || vote.voters > workshop.participants) {
        issues.push({ path: at('ranking', i, 'voters'), message: 'more voters than votes or people' });
      }
    });
    uniqueWithin(workshop.ranking.map((vote) => `${vote.round}/${vote.itemId}`), (i) => at('ranking', i, 'itemId'), 'vote for the same item in one round', issues);
    uniqueWithin(workshop.ratings.map((rating) => rating.stageId), (i) => at('ratings', i, 'stageId'), 'rating of the same stage', issues);
    workshop.ratings.forEach((rating, i) => {
      const { count, mean } = ratingTotals(rating);
      if (count !== rating.count) issues.push({ path: at('ratings', i, 'count'), message: `must be ${count}, the ratings counted per level` });
      else if (mean !== null && Math.abs(mean - rating.mean) > MEAN_TOLERANCE) issues.push({ path: at('ratings', i, 'mean'), message: `must be the mean of the ratings, ${mean.toFixed(2)}` });
      if (rating.count > workshop.participants) issues.push({ path: at('ratings', i, 'count'), message: 'more ratings than people' });
    });
    uniqueWithin(workshop.parked.map((note) => note.id), (i) => at('parked', i, 'id'), 'parked note with this id', issues);
  });
  return issues;
}
