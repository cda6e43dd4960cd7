import type { TFunction } from 'i18next';
import type { ReviewState } from '../../../shared/document/review-dates';

/** How the review state reads, with the date in the user's locale. */
export function reviewLabel(t: TFunction, state: ReviewState, nextReview: string | undefined, language: string): string {
  switch (state.kind) {
    case 'overdue': return t('content.review.overdue', { count: state.days });
    case 'dueToday': return t('content.review.dueToday');
    case 'soon': return t('content.review.soon', { count: state.days });
    case 'unscheduled': return t('content.review.unscheduled');
    case 'scheduled': {
      const date = nextReview ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${nextReview}T00:00:00Z`)) : '';
      return t('content.review.scheduled', { date });
    }
  }
}
