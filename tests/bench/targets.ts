import type { Unavailable } from './interactions';
import type { BenchRun, SizeResult } from './run-bench';
import type { Spread } from './stats';

/** One vsync at 60 Hz. requestAnimationFrame deltas jitter by a few tenths (16.5–16.8 ms on an idle page). */
export const FRAME_BUDGET_MS = 16.7;
const FRAME_JITTER_MS = 0.5;

export interface Ratios {
  firstDrawWaymarkToExcalidraw: number | null;
  panP95WaymarkToExcalidraw: number | null;
  heapWaymarkToExcalidraw: number | null;
  openToFloor: number;
  saveToFloor: number;
}

export interface TargetCheck {
  target: string;
  cards: number;
  value: number | null;
  limit: number;
  /** null when the figure is unavailable (the feature does not exist yet). */
  met: boolean | null;
  note?: string;
}

export const isUnavailable = (value: object): value is Unavailable => 'unavailable' in value;

export function ratiosOf(size: SizeResult): Ratios {
  const peer = size.excalidraw;
  return {
    firstDrawWaymarkToExcalidraw: peer && size.waymark.firstDrawMs / peer.firstDrawMs,
    panP95WaymarkToExcalidraw: peer && size.waymark.pan.p95 / peer.pan.p95,
    heapWaymarkToExcalidraw: peer && size.waymark.heapMB / peer.heapMB,
    openToFloor: size.files.openMs / size.files.openFloorMs,
    saveToFloor: size.files.saveMs / size.files.saveFloorMs,
  };
}

function frameCheck(target: string, cards: number, figure: Spread | Unavailable): TargetCheck {
  if (isUnavailable(figure)) return { target, cards, value: null, limit: FRAME_BUDGET_MS, met: null, note: figure.unavailable };
  return { target, cards, value: figure.p95, limit: FRAME_BUDGET_MS, met: figure.p95 <= FRAME_BUDGET_MS + FRAME_JITTER_MS };
}

/** The targets, checked on the largest size measured. */
export function checkTargets(size: SizeResult): TargetCheck[] {
  const { cards, waymark } = size;
  const ratios = ratiosOf(size);
  const atMost = (target: string, value: number | null, limit: number, note?: string): TargetCheck =>
    ({ target, cards, value, limit, met: value === null ? null : value <= limit, ...(note ? { note } : {}) });
  const drag = isUnavailable(waymark.drag) ? waymark.drag : waymark.drag.frames;
  return [
    atMost('first draw, Waymark / Excalidraw', ratios.firstDrawWaymarkToExcalidraw, 1 / 3, size.excalidraw ? undefined : 'no peer in this run'),
    frameCheck('pan frame p95 (ms)', cards, waymark.pan),
    frameCheck('zoom frame p95 (ms)', cards, waymark.zoom),
    frameCheck('drag frame p95 (ms)', cards, drag),
    atMost('JS heap after load (MB)', waymark.heapMB, 300),
    atMost('open / floor (JSON.parse)', ratios.openToFloor, 2),
    atMost('save / floor (write + fsync + rename)', ratios.saveToFloor, 2),
  ];
}

/**
 * Opening a workspace: the start screen should list 200 maps in a few seconds the first time
 * and at once (well under a second) when nothing changed since.
 */
export function workspaceTargets(workspace: BenchRun['workspace']): TargetCheck[] {
  if (!workspace) return [];
  const { maps: cards } = workspace;
  const note = 'maps in the workspace, not cards';
  return [
    { target: 'workspace listing, cold cache (ms)', cards, value: workspace.coldMs, limit: 5_000, met: workspace.coldMs <= 5_000, note },
    { target: 'workspace listing, warm cache (ms)', cards, value: workspace.warmMs, limit: 500, met: workspace.warmMs <= 500, note },
  ];
}
