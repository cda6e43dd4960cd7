import type { Change } from '../changes';
import { addMonths, DEFAULT_REVIEW_MONTHS } from '../review-dates';
import type { JourneyDocument } from '../schema';
import { updateMeta } from './meta';

/** Records a review done on `today` and schedules the next one `months` later. */
export function markReviewed(doc: JourneyDocument, today: string, months: number = DEFAULT_REVIEW_MONTHS): Change[] {
  return updateMeta(doc, { lastReviewed: today, nextReview: addMonths(today, months) });
}
