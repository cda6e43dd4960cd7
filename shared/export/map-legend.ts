import type { JourneyDocument, LaneKind } from '../document/schema';
import { formatSigned } from '../i18n/numbers';
import { metricBarColour } from '../layout/metric-bars';
import { mapLinksOf } from '../workspace/map-links';
import { cardPillSpecs, PILL_HEIGHT, type MarkText, type PillSpec } from './card-marks';
import type { Block, Shape, TextMeasurer } from './drawing';
import { pillShapes, pillWidth } from './map-drawing-content';
import { baselineIn, linkMark } from './map-drawing-grid';
import { EXPORT_GRID, exportEmotionColour } from './palette';
import { ellipsize } from './wrap';

/** What a legend entry is drawn from. */
export interface LegendContext {
  doc: JourneyDocument;
  measure: TextMeasurer;
  t: MarkText;
  language?: string;
  /** The first mark of each kind the map's cards carry (its text as on the map: "High", an owner's name). */
  pills: ReadonlyMap<PillSpec['key'], PillSpec>;
}

/** One mark the legend explains: whether the map uses it, a sample drawn from (0, 0), and what it means. */
export interface LegendEntry {
  key: string;
  inUse(ctx: LegendContext): boolean;
  sample(ctx: LegendContext): { shapes: Shape[]; width: number };
  /** The meaning's UI string. */
  label: string;
}

const ROW = 26;
const SAMPLE_TOP = (ROW - PILL_HEIGHT) / 2;

function pillEntry(key: PillSpec['key'], extra: (width: number) => Shape[] = () => []): LegendEntry {
  return {
    key,
    label: `exchange.legend.${key}`,
    inUse: (ctx) => ctx.pills.has(key),
    sample: (ctx) => {
      const pill = ctx.pills.get(key);
      if (!pill) return { shapes: [], width: 0 };
      const width = pillWidth(ctx.measure)(pill);
      const more = extra(width);
      return { shapes: [...more, ...pillShapes(pill, more.length > 0 ? 6 : 0, SAMPLE_TOP, width)], width: width + (more.length > 0 ? 12 : 0) };
    },
  };
}

/**
 * Every mark the map can carry, in the order the legend lists those in use. A new mark (as
 * a workshop's votes) adds its entry here, and the poster, the tiled PDF's cover and any
 * other legend explain it.
 */
export const LEGEND_ENTRIES: LegendEntry[] = [
  pillEntry('severity'),
  pillEntry('priority'),
  pillEntry('owner'),
  pillEntry('evidence'),
  pillEntry('observed'),
  // An assumed card is also outlined, dashed: the sample shows the outline round its pill.
  pillEntry('assumed', (width) => [{ kind: 'rect', x: 0, y: SAMPLE_TOP - 4, width: width + 12, height: PILL_HEIGHT + 8, radius: 6, stroke: '#4B5563', strokeWidth: 1.5, dash: [6, 4] }]),
  {
    key: 'emotion',
    label: 'exchange.legend.emotion',
    inUse: (ctx) => ctx.doc.emotionPoints.length > 0,
    sample: (ctx) => ({
      width: 3 * 24 - 2,
      shapes: [1, 0, -1].flatMap((value, i): Shape[] => [
        { kind: 'circle', cx: 11 + i * 24, cy: ROW / 2, r: 11, fill: exportEmotionColour(value), stroke: '#FFFFFF', strokeWidth: 1.5 },
        { kind: 'text', x: 11 + i * 24, y: ROW / 2 + 4, text: formatSigned(value, ctx.language), size: 10, weight: 'bold', colour: '#FFFFFF', anchor: 'middle' },
      ]),
    }),
  },
  {
    key: 'negativeMetric',
    label: 'exchange.legend.negativeMetric',
    inUse: (ctx) => ctx.doc.metricValues.some((m) => m.value < 0),
    sample: () => ({
      width: 30,
      shapes: [
        { kind: 'rect', x: 2, y: 3, width: 10, height: ROW / 2 - 3, fill: metricBarColour(1), radius: 1 },
        { kind: 'rect', x: 16, y: ROW / 2, width: 10, height: ROW / 2 - 5, fill: metricBarColour(-1), radius: 1 },
        { kind: 'path', commands: [{ op: 'M', x: 0, y: ROW / 2 }, { op: 'L', x: 30, y: ROW / 2 }], stroke: EXPORT_GRID.muted, width: 1.5 },
      ],
    }),
  },
  {
    key: 'linked',
    label: 'exchange.legend.linked',
    inUse: (ctx) => mapLinksOf(ctx.doc).length > 0,
    sample: () => ({ width: 44, shapes: [{ kind: 'rect', x: 0, y: 0, width: 44, height: ROW, radius: 4, fill: EXPORT_GRID.header }, ...linkMark(41, 0, ROW)] }),
  },
];

/** The first mark of each kind on the map's cards. */
function pillsInUse(doc: JourneyDocument, t: MarkText): Map<PillSpec['key'], PillSpec> {
  const kinds = new Map<string, LaneKind>(doc.lanes.filter((l) => !l.hidden).map((l) => [l.id, l.kind]));
  const found = new Map<PillSpec['key'], PillSpec>();
  for (const card of doc.cards) {
    if (!kinds.has(card.laneId)) continue;
    for (const pill of cardPillSpecs(card, kinds.get(card.laneId), t)) if (!found.has(pill.key)) found.set(pill.key, pill);
  }
  return found;
}

/**
 * A key to the marks the map shows, set to `width`: a heading, then each mark in use drawn as
 * on the map beside what it means, flowing in rows. Empty when the map uses none.
 */
export function legendBlock(doc: JourneyDocument, width: number, measure: TextMeasurer, t: MarkText, language?: string): Block {
  const ctx: LegendContext = { doc, measure, t, ...(language ? { language } : {}), pills: pillsInUse(doc, t) };
  const entries = LEGEND_ENTRIES.filter((entry) => entry.inUse(ctx));
  if (entries.length === 0) return { height: 0, shapes: [] };
  const shapes: Shape[] = [{ kind: 'text', x: 0, y: 16, text: t('exchange.legend.title'), size: 15, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'start' }];
  const text = (s: string) => measure.width(s, 13, 'regular');
  let x = 0;
  let y = 26;
  for (const entry of entries) {
    const sample = entry.sample(ctx);
    const label = ellipsize(t(entry.label), Math.max(40, width - sample.width - 8), text);
    const itemWidth = sample.width + 8 + text(label);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += ROW + 6;
    }
    shapes.push({ kind: 'group', dx: x, dy: y, shapes: sample.shapes });
    shapes.push({ kind: 'text', x: x + sample.width + 8, y: y + baselineIn(0, ROW, 13), text: label, size: 13, weight: 'regular', colour: EXPORT_GRID.laneHeaderText, anchor: 'start' });
    x += itemWidth + 28;
  }
  return { height: y + ROW, shapes };
}
