import type { Cell } from '../../shared/document/commands';
import { cardAt, cellAt } from '../../shared/layout/hit-test';
import type { CardBox, JourneyLayout, LaneBox, StageBox, StepBox } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import { toContent, type Point, type Viewport } from './viewport';

/** What is under the pointer, in the terms the editor acts on. */
export type Hit =
  /** `mark`: on the place of the header's linked-map mark (drawn only when the stage or step links to a map). */
  | { kind: 'stage'; stage: StageBox; resize: boolean; mark: boolean }
  | { kind: 'step'; stage: StageBox; step: StepBox; resize: boolean; mark: boolean }
  | { kind: 'lane'; lane: LaneBox; toggle: boolean }
  /** A curve's name in an emotions lane's legend (shown when the lane has two curves or more). */
  | { kind: 'curve'; curveId: string; lane: LaneBox }
  | { kind: 'point'; curveId: string; stageId: string; stepId: string | undefined; lane: LaneBox }
  | { kind: 'card'; card: CardBox }
  | { kind: 'cell'; cell: Cell; lane: LaneBox }
  | { kind: 'none' };

/** Within this many screen pixels of a column's right edge, a drag resizes it. */
const RESIZE_GRIP = 6;
const POINT_RADIUS = 16;
/** A point's circle as EmotionCurves draws it, stroke included, in map units. */
const DRAWN_POINT_RADIUS = 14;
/** Where the lane header lists an emotions lane's curves (Headers.tsx draws it there). */
export const LEGEND = { top: 48, row: 20, left: 14 } as const;
/** The linked-map mark at the right end of a stage or step header (Headers.tsx draws it there), in map units. */
export const LINK_MARK = { width: 30, height: 22, right: 8 } as const;
const onMark = (x: number, width: number, at: number) => at >= x + width - LINK_MARK.right - LINK_MARK.width && at <= x + width - LINK_MARK.right;

/** The curve whose legend row is at `y` in an emotions lane's header, if any. */
function legendCurve(layout: JourneyLayout, lane: LaneBox, y: number): string | undefined {
  if (lane.kind !== 'emotions' || lane.collapsed) return undefined;
  const curves = layout.emotionCurves.filter((c) => c.laneId === lane.id);
  if (curves.length < 2) return undefined;
  const row = Math.floor((y - lane.y - LEGEND.top + 2) / LEGEND.row);
  return row >= 0 ? curves[row]?.curveId : undefined;
}

/**
 * Hit-testing by geometry rather than by Konva's event system: the drawing layers do not
 * listen at all, which keeps big maps cheap to draw.
 */
export function hitTest(layout: JourneyLayout, viewport: Viewport, screen: Point, focusCurve: string | null = null): Hit {
  const { zoom } = viewport;
  const content = toContent(viewport, screen);
  const inStageRow = screen.y < METRICS.stageHeaderHeight * zoom;
  const inStepRow = !inStageRow && screen.y < layout.top * zoom;
  const inLaneColumn = screen.x < METRICS.laneHeaderWidth * zoom;
  if ((inStageRow || inStepRow) && inLaneColumn) return { kind: 'none' };
  if (inStageRow || inStepRow) {
    const stage = layout.stages.find((s) => content.x >= s.x && content.x < s.x + s.width + RESIZE_GRIP / zoom);
    if (!stage) return { kind: 'none' };
    const nearEdge = (x: number, width: number) => Math.abs((x + width - content.x) * zoom) <= RESIZE_GRIP;
    if (inStageRow) {
      const resize = stage.steps.length === 0 && nearEdge(stage.x, stage.width);
      return { kind: 'stage', stage, resize, mark: !resize && onMark(stage.x, stage.width, content.x) };
    }
    const step = stage.steps.find((s) => content.x >= s.x && content.x < s.x + s.width + RESIZE_GRIP / zoom);
    if (!step) return { kind: 'none' };
    const resize = nearEdge(step.x, step.width);
    return { kind: 'step', stage, step, resize, mark: !resize && onMark(step.x, step.width, content.x) };
  }
  if (inLaneColumn) {
    const lane = layout.lanes.find((l) => content.y >= l.y && content.y < l.y + l.height);
    if (!lane) return { kind: 'none' };
    const localX = screen.x / zoom;
    const curveId = localX >= LEGEND.left ? legendCurve(layout, lane, content.y) : undefined;
    if (curveId) return { kind: 'curve', curveId, lane };
    return { kind: 'lane', lane, toggle: localX < 34 && content.y < lane.y + 34 };
  }
  const point = pointAt(layout, zoom, content, focusCurve);
  if (point) return point;
  const card = cardAt(layout, content.x, content.y);
  if (card) return { kind: 'card', card };
  const cell = cellAt(layout, content.x, content.y);
  if (cell) return { kind: 'cell', cell: { laneId: cell.lane.id, stageId: cell.column.stageId, stepId: cell.column.stepId }, lane: cell.lane };
  return { kind: 'none' };
}

/**
 * The emotion point under the pointer. Where points of several curves overlap (the same column,
 * the same or a close value), the curve in focus wins wherever its drawn point is, as it is
 * drawn on top; elsewhere the nearest point does.
 */
function pointAt(layout: JourneyLayout, zoom: number, content: Point, focusCurve: string | null): Hit | null {
  let best: { hit: Hit; distance: number } | null = null;
  for (const curve of layout.emotionCurves) {
    const lane = layout.lanes.find((l) => l.id === curve.laneId);
    if (!lane || lane.collapsed) continue;
    for (const point of curve.points) {
      const distance = Math.hypot((point.x - content.x) * zoom, (point.y - content.y) * zoom);
      if (distance > POINT_RADIUS * Math.max(1, zoom)) continue;
      const onTop = curve.curveId === focusCurve && distance <= DRAWN_POINT_RADIUS * zoom;
      const rank = onTop ? -1 : distance;
      // On a tie the later curve wins: it is drawn over the earlier.
      if (!best || rank <= best.distance) best = { hit: { kind: 'point', curveId: curve.curveId, stageId: point.stageId, stepId: point.stepId, lane }, distance: rank };
    }
  }
  return best?.hit ?? null;
}
