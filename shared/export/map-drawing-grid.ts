import type { JourneyLayout } from '../layout/layout';
import { METRICS } from '../layout/metrics';
import { line, type Shape, type TextMeasurer } from './drawing';
import { EXPORT_GRID, EXPORT_LANE_COLOURS } from './palette';
import { ellipsize, wrapText } from './wrap';

/** Where a text line's baseline sits in a line box: Konva centres glyphs on the box's middle. */
export const baselineIn = (top: number, boxHeight: number, size: number): number => top + boxHeight / 2 + size * 0.35;

/** Lane bands and column dividers behind everything else. */
export function gridShapes(layout: JourneyLayout): Shape[] {
  const shapes: Shape[] = layout.lanes.map((lane, i) => ({
    kind: 'rect' as const, x: 0, y: lane.y, width: layout.width, height: lane.height,
    fill: i % 2 === 0 ? EXPORT_GRID.laneBand : EXPORT_GRID.laneBandAlt, stroke: EXPORT_GRID.line, strokeWidth: 1,
  }));
  for (const column of layout.columns) shapes.push(line(column.x, layout.top, column.x, layout.height, EXPORT_GRID.line));
  for (const stage of layout.stages) shapes.push(line(stage.x, 0, stage.x, layout.height, EXPORT_GRID.line, 1.5));
  shapes.push(line(layout.width, 0, layout.width, layout.height, EXPORT_GRID.line));
  return shapes;
}

/** The canvas's linked-map mark (two stacked sheets) at the right end of a header whose stage or step links to another map. */
export function linkMark(right: number, top: number, height: number): Shape[] {
  const x = right - 38;
  const y = top + (height - 22) / 2;
  const white = EXPORT_GRID.headerText;
  return [
    { kind: 'rect', x, y, width: 30, height: 22, radius: 5, stroke: white, strokeWidth: 1.5 },
    { kind: 'rect', x: x + 9, y: y + 4, width: 14, height: 10, stroke: white, strokeWidth: 1.5, radius: 1 },
    { kind: 'rect', x: x + 6, y: y + 8, width: 14, height: 10, fill: EXPORT_GRID.header, stroke: white, strokeWidth: 1.5, radius: 1 },
  ];
}
const MARK_ROOM = 38;

/** Stage names across the top, step names below them, lane names down the left; `linked`: ids of stages and steps that link to a map. */
export function headerShapes(layout: JourneyLayout, measure: TextMeasurer, linked: ReadonlySet<string> = new Set()): Shape[] {
  const { stageHeaderHeight: headerH, stepHeaderHeight: stepH, laneHeaderWidth: laneW } = METRICS;
  const bold = (size: number) => (text: string) => measure.width(text, size, 'bold');
  const shapes: Shape[] = [{ kind: 'rect', x: 0, y: 0, width: layout.width, height: headerH, fill: EXPORT_GRID.header }];
  for (const stage of layout.stages) {
    shapes.push({ kind: 'rect', x: stage.x, y: 0, width: stage.width, height: headerH, fill: EXPORT_GRID.header, stroke: EXPORT_GRID.stepHeader, strokeWidth: 1 });
    shapes.push({
      kind: 'text', x: stage.x + 14, y: baselineIn(0, headerH, 17), text: ellipsize(stage.name, stage.width - 28 - (linked.has(stage.id) ? MARK_ROOM : 0), bold(17)),
      size: 17, weight: 'bold', colour: EXPORT_GRID.headerText, anchor: 'start',
    });
    if (linked.has(stage.id)) shapes.push(...linkMark(stage.x + stage.width, 0, headerH));
    for (const step of stage.steps) {
      shapes.push({ kind: 'rect', x: step.x, y: headerH, width: step.width, height: stepH, fill: EXPORT_GRID.stepHeader, stroke: EXPORT_GRID.header, strokeWidth: 1 });
      shapes.push({
        kind: 'text', x: step.x + 12, y: baselineIn(headerH, stepH, 14), text: ellipsize(step.name, step.width - 24 - (linked.has(step.id) ? MARK_ROOM : 0), bold(14)),
        size: 14, weight: 'bold', colour: EXPORT_GRID.headerText, anchor: 'start',
      });
      if (linked.has(step.id)) shapes.push(...linkMark(step.x + step.width, headerH, stepH));
    }
  }
  if (layout.top > headerH) {
    const stepless = layout.stages.filter((s) => s.steps.length === 0);
    for (const stage of stepless) shapes.push({ kind: 'rect', x: stage.x, y: headerH, width: stage.width, height: stepH, fill: EXPORT_GRID.stepHeader });
  }
  shapes.push({ kind: 'rect', x: 0, y: 0, width: laneW, height: layout.top, fill: EXPORT_GRID.header });
  for (const lane of layout.lanes) {
    shapes.push({ kind: 'rect', x: 0, y: lane.y, width: laneW, height: lane.height, fill: EXPORT_GRID.laneHeader, stroke: EXPORT_GRID.line, strokeWidth: 1 });
    shapes.push({ kind: 'rect', x: 0, y: lane.y, width: 6, height: lane.height, fill: EXPORT_LANE_COLOURS[lane.kind].accent });
    const lines = lane.collapsed ? [ellipsize(lane.name, laneW - 30, bold(16))] : wrapText(lane.name, laneW - 30, bold(16));
    const top = lane.collapsed ? lane.y + (lane.height - 20) / 2 : lane.y + 12;
    lines.forEach((text, i) => {
      if (top + (i + 1) * 20 > lane.y + lane.height) return;
      shapes.push({ kind: 'text', x: 18, y: baselineIn(top + i * 20, 20, 16), text, size: 16, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'start' });
    });
  }
  return shapes;
}
