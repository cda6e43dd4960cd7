import type { JourneyDocument } from '../document/schema';
import { computeLayout, type JourneyLayout } from '../layout/layout';
import { METRICS, type LineCounter } from '../layout/metrics';
import type { Drawing, Shape, TextMeasurer, TileGuide } from './drawing';
import type { MarkText } from './card-marks';
import { blueprintShapes, cardShapes, curveLegendShapes, emotionShapes, markShapes, metricShapes, type BlueprintLabels } from './map-drawing-content';
import { gridShapes, headerShapes } from './map-drawing-grid';
import { mapLinksOf } from '../workspace/map-links';
import { EXPORT_GRID } from './palette';
import type { MapVersion } from './map-footer';
import { headingBlock, tailBlock } from './map-heading';
import { ellipsize, wrapText } from './wrap';
import { workshopLegendShapes, workshopShapes } from './workshop-shapes';
import { workshopDate } from '../exchange/workshop-tables';

export interface MapDrawingOptions {
  /** Labels drawn on service blueprint lines, in the user's language. */
  blueprintLabels: BlueprintLabels;
  /** The reader's language: emotion and metric values are written its way (+1,5 in Swedish). */
  language?: string;
  /** UI strings for the cards' marks (priority names, "Assumed"); without it, marks are not drawn. */
  markText?: MarkText;
  /** The map's newest named version, for the footer. */
  version?: MapVersion;
}

/** Room around the whole picture, on all four sides. */
export const DRAWING_MARGIN = 32;

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
    ...emotionShapes(layout, measure, options.language),
    ...metricShapes(layout, options.language),
    ...cardShapes(doc, layout, wrap),
    ...(options.markText ? markShapes(doc, layout, measure, options.markText) : []),
    ...blueprintShapes(layout, options.blueprintLabels),
    ...headerShapes(layout, measure, new Set(mapLinksOf(doc).map((entry) => entry.id))),
    ...curveLegendShapes(layout, measure),
    ...workshopShapes(doc, layout, measure, options.language),
  ];
  const inner = Math.max(layout.width, 480);
  const text = options.markText ? { t: options.markText, ...(options.language ? { language: options.language } : {}) } : undefined;
  const heading = headingBlock(doc, inner, measure, text);
  const gridTop = heading.height;
  // The latest workshop's marks explained on a line of their own under the grid, at its right.
  const workshopLegend = options.markText ? workshopLegendShapes(doc, inner, 22, measure, options.markText, (day) => workshopDate(day, options.language ?? 'en')) : { shapes: [], width: 0 };
  const legendHeight = workshopLegend.width > 0 ? WORKSHOP_LEGEND_HEIGHT : 0;
  const tail = tailBlock(doc, inner, measure, text, options.version);
  const content: Shape[] = [
    ...heading.shapes,
    { kind: 'group', dx: 0, dy: gridTop, shapes: grid },
    { kind: 'group', dx: 0, dy: gridTop + layout.height, shapes: workshopLegend.shapes },
    { kind: 'group', dx: 0, dy: gridTop + layout.height + legendHeight, shapes: tail.shapes },
  ];
  return {
    width: inner + 2 * DRAWING_MARGIN,
    height: gridTop + layout.height + legendHeight + tail.height + 2 * DRAWING_MARGIN,
    background: EXPORT_GRID.background,
    shapes: [{ kind: 'group', dx: DRAWING_MARGIN, dy: DRAWING_MARGIN, shapes: content }],
    tiles: tileGuide(layout, DRAWING_MARGIN, DRAWING_MARGIN + gridTop, measure),
  };
}

/** The line under the grid that explains the latest workshop's marks. */
const WORKSHOP_LEGEND_HEIGHT = 32;

/** Room kept round a card when paging: its marks stand 9 units above it, an assumed card's outline 3 round it. */
const CARD_SLACK = 12;

function tileGuide(layout: JourneyLayout, x: number, y: number, measure: TextMeasurer): TileGuide {
  const bold = (text: string) => measure.width(text, 16, 'bold');
  const whole = new Set(['emotions', 'metrics']);
  return {
    x, y, width: layout.width, height: layout.height,
    headerHeight: layout.top,
    laneHeaderWidth: METRICS.laneHeaderWidth,
    columnEdges: [...layout.columns.map((c) => x + c.x), x + layout.width],
    stageEdges: [...layout.stages.map((s) => x + s.x), x + layout.width],
    keepTogether: [
      { top: 0, bottom: y + layout.top },
      ...layout.cards.map((c) => ({ top: y + c.y - CARD_SLACK, bottom: y + c.y + c.height + CARD_SLACK })),
      ...layout.lanes.filter((l) => whole.has(l.kind)).map((l) => ({ top: y + l.y, bottom: y + l.y + l.height })),
    ],
    lanes: layout.lanes.map((l) => ({ top: y + l.y, bottom: y + l.y + l.height, name: ellipsize(l.name, METRICS.laneHeaderWidth - 30, bold) })),
  };
}
