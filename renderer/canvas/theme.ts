import type { LaneKind } from '../../shared/document/schema';

export const FONT_FAMILY = 'Noto Sans';
/** Characters from each script subset Waymark's languages use, to load those font files up front. */
export const FONT_SAMPLE = 'Aa ąęłńśźż ăâîșț åäö ΑαΩωάέ “”–—€';

/**
 * Lane colours from the Okabe-Ito palette (distinct under the common colour-vision
 * deficiencies): a strong accent for the card's edge, a pale tint for its fill.
 */
export const LANE_COLOURS: Record<LaneKind, { accent: string; fill: string }> = {
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

export const GRID = {
  background: '#F7F7F5',
  laneBand: '#FFFFFF',
  laneBandAlt: '#FBFBFA',
  line: '#D9D9D6',
  stageLine: '#B9BDC1',
  blueprintLine: '#4B5563',
  cursor: '#E69F00',
  dropTarget: '#0072B2',
  header: '#22313F',
  headerSelected: '#0B5C8E',
  headerLine: '#3B4B5A',
  stepHeader: '#33475B',
  laneHeaderSelected: '#D6E6F2',
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
