import type { LaneKind } from '../../shared/document/schema';

export const FONT_FAMILY = 'Noto Sans';

/**
 * Lane colours from the Okabe-Ito palette (distinct under the common colour-vision
 * deficiencies): a strong accent for the card's edge, a pale tint for its fill.
 */
export const LANE_COLOURS: Record<LaneKind, { accent: string; fill: string }> = {
  actions: { accent: '#0072B2', fill: '#E6F1F8' },
  touchpoints: { accent: '#E69F00', fill: '#FDF3DD' },
  emotions: { accent: '#56B4E9', fill: '#FFFFFF' },
  thoughts: { accent: '#CC79A7', fill: '#F8ECF3' },
  painPoints: { accent: '#D55E00', fill: '#FBE9DF' },
  opportunities: { accent: '#009E73', fill: '#E0F4EE' },
};

export const GRID = {
  background: '#F7F7F5',
  laneBand: '#FFFFFF',
  laneBandAlt: '#FBFBFA',
  line: '#D9D9D6',
  header: '#22313F',
  headerText: '#FFFFFF',
  laneHeader: '#EEF0F2',
  laneHeaderText: '#1F2933',
  cardText: '#1F2933',
  selection: '#0072B2',
};

/** Emotion points: blue above zero, vermillion below, grey at zero (plus the value as text). */
export function emotionColour(value: number): string {
  if (value > 0.05) return '#0072B2';
  if (value < -0.05) return '#D55E00';
  return '#6B7280';
}
