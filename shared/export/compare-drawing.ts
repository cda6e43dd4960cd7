import type { JourneyDocument } from '../document/schema';
import { computeLayout, type JourneyLayout } from '../layout/layout';
import { curvesOn } from '../layout/curves-on';
import { BADGE_RADIUS, CHANGE_STYLE } from '../merge/change-style';
import type { JourneyComparison } from '../merge/compare';
import { ghostArrow } from '../merge/ghost-arrow';
import { CHANGE_MARKS, compareView, metricDeltas, type ChangeMark, type CompareView, type MetricDelta } from '../merge/compare-view';
import type { Drawing, Shape, TextMeasurer } from './drawing';
import { drawMap, lineCounterFor, type MapDrawingOptions } from './map-drawing';
import { EXPORT_GRID } from './palette';
import { wrapText } from './wrap';

/** A change's badge as shapes, centred at (x, y): the canvas's colour, shape and symbol. */
export function badgeShapes(mark: ChangeMark, x: number, y: number, r = BADGE_RADIUS): Shape[] {
  const style = CHANGE_STYLE[mark];
  const polygon = (points: [number, number][]): Shape => ({
    kind: 'path', stroke: '#FFFFFF', width: 2, fill: style.colour,
    commands: [...points, points[0] ?? [0, 0]].map(([px, py], i) => ({ op: i === 0 ? 'M' as const : 'L' as const, x: x + px, y: y + py })),
  });
  const body: Shape = {
    circle: { kind: 'circle', cx: x, cy: y, r, fill: style.colour, stroke: '#FFFFFF', strokeWidth: 2 } as Shape,
    square: { kind: 'rect', x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: style.colour, stroke: '#FFFFFF', strokeWidth: 2 } as Shape,
    diamond: polygon([[0, -r * 1.3], [r * 1.3, 0], [0, r * 1.3], [-r * 1.3, 0]]),
    triangle: polygon([[0, -r * 1.1], [r * 1.2, r * 0.95], [-r * 1.2, r * 0.95]]),
  }[style.shape];
  return [body, { kind: 'text', x, y: y + r * 0.5, text: style.symbol, size: r * 1.3, weight: 'bold', colour: style.ink, anchor: 'middle' }];
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * A moved card's old place: a pale veil over the card drawn there (PDF has no opacity), a dashed
 * outline in the moved colour, and a dashed arrow to where the card is now.
 */
function ghostShapes(ghost: Box, movedTo: Box): Shape[] {
  const colour = CHANGE_STYLE.moved.colour;
  const shapes: Shape[] = [
    { kind: 'rect', x: ghost.x, y: ghost.y, width: ghost.width, height: ghost.height, radius: 6, fill: '#F4F5F6' },
    { kind: 'rect', x: ghost.x - 3, y: ghost.y - 3, width: ghost.width + 6, height: ghost.height + 6, radius: 8, stroke: colour, strokeWidth: 2.5, dash: [6, 5] },
  ];
  const arrow = ghostArrow(ghost, movedTo);
  if (!arrow) return shapes;
  const [x1, y1, x2, y2] = arrow;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const tip = (turn: number, length = 13) => ({ x: x2 - length * Math.cos(angle + turn), y: y2 - length * Math.sin(angle + turn) });
  const [left, right, shaftEnd] = [tip(0.45), tip(-0.45), tip(0, 6)];
  return [...shapes,
    { kind: 'path', stroke: colour, width: 2.5, dash: [10, 6], commands: [{ op: 'M', x: x1, y: y1 }, { op: 'L', x: shaftEnd.x, y: shaftEnd.y }] },
    { kind: 'path', stroke: colour, width: 1, fill: colour, commands: [{ op: 'M', x: x2, y: y2 }, { op: 'L', x: left.x, y: left.y }, { op: 'L', x: right.x, y: right.y }, { op: 'L', x: x2, y: y2 }] },
  ];
}

function outline(mark: ChangeMark, box: { x: number; y: number; width: number; height: number }, pad: number): Shape {
  const style = CHANGE_STYLE[mark];
  return { kind: 'rect', x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad, stroke: style.colour, strokeWidth: 3, radius: pad > 0 ? 8 : 0, ...(style.dashed ? { dash: [8, 5] } : {}) };
}

/** The overlay's marks on the union map's layout, as the canvas draws them. */
function markShapes(layout: JourneyLayout, view: CompareView, before: JourneyDocument, deltas: readonly MetricDelta[], formatDelta: (d: MetricDelta) => string, measure: TextMeasurer): Shape[] {
  const shapes: Shape[] = [];
  const gridLeft = layout.stages[0]?.x ?? 0;
  for (const stage of layout.stages) {
    const mark = view.overlay.stages.get(stage.id);
    if (!mark) continue;
    shapes.push(outline(mark, { x: stage.x + 2, y: layout.top + 2, width: stage.width - 4, height: layout.height - layout.top - 4 }, 0), ...badgeShapes(mark, stage.x + stage.width / 2, layout.top + 16));
  }
  for (const lane of layout.lanes) {
    const mark = view.overlay.lanes.get(lane.id);
    if (!mark) continue;
    shapes.push(outline(mark, { x: gridLeft + 2, y: lane.y + 2, width: layout.width - gridLeft - 4, height: lane.height - 4 }, 0), ...badgeShapes(mark, gridLeft + 16, lane.y + 16));
  }
  const cardBoxes = new Map(layout.cards.map((c) => [c.id, c]));
  for (const card of layout.cards) {
    const mark = view.overlay.cards.get(card.id);
    if (mark) shapes.push(outline(mark, card, 3), ...badgeShapes(mark, card.x + card.width - 4, card.y + 2));
    const movedTo = view.ghosts.has(card.id) ? cardBoxes.get(view.ghosts.get(card.id) ?? '') : undefined;
    if (movedTo) shapes.push(...ghostShapes(card, movedTo));
  }
  for (const curve of curvesOn(before, layout)) {
    if (curve.points.length > 1) shapes.push({ kind: 'path', stroke: curve.colour, width: 2.5, dash: [10, 7], commands: curve.points.map((p, i) => ({ op: i === 0 ? 'M' : 'L', x: p.x, y: p.y })) });
    for (const p of curve.points) shapes.push({ kind: 'rect', x: p.x - 5, y: p.y - 5, width: 10, height: 10, stroke: curve.colour, strokeWidth: 2, fill: '#FFFFFF' });
  }
  const stages = new Map(layout.stages.map((s) => [s.id, s]));
  const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
  for (const delta of deltas) {
    const [stage, lane] = [stages.get(delta.stageId), lanes.get(delta.laneId)];
    if (!stage || !lane || lane.collapsed) continue;
    const text = formatDelta(delta);
    const width = measure.width(text, 13, 'bold') + 16;
    const x = stage.x + stage.width - width - 8;
    shapes.push({ kind: 'rect', x, y: lane.y + 6, width, height: 22, radius: 11, fill: '#FFFFFF', stroke: EXPORT_GRID.laneHeaderText, strokeWidth: 1.5 },
      { kind: 'text', x: x + width / 2, y: lane.y + 22, text, size: 13, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'middle' });
  }
  return shapes;
}

export interface ComparisonText {
  title: string;
  legend: Record<ChangeMark, string>;
  /** The other marks the map shows: a moved card's old place, the curve before, a metric's change. */
  legendGhost: string;
  legendOldCurve: string;
  legendDelta: string;
  structureHeading: string;
  structure: readonly string[];
  changesHeading: string;
  /** One line per change, in the comparison's order. */
  lines: readonly string[];
  formatDelta: (d: MetricDelta) => string;
}

const PAGE_WIDTH = 900;
const MARGIN = 40;

/** The legend, the stage and lane changes and the change list, one badge and wrapped line per change. */
function listDrawing(view: CompareView, text: ComparisonText, measure: TextMeasurer): Drawing {
  const shapes: Shape[] = [];
  let y = MARGIN + 26;
  const write = (line: string, size: number, weight: 'regular' | 'bold', x = MARGIN, colour: string = EXPORT_GRID.laneHeaderText) => {
    for (const part of wrapText(line, PAGE_WIDTH - x - MARGIN, (s) => measure.width(s, size, weight))) {
      shapes.push({ kind: 'text', x, y, text: part, size, weight, colour, anchor: 'start' });
      y += size * 1.45;
    }
  };
  write(text.title, 24, 'bold');
  y += 6;
  // The legend: the four marks, then what else the map draws, each with a sample; wrapped to the page.
  const ink = EXPORT_GRID.laneHeaderText;
  const samples: { width: number; shapes: (x: number) => Shape[]; label: string }[] = [
    ...CHANGE_MARKS.map((mark) => ({ width: 20, shapes: (x: number) => badgeShapes(mark, x + 10, y - 5, 9), label: text.legend[mark] })),
    { width: 30, label: text.legendGhost, shapes: (x: number) => [{ kind: 'rect', x, y: y - 14, width: 28, height: 18, radius: 4, fill: '#F4F5F6', stroke: CHANGE_STYLE.moved.colour, strokeWidth: 2, dash: [4, 3] }] },
    { width: 30, label: text.legendOldCurve, shapes: (x: number) => [{ kind: 'path', stroke: '#555555', width: 2.5, dash: [6, 4], commands: [{ op: 'M', x, y: y - 5 }, { op: 'L', x: x + 28, y: y - 5 }] }] },
    { width: 34, label: text.legendDelta, shapes: (x: number) => [
      { kind: 'rect', x, y: y - 15, width: 32, height: 20, radius: 10, fill: '#FFFFFF', stroke: ink, strokeWidth: 1.5 },
      { kind: 'text', x: x + 16, y: y - 1, text: '+12', size: 11, weight: 'bold', colour: ink, anchor: 'middle' },
    ] },
  ];
  let x = MARGIN;
  for (const sample of samples) {
    const width = sample.width + 8 + measure.width(sample.label, 14, 'regular');
    if (x > MARGIN && x + width > PAGE_WIDTH - MARGIN) {
      x = MARGIN;
      y += 28;
    }
    shapes.push(...sample.shapes(x), { kind: 'text', x: x + sample.width + 6, y, text: sample.label, size: 14, weight: 'regular', colour: ink, anchor: 'start' });
    x += width + 16;
  }
  y += 34;
  if (text.structure.length > 0) {
    write(text.structureHeading, 18, 'bold');
    for (const line of text.structure) write(`• ${line}`, 14, 'regular', MARGIN + 8);
    y += 12;
  }
  write(text.changesHeading, 18, 'bold');
  for (const entry of view.entries) {
    shapes.push(...badgeShapes(entry.mark, MARGIN + 10, y - 5, 9));
    write(text.lines[entry.index] ?? '', 14, 'regular', MARGIN + 28);
    y += 3;
  }
  return { width: PAGE_WIDTH, height: y + MARGIN, background: EXPORT_GRID.background, shapes };
}

/**
 * A comparison as drawings for a PDF: the overlaid map (the map after, with what only the
 * map before had put back, every change marked, the old emotion curves dashed and each
 * metric's change per stage), then the legend and the change list. Text stays text.
 */
export function comparisonDrawings(comparison: JourneyComparison, after: JourneyDocument, text: ComparisonText, measure: TextMeasurer, options: MapDrawingOptions): Drawing[] {
  const view = compareView(comparison, after);
  // The map page is headed by the comparison, not by the map's own title.
  const map = drawMap({ ...view.union, journey: { ...view.union.journey, title: text.title } }, measure, options);
  const layout = computeLayout(view.union, lineCounterFor(measure));
  const marks = markShapes(layout, view, comparison.before, metricDeltas(comparison, after), text.formatDelta, measure);
  const overlay: Drawing = { ...map, shapes: [...map.shapes, { kind: 'group', dx: map.tiles?.x ?? 0, dy: map.tiles?.y ?? 0, shapes: marks }] };
  return [overlay, listDrawing(view, text, measure)];
}
