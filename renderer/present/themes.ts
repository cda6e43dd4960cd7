import type { PresentationTheme } from '../../shared/presentation/messages';
import type { CanvasTheme } from '../canvas/canvas-theme';
import { GRID, LANE_COLOURS } from '../canvas/theme';

/** A presentation theme: the map's colours, and how the parts out of focus are dimmed. */
export interface ShowTheme {
  canvas: CanvasTheme;
  /**
   * Multiplied over everything out of focus: it greys and darkens the parts and keeps every
   * text at 4.5:1 or more against its ground (a veil of white or black washed text out to 1.6:1).
   */
  dim: string;
  /** The outline round the focused part (dimming alone would say it by contrast only). */
  focusOutline: string;
  highlighter: string;
  highlighterOpacity: number;
}

type Lanes = typeof LANE_COLOURS;
/** On dark backgrounds the dark Okabe-Ito curve colours swap for their light relatives. */
const LIGHTER: Readonly<Record<string, string>> = { '#0072b2': '#56B4E9', '#d55e00': '#F08A4B', '#1f2933': '#E5E7EB' };
const lighter = (colour: string): string => LIGHTER[colour.toLowerCase()] ?? colour;
const asIs = (colour: string): string => colour;
const withFills = (fills: Partial<Record<keyof Lanes, string>>, accents: Partial<Record<keyof Lanes, string>> = {}): Lanes =>
  Object.fromEntries(
    Object.entries(LANE_COLOURS).map(([kind, c]) => [kind, { accent: accents[kind as keyof Lanes] ?? c.accent, fill: fills[kind as keyof Lanes] ?? c.fill }]),
  ) as Lanes;

/**
 * Projector light: pale tints wash out on a projector, so fills are a step stronger, lines
 * darker and text near black.
 */
const light: ShowTheme = {
  canvas: {
    grid: {
      ...GRID, background: '#FFFFFF', laneBand: '#FFFFFF', laneBandAlt: '#F3F4F5', line: '#A7AEB5', stageLine: '#5F6B76', blueprintLine: '#1F2933',
      header: '#14212D', stepHeader: '#24384B', headerLine: '#3B4B5A', laneHeader: '#E3E7EA', laneHeaderText: '#0B1117', cardText: '#0B1117',
    },
    lanes: withFills({
      actions: '#D3E6F4', touchpoints: '#FBE3B0', channels: '#F3E4BF', thoughts: '#F1D6E6', painPoints: '#F8D2BC', opportunities: '#C6EADF',
      metrics: '#D8ECF9', storyboard: '#E6E8EB', frontstage: '#D8E6F3', backstage: '#E1E4E8', support: '#E6DDF0',
      people: '#EFE4C8', policies: '#EFE4C8', technologies: '#EFE4C8', processes: '#EFE4C8',
    }),
    colouredCardText: '#0B1117',
    curveColour: asIs,
  },
  dim: '#AAAAAA', focusOutline: '#0072B2', highlighter: '#F0E442', highlighterOpacity: 0.55,
};

/** Dark: for dim rooms and big screens; light text on deep tints, the brighter Okabe-Ito accents. */
const dark: ShowTheme = {
  canvas: {
    grid: {
      ...GRID, background: '#0E141B', laneBand: '#141C25', laneBandAlt: '#18212B', line: '#3A4756', stageLine: '#6B7C8E', blueprintLine: '#C9D2DB',
      header: '#05090D', headerSelected: '#0B5C8E', stepHeader: '#1B2836', headerLine: '#3A4756', headerText: '#F5F7FA',
      laneHeader: '#1C2733', laneHeaderSelected: '#24415A', laneHeaderText: '#F5F7FA', cardText: '#F5F7FA',
    },
    lanes: withFills(
      {
        actions: '#123049', touchpoints: '#3B2C06', channels: '#352C10', emotions: '#141C25', thoughts: '#3A1C2E', painPoints: '#42210C',
        opportunities: '#0A3A2D', metrics: '#11324A', storyboard: '#262B31', frontstage: '#15304A', backstage: '#262C33', support: '#2E2140',
        people: '#342A12', policies: '#342A12', technologies: '#342A12', processes: '#342A12',
      },
      { actions: '#56B4E9', frontstage: '#56B4E9', backstage: '#A3ADB8', storyboard: '#A3ADB8', support: '#C7A2E0', people: '#E0C071', policies: '#E0C071', technologies: '#E0C071', processes: '#E0C071', channels: '#E0C071' },
    ),
    colouredCardText: '#0B1117',
    curveColour: lighter,
  },
  dim: '#B4B4B4', focusOutline: '#56B4E9', highlighter: '#F0E442', highlighterOpacity: 0.45,
};

/** High contrast: white on black, white lines, accents only where they carry meaning. */
const contrast: ShowTheme = {
  canvas: {
    grid: {
      ...GRID, background: '#000000', laneBand: '#000000', laneBandAlt: '#000000', line: '#FFFFFF', stageLine: '#FFFFFF', blueprintLine: '#FFFFFF',
      header: '#000000', headerSelected: '#000000', stepHeader: '#000000', headerLine: '#FFFFFF', headerText: '#FFFFFF',
      laneHeader: '#000000', laneHeaderSelected: '#000000', laneHeaderText: '#FFFFFF', cardText: '#FFFFFF', selection: '#F0E442',
    },
    lanes: withFills(
      Object.fromEntries(Object.keys(LANE_COLOURS).map((k) => [k, '#000000'])),
      { actions: '#56B4E9', frontstage: '#56B4E9', backstage: '#FFFFFF', storyboard: '#FFFFFF', support: '#CC79A7', people: '#F0E442', policies: '#F0E442', technologies: '#F0E442', processes: '#F0E442', channels: '#F0E442' },
    ),
    colouredCardText: '#000000',
    curveColour: lighter,
  },
  dim: '#ACACAC', focusOutline: '#F0E442', highlighter: '#F0E442', highlighterOpacity: 0.5,
};

export const SHOW_THEMES: Record<PresentationTheme, ShowTheme> = { light, dark, contrast };
