import type { Viewport } from '../editor/viewport';

/** Konva props that place content coordinates on screen for a viewport. */
export const contentTransform = (v: Viewport) => ({ x: -v.x * v.zoom, y: -v.y * v.zoom, scaleX: v.zoom, scaleY: v.zoom });
/** Pinned stage headers: scroll sideways only. */
export const stageHeaderTransform = (v: Viewport) => ({ x: -v.x * v.zoom, y: 0, scaleX: v.zoom, scaleY: v.zoom });
/** Pinned lane headers: scroll up and down only. */
export const laneHeaderTransform = (v: Viewport) => ({ x: 0, y: -v.y * v.zoom, scaleX: v.zoom, scaleY: v.zoom });
