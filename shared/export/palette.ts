import type { LaneKind } from '../document/schema';

/**
 * Lane colours from the Okabe-Ito palette (distinct under the common colour-vision
 * deficiencies): a strong accent for the card's edge, a pale tint for its fill. The editor's
 * canvas (renderer/canvas/theme.ts) and every export draw with these, so a handed-over map
 * looks like the one on screen.
 */
export const EXPORT_LANE_COLOURS: Record<LaneKind, { accent: string; fill: string }> = {
  actions: { accent: '#0072B2', fill: '#E6F1F8' },
  touchpoints: { accent: '#E69F00', fill: '#FDF3DD' },
  channels: { accent: '#B8860B', fill: '#FAF3E0' },
  emotions: { accent: '#56B4E9', fill: '#FFFFFF' },
  thoughts: { accent: '#CC79A7', fill: '#F8ECF3' },
  painPoints: { accent: '#D55E00', fill: '#FBE9DF' },
  opportunities: { accent: '#009E73', fill: '#E0F4EE' },
  metrics: { accent: '#56B4E9', fill: '#EAF5FC' },
  storyboard: { accent: '#6B7280', fill: '#F3F4F6' },
  frontstage: { accent: '#0072B2', fill: '#EDF4FA' },
  backstage: { accent: '#4B5563', fill: '#EEF0F2' },
  support: { accent: '#7C5295', fill: '#F2EDF6' },
  people: { accent: '#8C6D1F', fill: '#F7F1E3' },
  policies: { accent: '#8C6D1F', fill: '#F7F1E3' },
  technologies: { accent: '#8C6D1F', fill: '#F7F1E3' },
  processes: { accent: '#8C6D1F', fill: '#F7F1E3' },
};

export const EXPORT_GRID = {
  background: '#F7F7F5',
  laneBand: '#FFFFFF',
  laneBandAlt: '#FBFBFA',
  line: '#D9D9D6',
  header: '#22313F',
  headerText: '#FFFFFF',
  stepHeader: '#3B4B5A',
  laneHeader: '#EEF0F2',
  laneHeaderText: '#1F2933',
  cardText: '#1F2933',
  muted: '#6B7280',
};

/**
 * Emotion points: blue above zero, vermillion below, grey at zero (the value is written too, in
 * white: the vermillion is a shade darker than Okabe-Ito's, for 5.5:1 under it rather than 3.9:1).
 */
export function exportEmotionColour(value: number): string {
  if (value > 0.05) return '#0072B2';
  if (value < -0.05) return '#B34700';
  return '#6B7280';
}
