import { EMOTION_MAX, EMOTION_MIN } from '../document/limits';
import type { JourneyDocument } from '../document/schema';
import { emotionY, type EmotionCurveBox, type JourneyLayout } from '../layout/layout';
import { placePointLabels, POINT_LABEL, spreadAcross } from '../layout/point-labels';
import { formatNumber, formatSigned } from '../i18n/numbers';
import { METRIC_LABEL_HEIGHT, metricBarColour, metricLaneGeometry } from '../layout/metric-bars';
import { cardTextWidth, METRICS } from '../layout/metrics';
import { cardPillSpecs, checkPoints, PILL_HEIGHT, pillIcon, pillPadding, placePills, type MarkText, type PillSpec } from './card-marks';
import { line, type PathCommand, type Shape, type TextMeasurer } from './drawing';
import { baselineIn } from './map-drawing-grid';
import { EXPORT_GRID, EXPORT_LANE_COLOURS, exportEmotionColour } from './palette';
import type { CardWrap } from './map-drawing';
import { ellipsize } from './wrap';

/** Cards with their lane's accent edge, image (storyboard frames) and wrapped text. */
export function cardShapes(doc: JourneyDocument, layout: JourneyLayout, wrap: CardWrap): Shape[] {
  const laneKind = new Map(layout.lanes.map((l) => [l.id, l.kind]));
  const assets = new Map(doc.assets.map((a) => [a.id, a]));
  const imageOf = new Map(doc.cards.flatMap((c) => (c.imageId ? [[c.id, c.imageId] as const] : [])));
  return layout.cards.flatMap((card) => {
    const colours = EXPORT_LANE_COLOURS[laneKind.get(card.laneId) ?? 'actions'];
    const shapes: Shape[] = [
      { kind: 'rect', x: card.x, y: card.y, width: card.width, height: card.height, fill: card.colour ?? colours.fill, stroke: colours.accent, strokeWidth: 1, radius: 6 },
      { kind: 'rect', x: card.x, y: card.y, width: 5, height: card.height, fill: colours.accent },
    ];
    const asset = assets.get(imageOf.get(card.id) ?? '');
    if (asset && card.imageHeight > 0) {
      shapes.push({ kind: 'image', x: card.x + 5, y: card.y, width: card.width - 5, height: card.imageHeight, mimeType: asset.mimeType, data: asset.data, alt: card.text });
    }
    const textWidth = cardTextWidth(card.width);
    const top = card.y + card.imageHeight + METRICS.cardPaddingY;
    const lines = card.text === '' ? [] : wrap(card.text, textWidth);
    lines.forEach((text, i) => {
      shapes.push({
        kind: 'text', x: card.x + METRICS.cardPaddingX, y: baselineIn(top + i * METRICS.lineHeight, METRICS.lineHeight, METRICS.fontSize),
        text, size: METRICS.fontSize, weight: 'regular', colour: EXPORT_GRID.cardText, anchor: 'start',
      });
    });
    return shapes;
  });
}

type Point = { x: number; y: number };

/** Konva's tension spline (cardinal, tension 0.35) as cubic curves, so exports bend like the canvas. */
export function smoothPath(points: readonly Point[], tension = 0.35): PathCommand[] {
  const first = points[0];
  if (!first) return [];
  const commands: PathCommand[] = [{ op: 'M', x: first.x, y: first.y }];
  if (points.length < 3) return [...commands, ...points.slice(1).map((p) => ({ op: 'L' as const, x: p.x, y: p.y }))];
  const controls: { before: Point; after: Point }[] = points.map((p, i) => {
    const prev = points[i - 1] ?? p;
    const next = points[i + 1] ?? p;
    const d01 = Math.hypot(p.x - prev.x, p.y - prev.y);
    const d12 = Math.hypot(next.x - p.x, next.y - p.y);
    const total = d01 + d12 || 1;
    const fa = (tension * d01) / total;
    const fb = (tension * d12) / total;
    return { before: { x: p.x - fa * (next.x - prev.x), y: p.y - fa * (next.y - prev.y) }, after: { x: p.x + fb * (next.x - prev.x), y: p.y + fb * (next.y - prev.y) } };
  });
  points.forEach((to, i) => {
    const from = points[i - 1];
    const here = controls[i];
    const before = controls[i - 1];
    if (!from || !here || !before) return;
    // The end segments are quadratic in Konva; as cubics their control points sit 2/3 of the way.
    const c1 = i === 1 ? lerp(from, here.before, 2 / 3) : before.after;
    const c2 = i === points.length - 1 ? lerp(to, before.after, 2 / 3) : here.before;
    commands.push({ op: 'C', x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y, x: to.x, y: to.y });
  });
  return commands;
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
const DASHES: Record<EmotionCurveBox['style'], readonly number[] | undefined> = { solid: undefined, dashed: [10, 6], dotted: [2, 6] };

/**
 * The curves as drawn on paper: points of several curves that would cover one another in a
 * column (close values) set side by side, so every value can be read (the editor instead
 * draws the curve in focus on top).
 */
export function spreadCurves(layout: JourneyLayout): JourneyLayout {
  const offsets = new Map<string, number>();
  const columns = new Map<string, { key: string; y: number }[]>();
  for (const curve of layout.emotionCurves) {
    for (const point of curve.points) {
      const column = `${curve.laneId}\u0000${point.stageId}\u0000${point.stepId ?? ''}`;
      columns.set(column, [...(columns.get(column) ?? []), { key: `${curve.curveId}\u0000${column}`, y: point.y }]);
    }
  }
  for (const points of columns.values()) {
    if (points.length < 2) continue;
    spreadAcross(points.map((p) => p.y), POINT_LABEL.pointRadius).forEach((dx, i) => offsets.set(points[i]?.key ?? '', dx));
  }
  if (![...offsets.values()].some((dx) => dx !== 0)) return layout;
  return {
    ...layout,
    emotionCurves: layout.emotionCurves.map((curve) => ({
      ...curve,
      points: curve.points.map((p) => ({ ...p, x: p.x + (offsets.get(`${curve.curveId}\u0000${curve.laneId}\u0000${p.stageId}\u0000${p.stepId ?? ''}`) ?? 0) })),
    })),
  };
}

/** Scale lines for each emotions lane, then each curve with its points and values, then the points' labels. */
export function emotionShapes(mapLayout: JourneyLayout, measure: TextMeasurer, language?: string): Shape[] {
  const layout = spreadCurves(mapLayout);
  const shapes: Shape[] = [];
  const levels = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MAX - i);
  for (const lane of layout.lanes) {
    if (lane.kind !== 'emotions' || lane.collapsed) continue;
    for (const level of levels) {
      const y = emotionY(lane, level);
      shapes.push(line(METRICS.laneHeaderWidth, y, layout.width, y, EXPORT_GRID.line, level === 0 ? 1.5 : 1, level === 0 ? undefined : [4, 6]));
    }
  }
  for (const curve of layout.emotionCurves) {
    const dash = DASHES[curve.style];
    shapes.push({ kind: 'path', commands: smoothPath(curve.points), stroke: curve.colour, width: 3, ...(dash ? { dash } : {}) });
    for (const point of curve.points) {
      shapes.push({ kind: 'circle', cx: point.x, cy: point.y, r: POINT_LABEL.pointRadius, fill: exportEmotionColour(point.value), stroke: '#FFFFFF', strokeWidth: 2 });
      shapes.push({ kind: 'text', x: point.x, y: point.y + 4, text: formatSigned(point.value, language), size: 11, weight: 'bold', colour: '#FFFFFF', anchor: 'middle' });
    }
  }
  return [...shapes, ...pointLabelShapes(layout, measure)];
}

/** Each labelled point's label where placePointLabels puts it (clear of the others), on a patch of the lane's colour so the curves do not run through it. */
function pointLabelShapes(layout: JourneyLayout, measure: TextMeasurer): Shape[] {
  const { size, height } = POINT_LABEL;
  const width = (text: string) => measure.width(text, size, 'regular');
  return placePointLabels(layout).flatMap((label): Shape[] => {
    const text = ellipsize(label.text, label.width, width);
    const w = Math.min(label.width, width(text)) + 8;
    return [
      { kind: 'rect', x: label.x - w / 2, y: label.top, width: w, height, fill: EXPORT_GRID.laneBand, radius: 4 },
      { kind: 'text', x: label.x, y: baselineIn(label.top, height, size), text, size, weight: 'regular', colour: EXPORT_GRID.cardText, anchor: 'middle' },
    ];
  });
}

/**
 * Which curve is which, under the emotions lane's name: a sample of each curve's line and its
 * name (left out for a lone curve named like its lane).
 */
export function curveLegendShapes(layout: JourneyLayout, measure: TextMeasurer): Shape[] {
  return layout.lanes.flatMap((lane) => {
    const curves = layout.emotionCurves.filter((c) => c.laneId === lane.id);
    if (lane.collapsed || curves.length === 0 || (curves.length === 1 && curves[0]?.name === lane.name)) return [];
    const room = Math.floor((lane.height - 48) / 20);
    return curves.slice(0, Math.max(0, room)).flatMap((curve, i): Shape[] => {
      const y = lane.y + 52 + i * 20;
      const dash = DASHES[curve.style];
      const name = ellipsize(curve.name, METRICS.laneHeaderWidth - 60, (text) => measure.width(text, 12, 'regular'));
      return [
        { kind: 'path', commands: [{ op: 'M', x: 18, y: y - 4 }, { op: 'L', x: 40, y: y - 4 }], stroke: curve.colour, width: 3, ...(dash ? { dash } : {}) },
        { kind: 'text', x: 48, y, text: name, size: 12, weight: 'regular', colour: EXPORT_GRID.laneHeaderText, anchor: 'start' },
      ];
    });
  });
}

/** Metric values as bars from a zero line (negative ones below it, as on the canvas), with the number and unit written. */
export function metricShapes(layout: JourneyLayout, language?: string): Shape[] {
  const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
  return layout.metricLanes.flatMap((metric) => {
    const lane = lanes.get(metric.laneId);
    if (!lane) return [];
    const { zero, bars } = metricLaneGeometry(metric, lane);
    const shapes: Shape[] = zero ? [line(zero.x1, zero.y, zero.x2, zero.y, EXPORT_GRID.line, 1.5)] : [];
    for (const bar of bars) {
      const text = `${formatNumber(bar.value, language)}${metric.unit ? ` ${metric.unit}` : ''}`;
      shapes.push(
        { kind: 'rect', x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: metricBarColour(bar.value), radius: 2 },
        { kind: 'text', x: bar.labelX, y: baselineIn(bar.labelTop, METRIC_LABEL_HEIGHT, 13), text, size: 13, weight: 'bold', colour: EXPORT_GRID.cardText, anchor: 'middle' },
      );
    }
    return shapes;
  });
}

export type BlueprintLabels = Record<JourneyLayout['blueprintLines'][number]['kind'], string>;

/** The service blueprint's lines of interaction, visibility and internal interaction. */
export function blueprintShapes(layout: JourneyLayout, labels: BlueprintLabels): Shape[] {
  return layout.blueprintLines.flatMap((bl): Shape[] => [
    line(METRICS.laneHeaderWidth, bl.y, layout.width, bl.y, EXPORT_GRID.muted, 2, [8, 5]),
    { kind: 'text', x: METRICS.laneHeaderWidth + 8, y: bl.y - 5, text: labels[bl.kind], size: 11, weight: 'bold', colour: EXPORT_GRID.muted, anchor: 'start' },
  ]);
}

/** A pill's width for its text in the export fonts. */
export const pillWidth = (measure: TextMeasurer) => (pill: PillSpec): number => Math.ceil(measure.width(pill.text, 11, 'bold')) + pillPadding(pill);

/** One mark as the canvas draws it: a rounded pill (dashed for "assumed"), its icon and its text. */
export function pillShapes(pill: PillSpec, x: number, top: number, w: number): Shape[] {
  const shapes: Shape[] = [{ kind: 'rect', x, y: top, width: w, height: PILL_HEIGHT, radius: PILL_HEIGHT / 2, fill: pill.fill, stroke: pill.stroke, strokeWidth: 1.25, ...(pill.dashed ? { dash: [3, 2] } : {}) }];
  const icon = pillIcon(pill);
  if (icon === 'triangle') {
    const cx = x + 11;
    const cy = top + PILL_HEIGHT / 2 + 1;
    shapes.push({
      kind: 'path', stroke: pill.stroke, width: 0.5, fill: pill.stroke,
      commands: [{ op: 'M', x: cx, y: cy - 5.5 }, { op: 'L', x: cx + 4.76, y: cy + 2.75 }, { op: 'L', x: cx - 4.76, y: cy + 2.75 }, { op: 'L', x: cx, y: cy - 5.5 }],
    });
  }
  if (icon === 'check') {
    const [a, b, c] = checkPoints(top + PILL_HEIGHT / 2).map(([px, py]) => ({ x: x + px, y: py }));
    if (a && b && c) shapes.push({ kind: 'path', stroke: pill.stroke, width: 2, commands: [{ op: 'M', ...a }, { op: 'L', ...b }, { op: 'L', ...c }] });
  }
  const baseline = baselineIn(top, PILL_HEIGHT, 11);
  shapes.push(icon
    ? { kind: 'text', x: x + 19, y: baseline, text: pill.text, size: 11, weight: 'bold', colour: pill.textColour, anchor: 'start' }
    : { kind: 'text', x: x + w / 2, y: baseline, text: pill.text, size: 11, weight: 'bold', colour: pill.textColour, anchor: 'middle' });
  return shapes;
}

/**
 * The cards' marks, as on the canvas: a row of pills on each card's top edge (severity,
 * priority, owner, evidence, assumed) and a dashed outline around assumed cards.
 */
export function markShapes(doc: JourneyDocument, layout: JourneyLayout, measure: TextMeasurer, t: MarkText): Shape[] {
  const kindOf = new Map(layout.lanes.map((l) => [l.id, l.kind]));
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const width = pillWidth(measure);
  return layout.cards.flatMap((box): Shape[] => {
    const card = cards.get(box.id);
    const pills = card ? cardPillSpecs(card, kindOf.get(box.laneId), t) : [];
    if (!card || pills.length === 0) return [];
    const shapes: Shape[] = [];
    if (card.confidence === 'assumed') {
      shapes.push({ kind: 'rect', x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6, radius: 8, stroke: '#4B5563', strokeWidth: 1.5, dash: [6, 4] });
    }
    const top = box.y - PILL_HEIGHT / 2;
    for (const { pill, x: dx, width: w } of placePills(pills, box.width, width)) shapes.push(...pillShapes(pill, box.x + dx, top, w));
    return shapes;
  });
}
