import { METRICS } from '../../shared/layout/metrics';

export interface Scroll { x: number; y: number }
export interface Size { width: number; height: number }

/** Keeps the map from scrolling past its edges (headers stay pinned outside the scroll). */
export function clampScroll(scroll: Scroll, content: Size, view: Size): Scroll {
  const maxX = Math.max(0, content.width - view.width + 40);
  const maxY = Math.max(0, content.height - view.height + 40);
  return { x: Math.min(maxX, Math.max(0, scroll.x)), y: Math.min(maxY, Math.max(0, scroll.y)) };
}

/** The content rectangle in view, below the stage headers and right of the lane headers. */
export function visibleRect(scroll: Scroll, view: Size) {
  return { x: scroll.x + METRICS.laneHeaderWidth, y: scroll.y + METRICS.stageHeaderHeight, width: view.width, height: view.height };
}
