import type { JourneyLayout } from '../layout/layout';
import { METRICS } from '../layout/metrics';
import { FOCUS_MARGIN_PX, PROGRESS_BAR_PX, readableZoom, SHOW_ZOOM, type Size, type WalkStep } from './walkthrough';

export interface Rect { x: number; y: number; width: number; height: number }
/** The map point at the screen's top-left, and the zoom (the editor's viewport). */
export interface Viewport { x: number; y: number; zoom: number }

const EDGE = 40;
const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** The part of the map a step shows, in map units: its stage (or steps) across its lanes. */
export function focusRect(layout: JourneyLayout, step: WalkStep): Rect | null {
  const stage = layout.stages.find((s) => s.id === step.stageId);
  if (!stage) return null;
  const steps = stage.steps.filter((s) => step.stepIds.includes(s.id));
  const left = steps[0]?.x ?? stage.x;
  const last = steps.at(-1);
  const right = last ? last.x + last.width : stage.x + stage.width;
  const lanes = layout.lanes.filter((l) => step.laneIds.includes(l.id));
  const top = lanes[0]?.y ?? layout.top;
  const lastLane = lanes.at(-1);
  const laneBottom = lastLane ? lastLane.y + lastLane.height : Math.max(layout.height, layout.top + METRICS.laneMinHeight);
  const bottom = step.bottom !== undefined ? Math.min(laneBottom, step.bottom) : laneBottom;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The whole grid, for the overview. */
export const overviewRect = (layout: JourneyLayout): Rect => ({
  x: METRICS.laneHeaderWidth, y: layout.top, width: Math.max(1, layout.width - METRICS.laneHeaderWidth), height: Math.max(1, layout.height - layout.top),
});

/** The zoom that fits `rect` with the pinned headers on a screen, never above the presentation zoom. */
export function fitZoom(layout: JourneyLayout, rect: Rect, screen: Size): number {
  const width = (screen.width - 2 * FOCUS_MARGIN_PX) / (rect.width + METRICS.laneHeaderWidth);
  const height = (screen.height - PROGRESS_BAR_PX - FOCUS_MARGIN_PX) / (rect.height + layout.top);
  return clamp(Math.min(width, height, SHOW_ZOOM), 0.1, SHOW_ZOOM);
}

/**
 * The zoom a part is presented at on the room's screen: the presentation zoom, or less where the
 * part needs it to fit, never below the readable zoom (the walk-through cuts parts that fit it).
 */
export const showZoom = (layout: JourneyLayout, rect: Rect, screen: Size): number => Math.max(readableZoom(screen), fitZoom(layout, rect, screen));

/**
 * The viewport showing `rect` at `zoom`: centred beside the pinned lane headers, its top just
 * under the pinned stage headers, without scrolling past the map's edges.
 */
export function focusViewport(layout: JourneyLayout, rect: Rect, screen: Size, zoom: number): Viewport {
  const headerWidth = METRICS.laneHeaderWidth * zoom;
  const room = screen.width - headerWidth;
  const left = headerWidth + Math.max(FOCUS_MARGIN_PX, (room - rect.width * zoom) / 2);
  const maxX = Math.max(0, layout.width + EDGE - screen.width / zoom);
  const maxY = Math.max(0, layout.height + (PROGRESS_BAR_PX + EDGE) / zoom - screen.height / zoom);
  return { zoom, x: clamp(rect.x - left / zoom, 0, maxX), y: clamp(rect.y - layout.top, 0, maxY) };
}

/** Screen rectangle of a map rectangle under a viewport. */
export const toScreenRect = (v: Viewport, r: Rect): Rect => ({ x: (r.x - v.x) * v.zoom, y: (r.y - v.y) * v.zoom, width: r.width * v.zoom, height: r.height * v.zoom });

/**
 * What stays bright on screen while the rest is dimmed: the focused part, its stage header
 * and the headers of its lanes (screen coordinates, the headers being pinned).
 */
export function brightAreas(layout: JourneyLayout, v: Viewport, focus: Rect): Rect[] {
  const part = toScreenRect(v, focus);
  return [
    part,
    { x: part.x, y: 0, width: part.width, height: layout.top * v.zoom },
    { x: 0, y: part.y, width: METRICS.laneHeaderWidth * v.zoom, height: part.height },
  ];
}

/** Stages outside the focused part: drawn dimmed. */
export const dimmedStageIds = (layout: JourneyLayout, focus: Rect | null): string[] =>
  focus === null ? [] : layout.stages.filter((s) => s.x + s.width <= focus.x || s.x >= focus.x + focus.width).map((s) => s.id);
