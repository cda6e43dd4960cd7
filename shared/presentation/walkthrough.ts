import type { JourneyLayout, LaneBox, StageBox, StepBox } from '../layout/layout';
import { METRICS } from '../layout/metrics';

export interface Size { width: number; height: number }

/** Card text is at least this many CSS pixels high on the audience's screen. */
export const MIN_TEXT_PX = 28;
/** The default presentation zoom: the one that draws card text MIN_TEXT_PX high. */
export const SHOW_ZOOM = MIN_TEXT_PX / METRICS.fontSize;
/** Screen pixels kept free at the bottom for the progress bar. */
export const PROGRESS_BAR_PX = 64;
/** Screen pixels of air around the focused part. */
export const FOCUS_MARGIN_PX = 24;

/** One stop of the walk-through: a stage, or the part of it that fits the screen at a legible size. */
export interface WalkStep {
  stageId: string;
  /** The stage's place on the map as shown, from 1. */
  stageNumber: number;
  /** The lanes in focus, top to bottom. */
  laneIds: string[];
  /** The stage's steps in focus when a wide stage is shown a few steps at a time; empty for all of it. */
  stepIds: string[];
  /** Which part of its stage this is, from 1, and how many parts the stage has. */
  part: number;
  parts: number;
}

export interface WalkOptions {
  /** One lane at a time inside each stage, instead of as many lanes as fit. */
  laneByLane: boolean;
  /** The audience's screen: how much fits depends on it. */
  screen: Size;
  zoom?: number;
}

/** Consecutive groups whose sizes add up to at most `room`; an item larger than the room goes alone. */
export function chunkToFit<T>(items: readonly T[], size: (item: T) => number, room: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length > 0 && used + size(item) > room) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size(item);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The room for the focused part, in map units, beside the pinned headers and above the progress bar. */
export function focusRoom(layout: JourneyLayout, screen: Size, zoom: number): Size {
  return {
    width: (screen.width - 2 * FOCUS_MARGIN_PX) / zoom - METRICS.laneHeaderWidth,
    height: (screen.height - PROGRESS_BAR_PX - FOCUS_MARGIN_PX) / zoom - layout.top,
  };
}

function laneGroups(lanes: readonly LaneBox[], laneByLane: boolean, room: number): LaneBox[][] {
  if (lanes.length === 0) return [[]];
  const open = lanes.filter((l) => !l.collapsed);
  if (laneByLane && open.length > 0) return open.map((l) => [l]);
  return chunkToFit(lanes, (l) => l.height, room);
}

function stepGroups(stage: StageBox, room: number): StepBox[][] {
  if (stage.steps.length === 0 || stage.width <= room) return [[]];
  return chunkToFit(stage.steps, (s) => s.width, room);
}

/**
 * The walk-through of a map as laid out: stage by stage, left to right; a stage too tall (or
 * too wide) for the screen at the presentation zoom is shown in parts, top to bottom.
 */
export function walkSteps(layout: JourneyLayout, options: WalkOptions): WalkStep[] {
  const room = focusRoom(layout, options.screen, options.zoom ?? SHOW_ZOOM);
  const lanes = laneGroups(layout.lanes, options.laneByLane, room.height);
  return layout.stages.flatMap((stage, index) => {
    const columns = stepGroups(stage, room.width);
    const parts = columns.length * lanes.length;
    return columns.flatMap((steps, c) =>
      lanes.map((group, l) => ({
        stageId: stage.id,
        stageNumber: index + 1,
        laneIds: group.map((lane) => lane.id),
        stepIds: steps.map((s) => s.id),
        part: c * lanes.length + l + 1,
        parts,
      })),
    );
  });
}

/**
 * Where the walk-through should be after the steps changed (an edit, another view, lane by
 * lane switched): the step showing the same stage and first lane, else the stage's first part.
 */
export function reanchor(previous: WalkStep | undefined, steps: readonly WalkStep[]): number | null {
  if (!previous) return null;
  const lane = previous.laneIds[0];
  const same = steps.findIndex((s) => s.stageId === previous.stageId && (lane === undefined || s.laneIds.includes(lane)));
  if (same !== -1) return same;
  const stage = steps.findIndex((s) => s.stageId === previous.stageId);
  return stage === -1 ? null : stage;
}
