import type { JourneyLayout, LaneBox, StageBox, StepBox } from '../layout/layout';
import { METRICS } from '../layout/metrics';
import { stageLayout } from './stage-layout';

export interface Size { width: number; height: number }

/** Card text is this many CSS pixels high at the presentation zoom, where the part fits. */
export const SHOW_TEXT_PX = 28;
/** The presentation zoom: the one that draws card text SHOW_TEXT_PX high. */
export const SHOW_ZOOM = SHOW_TEXT_PX / METRICS.fontSize;
/**
 * The smallest card text a part may shrink to so that it fits on the screen in one step, as a
 * share of the screen's height (20 px on a 1080-pixel screen, 14.8 on an 800-pixel one): a
 * projector shows both at the same size, so the room reads both alike.
 */
export const READABLE_TEXT_SHARE = 20 / 1080;
/** The smallest zoom a step is shown at on `screen` (never above the presentation zoom). */
export const readableZoom = (screen: Size): number => Math.min(SHOW_ZOOM, (screen.height * READABLE_TEXT_SHARE) / METRICS.fontSize);
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
  /**
   * Where the part's content ends (map units), when it ends above its last lane's bottom: the
   * lane is as tall as its fullest stage, and this stage's cards may fill only its top.
   */
  bottom?: number;
}

/** The steps around the stages: the map's title before the first, its top opportunities after the last. */
export type Slide = 'title' | 'closing';
export interface SlideStep { slide: Slide }
/** A stop of the presentation: a part of a stage, or a title or closing slide. */
export type ShowStep = WalkStep | SlideStep;

export const isSlide = (step: ShowStep | null | undefined): step is SlideStep => step != null && 'slide' in step;
/** The stage part a step shows, or null for a slide (or no step). */
export const stageStep = (step: ShowStep | null | undefined): WalkStep | null => (step && !isSlide(step) ? step : null);

/** The presentation's steps: the title slide, the stages' parts, then the closing slide, each where wanted. */
export function showSteps(stages: readonly WalkStep[], slides: { title: boolean; closing: boolean }): ShowStep[] {
  return [...(slides.title ? [{ slide: 'title' as const }] : []), ...stages, ...(slides.closing ? [{ slide: 'closing' as const }] : [])];
}

export interface WalkOptions {
  /** One lane at a time inside each stage, instead of as many lanes as fit. */
  laneByLane: boolean;
  /** The audience's screen: how much fits depends on it. */
  screen: Size;
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

/** A run of lanes shown together, and where its content ends. */
interface LaneGroup { lanes: LaneBox[]; bottom: number | undefined }

/** Where each open lane's content ends in a stage; lanes with nothing in the stage are left out. */
function contentBottoms(layout: JourneyLayout, stageId: string): Map<string, number> {
  const bottoms = new Map<string, number>();
  const open = new Map(layout.lanes.filter((l) => !l.collapsed).map((l) => [l.id, l]));
  const reach = (laneId: string, bottom: number) => {
    const lane = open.get(laneId);
    if (lane) bottoms.set(laneId, Math.min(lane.y + lane.height, Math.max(bottoms.get(laneId) ?? 0, bottom)));
  };
  for (const card of layout.cards) if (card.stageId === stageId) reach(card.laneId, card.y + card.height + METRICS.cellPadding);
  // A curve or a chart reads across its whole lane.
  for (const curve of layout.emotionCurves) if (curve.points.some((p) => p.stageId === stageId)) reach(curve.laneId, Infinity);
  for (const metrics of layout.metricLanes) if (metrics.bars.some((b) => b.stageId === stageId)) reach(metrics.laneId, Infinity);
  return bottoms;
}

/** Consecutive runs of the lanes with content, each running from its first to its last lane with content and at most `room` tall. */
function runsOfContent(lanes: readonly LaneBox[], bottoms: ReadonlyMap<string, number>, room: number): LaneGroup[] {
  const groups: LaneGroup[] = [];
  let first: LaneBox | null = null;
  let last: LaneBox | null = null;
  const close = () => {
    if (first && last) groups.push({ lanes: lanes.slice(lanes.indexOf(first), lanes.indexOf(last) + 1), bottom: bottoms.get(last.id) });
  };
  for (const lane of lanes) {
    const bottom = bottoms.get(lane.id);
    if (bottom === undefined) continue;
    if (first && bottom - first.y > room) {
      close();
      first = null;
    }
    first ??= lane;
    last = lane;
  }
  close();
  return groups;
}

/**
 * The stage's lanes in parts, top to bottom, skipping what is empty in this stage: a part runs
 * from its first lane with content to its last and is as tall as its content. As few parts as
 * fit at the readable zoom (`room.most` tall), so a stage whose content fits the screen is one
 * step; split as evenly as that count allows, so each part is drawn as large as it can be (up
 * to the presentation zoom, `room.least` tall). A stage with nothing in it is one step, as many
 * lanes as fit.
 */
function laneGroups(layout: JourneyLayout, stageId: string, laneByLane: boolean, room: { least: number; most: number }): LaneGroup[] {
  const { lanes } = layout;
  if (lanes.length === 0) return [{ lanes: [], bottom: undefined }];
  const bottoms = contentBottoms(layout, stageId);
  if (bottoms.size === 0) return [{ lanes: chunkToFit(lanes, (l) => l.height, room.least)[0] ?? [], bottom: undefined }];
  if (laneByLane) return lanes.filter((l) => bottoms.has(l.id)).map((l) => ({ lanes: [l], bottom: bottoms.get(l.id) }));
  const fewest = runsOfContent(lanes, bottoms, room.most);
  // The smallest room that still needs no more parts than the fewest: halve the gap a few times.
  let [low, high] = [room.least, room.most];
  if (runsOfContent(lanes, bottoms, low).length <= fewest.length) return runsOfContent(lanes, bottoms, low);
  for (let i = 0; i < 16 && high - low > 1; i += 1) {
    const middle = (low + high) / 2;
    if (runsOfContent(lanes, bottoms, middle).length <= fewest.length) high = middle;
    else low = middle;
  }
  return runsOfContent(lanes, bottoms, high);
}

function stepGroups(stage: StageBox, room: number): StepBox[][] {
  if (stage.steps.length === 0 || stage.width <= room) return [[]];
  return chunkToFit(stage.steps, (s) => s.width, room);
}

/**
 * The walk-through of a map as laid out: stage by stage, left to right, each as stageLayout
 * presents it (steps' lanes and `bottom` are in that layout); a stage too tall for the screen
 * at the readable zoom (or too wide at the presentation zoom) is shown in parts, top to
 * bottom, and lanes empty in a stage are not stepped through.
 */
export function walkSteps(layout: JourneyLayout, options: WalkOptions): WalkStep[] {
  const room = focusRoom(layout, options.screen, SHOW_ZOOM);
  const most = focusRoom(layout, options.screen, readableZoom(options.screen)).height;
  return layout.stages.flatMap((stage, index) => {
    // Parts are cut from the stage as presented: its empty card lanes shrunk (stageLayout).
    const lanes = laneGroups(stageLayout(layout, stage.id), stage.id, options.laneByLane, { least: room.height, most });
    const columns = stepGroups(stage, room.width);
    const parts = columns.length * lanes.length;
    return columns.flatMap((steps, c) =>
      lanes.map((group, l) => ({
        stageId: stage.id,
        stageNumber: index + 1,
        laneIds: group.lanes.map((lane) => lane.id),
        stepIds: steps.map((s) => s.id),
        part: c * lanes.length + l + 1,
        parts,
        ...(group.bottom !== undefined && Number.isFinite(group.bottom) ? { bottom: group.bottom } : {}),
      })),
    );
  });
}

/**
 * Where the walk-through should be after the steps changed (an edit, another view, lane by
 * lane switched): the step showing the same stage and first lane, else the stage's first part.
 */
export function reanchor(previous: ShowStep | undefined, steps: readonly ShowStep[]): number | null {
  if (!previous) return null;
  if (isSlide(previous)) {
    // The same slide; a slide turned off leaves the walk-through at its end it stood at.
    const same = steps.findIndex((s) => isSlide(s) && s.slide === previous.slide);
    if (same !== -1) return same;
    return previous.slide === 'title' ? 0 : Math.max(0, steps.length - 1);
  }
  const lane = previous.laneIds[0];
  const same = steps.findIndex((s) => !isSlide(s) && s.stageId === previous.stageId && (lane === undefined || s.laneIds.includes(lane)));
  if (same !== -1) return same;
  const stage = steps.findIndex((s) => !isSlide(s) && s.stageId === previous.stageId);
  return stage === -1 ? null : stage;
}
