import type { JourneyDocument } from '../document/schema';
import { computeLayout, type JourneyLayout } from '../layout/layout';
import { METRICS, type LineCounter } from '../layout/metrics';
import type { Drawing, Shape, TextMeasurer } from './drawing';
import { blueprintShapes, cardShapes, curveLegendShapes, emotionShapes, metricShapes, type BlueprintLabels } from './map-drawing-content';
import { gridShapes, headerShapes } from './map-drawing-grid';
import { EXPORT_GRID } from './palette';
import { ellipsize, wrapText } from './wrap';

export interface MapDrawingOptions {
  /** Labels drawn on service blueprint lines, in the user's language. */
  blueprintLabels: BlueprintLabels;
  /** The reader's language: emotion and metric values are written its way (+1,5 in Swedish). */
  language?: string;
}

const TITLE_HEIGHT = 84;

/** The layout engine's line counter, backed by the same font metrics the outputs draw with. */
export function lineCounterFor(measure: TextMeasurer): LineCounter {
  return (text, maxWidth) => wrapText(text, maxWidth, (s) => measure.width(s, METRICS.fontSize, 'regular')).length;
}

function titleShapes(doc: JourneyDocument, width: number, measure: TextMeasurer): Shape[] {
  const subtitle = [doc.journey.goal, doc.journey.description].filter((s) => s.trim() !== '').join(' — ');
  const shapes: Shape[] = [{
    kind: 'text', x: 24, y: 40, text: ellipsize(doc.journey.title, width - 48, (s) => measure.width(s, 26, 'bold')),
    size: 26, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'start',
  }];
  if (subtitle) {
    shapes.push({
      kind: 'text', x: 24, y: 68, text: ellipsize(subtitle, width - 48, (s) => measure.width(s, 15, 'regular')),
      size: 15, weight: 'regular', colour: EXPORT_GRID.muted, anchor: 'start',
    });
  }
  return shapes;
}

/**
 * The whole map as shapes: a title band, then the grid as the editor shows it (collapsed and
 * hidden lanes as the user left them). Used by SVG, PNG, PDF and the HTML report alike.
 */
export function drawMap(doc: JourneyDocument, measure: TextMeasurer, options: MapDrawingOptions): Drawing {
  const layout: JourneyLayout = computeLayout(doc, lineCounterFor(measure));
  const grid: Shape[] = [
    ...gridShapes(layout),
    ...emotionShapes(layout, options.language),
    ...metricShapes(layout, options.language),
    ...cardShapes(doc, layout, measure),
    ...blueprintShapes(layout, options.blueprintLabels),
    ...headerShapes(layout, measure),
    ...curveLegendShapes(layout, measure),
  ];
  const width = Math.max(layout.width, 480);
  return {
    width,
    height: TITLE_HEIGHT + layout.height,
    background: EXPORT_GRID.background,
    shapes: [...titleShapes(doc, width, measure), { kind: 'group', dx: 0, dy: TITLE_HEIGHT, shapes: grid }],
  };
}
