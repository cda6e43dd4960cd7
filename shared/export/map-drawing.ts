import type { JourneyDocument } from '../document/schema';
import { computeLayout, type JourneyLayout } from '../layout/layout';
import { METRICS, type LineCounter } from '../layout/metrics';
import type { Drawing, Shape, TextMeasurer, TileGuide } from './drawing';
import type { MarkText } from './card-marks';
import { blueprintShapes, cardShapes, curveLegendShapes, emotionShapes, markShapes, metricShapes, type BlueprintLabels } from './map-drawing-content';
import { gridShapes, headerShapes } from './map-drawing-grid';
import { mapLinksOf } from '../workspace/map-links';
import { EXPORT_GRID } from './palette';
import { PERSONA_BAND_HEIGHT, personaBandShapes } from './persona-band';
import { ellipsize, wrapText } from './wrap';

export interface MapDrawingOptions {
  /** Labels drawn on service blueprint lines, in the user's language. */
  blueprintLabels: BlueprintLabels;
  /** The reader's language: emotion and metric values are written its way (+1,5 in Swedish). */
  language?: string;
  /** UI strings for the cards' marks (priority names, "Assumed"); without it, marks are not drawn. */
  markText?: MarkText;
}

/** Room around the whole picture, on all four sides. */
export const DRAWING_MARGIN = 32;
const TITLE_HEIGHT = 76;
const BAND_GAP = 16;

/** Card text wrapped at a width, in the font metrics the outputs draw with. */
export type CardWrap = (text: string, maxWidth: number) => readonly string[];

/**
 * Card text wrapped with `measure`, each text once per width: the layout counts the lines
 * and the card shapes draw the same lines, so a drawing wraps every card once, not twice.
 */
export function cardWrapFor(measure: TextMeasurer): CardWrap {
  const regular = (s: string) => measure.width(s, METRICS.fontSize, 'regular');
  const byWidth = new Map<number, Map<string, readonly string[]>>();
  return (text, maxWidth) => {
    let wrapped = byWidth.get(maxWidth);
    if (!wrapped) byWidth.set(maxWidth, (wrapped = new Map()));
    let lines = wrapped.get(text);
    if (!lines) wrapped.set(text, (lines = wrapText(text, maxWidth, regular)));
    return lines;
  };
}

/** The layout engine's line counter, backed by the same font metrics the outputs draw with. */
export function lineCounterFor(measure: TextMeasurer, wrap: CardWrap = cardWrapFor(measure)): LineCounter {
  return (text, maxWidth) => wrap(text, maxWidth).length;
}

function titleShapes(doc: JourneyDocument, width: number, measure: TextMeasurer): Shape[] {
  const subtitle = [doc.journey.goal, doc.journey.description].filter((s) => s.trim() !== '').join(' — ');
  const shapes: Shape[] = [{
    kind: 'text', x: 0, y: 28, text: ellipsize(doc.journey.title, width, (s) => measure.width(s, 26, 'bold')),
    size: 26, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'start',
  }];
  if (subtitle) {
    shapes.push({
      kind: 'text', x: 0, y: 56, text: ellipsize(subtitle, width, (s) => measure.width(s, 15, 'regular')),
      size: 15, weight: 'regular', colour: EXPORT_GRID.muted, anchor: 'start',
    });
  }
  return shapes;
}

/**
 * The whole map as shapes: a title band, the personas the map is drawn for, then the grid as
 * the editor shows it (collapsed and hidden lanes as the user left them, cards with their
 * marks), with a margin on all four sides. Used by SVG, PNG, PDF and the HTML report alike.
 */
export function drawMap(doc: JourneyDocument, measure: TextMeasurer, options: MapDrawingOptions): Drawing {
  const wrap = cardWrapFor(measure);
  const layout: JourneyLayout = computeLayout(doc, lineCounterFor(measure, wrap));
  const grid: Shape[] = [
    ...gridShapes(layout),
    ...emotionShapes(layout, options.language),
    ...metricShapes(layout, options.language),
    ...cardShapes(doc, layout, wrap),
    ...(options.markText ? markShapes(doc, layout, measure, options.markText) : []),
    ...blueprintShapes(layout, options.blueprintLabels),
    ...headerShapes(layout, measure, new Set(mapLinksOf(doc).map((entry) => entry.id))),
    ...curveLegendShapes(layout, measure),
  ];
  const inner = Math.max(layout.width, 480);
  const band = personaBandShapes(doc, inner, measure);
  const gridTop = TITLE_HEIGHT + (band.length > 0 ? PERSONA_BAND_HEIGHT + BAND_GAP : 0);
  const content: Shape[] = [
    ...titleShapes(doc, inner, measure),
    ...(band.length > 0 ? [{ kind: 'group' as const, dx: 0, dy: TITLE_HEIGHT, shapes: band }] : []),
    { kind: 'group', dx: 0, dy: gridTop, shapes: grid },
  ];
  return {
    width: inner + 2 * DRAWING_MARGIN,
    height: gridTop + layout.height + 2 * DRAWING_MARGIN,
    background: EXPORT_GRID.background,
    shapes: [{ kind: 'group', dx: DRAWING_MARGIN, dy: DRAWING_MARGIN, shapes: content }],
    tiles: tileGuide(layout, DRAWING_MARGIN, DRAWING_MARGIN + gridTop, measure),
  };
}

/** Room kept round a card when paging: its marks stand 9 units above it, an assumed card's outline 3 round it. */
const CARD_SLACK = 12;

function tileGuide(layout: JourneyLayout, x: number, y: number, measure: TextMeasurer): TileGuide {
  const bold = (text: string) => measure.width(text, 16, 'bold');
  const whole = new Set(['emotions', 'metrics']);
  return {
    x, y,
    headerHeight: layout.top,
    laneHeaderWidth: METRICS.laneHeaderWidth,
    columnEdges: [...layout.columns.map((c) => x + c.x), x + layout.width],
    keepTogether: [
      { top: 0, bottom: y + layout.top },
      ...layout.cards.map((c) => ({ top: y + c.y - CARD_SLACK, bottom: y + c.y + c.height + CARD_SLACK })),
      ...layout.lanes.filter((l) => whole.has(l.kind)).map((l) => ({ top: y + l.y, bottom: y + l.y + l.height })),
    ],
    lanes: layout.lanes.map((l) => ({ top: y + l.y, bottom: y + l.y + l.height, name: ellipsize(l.name, METRICS.laneHeaderWidth - 30, bold) })),
  };
}
