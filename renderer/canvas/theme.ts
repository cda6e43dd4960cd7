export const FONT_FAMILY = 'Noto Sans';
/** Characters from each script subset Waymark's languages use, to load those font files up front. */
export const FONT_SAMPLE = 'Aa ąęłńśźż ăâîșț åäö ΑαΩωάέ “”–—€';

/**
 * Lane colours (Okabe-Ito accents, pale fills) and emotion point colours live in shared/ so
 * exported maps (SVG, PNG, PDF, HTML) draw exactly the editor's colours.
 */
export { EXPORT_LANE_COLOURS as LANE_COLOURS, exportEmotionColour as emotionColour } from '../../shared/export/palette';

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

