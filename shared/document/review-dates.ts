import type { JourneyMeta } from './schema';

/** Maps are living documents; a quarterly review is what practitioners plan by default. */
export const DEFAULT_REVIEW_MONTHS = 3;
/** A review this close is shown as coming up. */
export const REVIEW_SOON_DAYS = 14;

export type ReviewState =
  | { kind: 'unscheduled' }
  | { kind: 'overdue'; days: number }
  | { kind: 'dueToday' }
  | { kind: 'soon'; days: number }
  | { kind: 'scheduled'; days: number };

/** A local calendar date as the file writes it (YYYY-MM-DD). */
export function toDateString(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const utcDay = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round(utcDay(to) - utcDay(from));

/** The same day `months` later, on the month's last day when it is shorter (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toDateString(new Date(year, month, Math.min(d, lastDay)));
}

/** Where the map stands against its next review date on `today`. */
export function reviewState(meta: Pick<JourneyMeta, 'nextReview'>, today: string): ReviewState {
  if (!meta.nextReview) return { kind: 'unscheduled' };
  const days = daysBetween(today, meta.nextReview);
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days === 0) return { kind: 'dueToday' };
  return days <= REVIEW_SOON_DAYS ? { kind: 'soon', days } : { kind: 'scheduled', days };
}

/** Whether the review band should ask for attention. */
export const reviewNeedsAttention = (state: ReviewState): boolean => state.kind === 'overdue' || state.kind === 'dueToday';
