import { METRICS } from '../../shared/layout/metrics';

/** What part of the map is in view: the content point at the window's top-left, and the zoom. */
export interface Viewport { x: number; y: number; zoom: number }
export interface Size { width: number; height: number }
export interface Rect { x: number; y: number; width: number; height: number }
export interface Point { x: number; y: number }

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 4;
const MARGIN = 40;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Keeps the map from scrolling past its edges at the current zoom. */
export function clampViewport(v: Viewport, content: Size, view: Size): Viewport {
  const zoom = clamp(v.zoom, MIN_ZOOM, MAX_ZOOM);
  const maxX = Math.max(0, content.width + MARGIN - view.width / zoom);
  const maxY = Math.max(0, content.height + MARGIN - view.height / zoom);
  return { zoom, x: clamp(v.x, 0, maxX), y: clamp(v.y, 0, maxY) };
}

export const toContent = (v: Viewport, screen: Point): Point => ({ x: screen.x / v.zoom + v.x, y: screen.y / v.zoom + v.y });
export const toScreen = (v: Viewport, content: Point): Point => ({ x: (content.x - v.x) * v.zoom, y: (content.y - v.y) * v.zoom });

/** Zooms by `factor` keeping the content point under `anchor` (screen coordinates) still. */
export function zoomAt(v: Viewport, factor: number, anchor: Point): Viewport {
  const zoom = clamp(v.zoom * factor, MIN_ZOOM, MAX_ZOOM);
  const under = toContent(v, anchor);
  return { zoom, x: under.x - anchor.x / zoom, y: under.y - anchor.y / zoom };
}

/** The content rectangle in view (including what the pinned headers cover). */
export const visibleRect = (v: Viewport, view: Size): Rect => ({ x: v.x, y: v.y, width: view.width / v.zoom, height: view.height / v.zoom });

/** Shows `rect` (content coordinates) as large as fits beside the pinned headers, at most 100%. */
export function viewportForRect(rect: Rect, view: Size, top: number, maxZoom = 1): Viewport {
  const left = METRICS.laneHeaderWidth;
  const zoom = clamp(Math.min((view.width - MARGIN) / (rect.width + left), (view.height - MARGIN) / (rect.height + top), maxZoom), MIN_ZOOM, MAX_ZOOM);
  // Put the rectangle right of the lane headers and below the stage headers.
  return { zoom, x: Math.max(0, rect.x - left), y: Math.max(0, rect.y - top) };
}

/** The whole map in the window. */
export const fitViewport = (content: Size, view: Size, top: number): Viewport =>
  viewportForRect({ x: METRICS.laneHeaderWidth, y: top, width: content.width - METRICS.laneHeaderWidth, height: content.height - top }, view, top, 1.5);
