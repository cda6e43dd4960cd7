import type { JourneyDocument, JourneyMeta } from '../document/schema';
import { reviewNeedsAttention, reviewState } from '../document/review-dates';

/** What a workspace shows of one map without opening it: its facts and counts, derived from the file. */
export interface MapSummary {
  title: string;
  mapType?: JourneyMeta['mapType'];
  status?: JourneyMeta['status'];
  owner?: string;
  nextReview?: string;
  /** The review is overdue or due today. */
  reviewDue: boolean;
  stages: number;
  cards: number;
  painPoints: number;
  /** Opportunities not done or dropped. */
  openOpportunities: number;
}

/** A map's summary on `today` (YYYY-MM-DD). */
export function summarizeMap(doc: JourneyDocument, today: string): MapSummary {
  const kindOf = new Map(doc.lanes.map((l) => [l.id, l.kind]));
  let painPoints = 0;
  let openOpportunities = 0;
  for (const card of doc.cards) {
    const kind = kindOf.get(card.laneId);
    if (kind === 'painPoints') painPoints += 1;
    else if (kind === 'opportunities' && card.status !== 'done' && card.status !== 'dropped') openOpportunities += 1;
  }
  const { journey } = doc;
  return {
    title: journey.title,
    ...(journey.mapType ? { mapType: journey.mapType } : {}),
    ...(journey.status ? { status: journey.status } : {}),
    ...(journey.owner ? { owner: journey.owner } : {}),
    ...(journey.nextReview ? { nextReview: journey.nextReview } : {}),
    reviewDue: reviewNeedsAttention(reviewState(journey, today)),
    stages: doc.stages.length,
    cards: doc.cards.length,
    painPoints,
    openOpportunities,
  };
}
