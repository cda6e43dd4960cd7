import type { Cell } from '../../shared/document/commands';
import { cardAt, cellAt } from '../../shared/layout/hit-test';
import type { CardBox, JourneyLayout, LaneBox, StageBox, StepBox } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import { toContent, type Point, type Viewport } from './viewport';

/** What is under the pointer, in the terms the editor acts on. */
export type Hit =
  | { kind: 'stage'; stage: StageBox; resize: boolean }
  | { kind: 'step'; stage: StageBox; step: StepBox; resize: boolean }
  | { kind: 'lane'; lane: LaneBox; toggle: boolean }
  | { kind: 'point'; curveId: string; stageId: string; stepId: string | undefined; lane: LaneBox }
  | { kind: 'card'; card: CardBox }
  | { kind: 'cell'; cell: Cell; lane: LaneBox }
  | { kind: 'none' };

/** Within this many screen pixels of a column's right edge, a drag resizes it. */
const RESIZE_GRIP = 6;
const POINT_RADIUS = 16;

/**
 * Hit-testing by geometry rather than by Konva's event system: the drawing layers do not
 * listen at all, which keeps big maps cheap to draw.
 */
export function hitTest(layout: JourneyLayout, viewport: Viewport, screen: Point): Hit {
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
    if (inStageRow) return { kind: 'stage', stage, resize: stage.steps.length === 0 && nearEdge(stage.x, stage.width) };
    const step = stage.steps.find((s) => content.x >= s.x && content.x < s.x + s.width + RESIZE_GRIP / zoom);
    return step ? { kind: 'step', stage, step, resize: nearEdge(step.x, step.width) } : { kind: 'none' };
  }
  if (inLaneColumn) {
    const lane = layout.lanes.find((l) => content.y >= l.y && content.y < l.y + l.height);
    if (!lane) return { kind: 'none' };
    const localX = screen.x / zoom;
    return { kind: 'lane', lane, toggle: localX < 34 && content.y < lane.y + 34 };
  }
  for (const curve of layout.emotionCurves) {
    for (const point of curve.points) {
      if (Math.hypot((point.x - content.x) * zoom, (point.y - content.y) * zoom) <= POINT_RADIUS * Math.max(1, zoom)) {
        const lane = layout.lanes.find((l) => l.id === curve.laneId);
        if (lane) return { kind: 'point', curveId: curve.curveId, stageId: point.stageId, stepId: point.stepId, lane };
      }
    }
  }
  const card = cardAt(layout, content.x, content.y);
  if (card) return { kind: 'card', card };
  const cell = cellAt(layout, content.x, content.y);
  if (cell) return { kind: 'cell', cell: { laneId: cell.lane.id, stageId: cell.column.stageId, stepId: cell.column.stepId }, lane: cell.lane };
  return { kind: 'none' };
}
