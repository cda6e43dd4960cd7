import { useTranslation } from 'react-i18next';
import { reviewNeedsAttention, reviewState, toDateString } from '../../../shared/document/review-dates';
import type { JourneyMeta } from '../../../shared/document/schema';
import { reviewLabel } from './review-label';

/**
 * Whether the map is due for review, said in words with an icon (never by colour alone):
 * stale maps are the field's most common complaint.
 */
export function ReviewStatus({ meta, compact }: { meta: JourneyMeta; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const state = reviewState(meta, toDateString(new Date()));
  if (compact && state.kind === 'unscheduled') return null;
  const attention = reviewNeedsAttention(state);
  return (
    <span className={`review-status is-${state.kind}`} role="status" data-testid="review-status">
      <span className="review-icon" aria-hidden="true">{attention ? '!' : state.kind === 'soon' ? '◷' : '✓'}</span>
      {reviewLabel(t, state, meta.nextReview, i18n.language)}
    </span>
  );
}
