import type { Card } from '../../../shared/document/schema';
import type { RatingOverlay } from '../../editor/content-context';

/**
 * Ratings 1-5 on viridis: one light-to-dark ramp that stays ordered under every common
 * colour-vision deficiency and in greyscale, and holds up on a washed-out projector. The
 * number is always drawn too.
 */
export const RATING_COLOURS = ['#440154', '#3B528B', '#21918C', '#5EC962', '#FDE725'] as const;
export const UNRATED = { fill: '#E5E7EB', stroke: '#6B7280' } as const;

export const ratingColour = (rating: number): string => RATING_COLOURS[Math.min(5, Math.max(1, Math.round(rating))) - 1] ?? UNRATED.fill;
/** Near-black text on the light end of the ramp and its middle (the teal holds 4.9:1 with it, 3.8:1 with white), white on the dark end. */
export const ratingTextColour = (rating: number): string => (Math.round(rating) >= 3 ? '#0B1117' : '#FFFFFF');

/** The rating the overlay shows for a touchpoint; "both" is the mean of impact and importance. */
export function overlayRating(card: Pick<Card, 'impact' | 'importance'>, overlay: RatingOverlay): number | undefined {
  if (overlay === 'impact') return card.impact;
  if (overlay === 'importance') return card.importance;
  if (overlay === 'both' && card.impact !== undefined && card.importance !== undefined) return (card.impact + card.importance) / 2;
  return undefined;
}
