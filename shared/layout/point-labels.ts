import { columnKey } from './columns';
import type { JourneyLayout } from './layout';

/**
 * Sideways offsets for points of one column whose discs (radius `r`) would overlap: a run of
 * such points, in order down the column, is set side by side around the column's middle, so
 * every value stays readable. Points clear of the others keep offset 0.
 */
export function spreadAcross(ys: readonly number[], r: number, gap = 2): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const offsets = new Array<number>(ys.length).fill(0);
  let run: typeof order = [];
  const close = () => {
    run.forEach(({ i }, k) => { offsets[i] = (k - (run.length - 1) / 2) * (2 * r + gap); });
    run = [];
  };
  for (const entry of order) {
    const last = run.at(-1);
    if (last && entry.y - last.y >= 2 * r + gap) close();
    run.push(entry);
  }
  close();
  return offsets;
}

/** A label to place beside its point, along one axis (down the lane). */
export interface LabelItem {
  /** Where the label would go on its own: its box's top. */
  preferredTop: number;
  /** The same place on the point's other side, tried next. */
  otherTop?: number;
}

/** Where labels may not go: the points' discs, and the labels already placed. */
export interface Band { top: number; bottom: number }

/**
 * Tops for labels of one `height` that share a column, so that no two overlap and none covers
 * a point (`obstacles`): each label goes to the place it prefers, else the same place on its
 * point's other side, else the free place nearest the one it prefers, inside
 * `bounds` when there is room there, else as near as can be outside them. Labels are placed in
 * the order of their preferred places, so they keep their order down the column.
 */
export function placeAlong(items: readonly LabelItem[], height: number, obstacles: readonly Band[], bounds: Band, gap = 1): number[] {
  const taken: Band[] = [...obstacles];
  const free = (top: number) => taken.every((b) => top + height + gap <= b.top || top >= b.bottom + gap);
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.preferredTop - b.item.preferredTop);
  const tops: number[] = new Array<number>(items.length).fill(0);
  const step = Math.max(0.5, height / 8);
  for (const { item, i } of order) {
    const inside = (top: number) => top >= bounds.top && top + height <= bounds.bottom;
    let found: number | null = null;
    // Outward from the preferred place, alternately down and up; first within the bounds, then beyond them.
    for (const within of [true, false]) {
      const reach = within ? bounds.bottom - bounds.top : 20 * height + (bounds.bottom - bounds.top);
      for (let k = 0; k * step <= reach && found === null; k += 1) {
        const first = item.otherTop === undefined ? [item.preferredTop] : [item.preferredTop, item.otherTop];
        for (const top of k === 0 ? first : [item.preferredTop + k * step, item.preferredTop - k * step]) {
          if ((!within || inside(top)) && free(top)) {
            found = top;
            break;
          }
        }
      }
      if (found !== null) break;
    }
    const top = found ?? item.preferredTop;
    tops[i] = top;
    taken.push({ top, bottom: top + height });
  }
  return tops;
}

/** An emotion point's label as drawn: centred under (or over) its point, never over another label or point. */
export interface PointLabel {
  curveId: string;
  stageId: string;
  stepId: string | undefined;
  text: string;
  /** The point's centre across, and the label's box (its width the most it may take). */
  x: number;
  top: number;
  width: number;
  /** The label's top from its point's centre, so it can follow the point while it is dragged. */
  dy: number;
}

/** Label text size and box height, and the points' radius (map units). */
export const POINT_LABEL = { size: 12, height: 16, maxWidth: 160, pointRadius: 13, offset: 4 } as const;

/**
 * Every emotion point's label in map units: below a point at or above zero and above one
 * below zero (as the canvas always drew them), moved as little as needed so that labels of
 * curves close together in one column never overlap each other or another curve's point.
 * The canvas and every export draw labels here.
 */
export function placePointLabels(layout: JourneyLayout): PointLabel[] {
  const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
  const widths = new Map(layout.columns.map((c) => [columnKey(c.stageId, c.stepId), c.width]));
  const groups = new Map<string, { curveId: string; point: JourneyLayout['emotionCurves'][number]['points'][number] }[]>();
  for (const curve of layout.emotionCurves) {
    for (const point of curve.points) {
      const key = `${curve.laneId}\u0000${columnKey(point.stageId, point.stepId)}`;
      groups.set(key, [...(groups.get(key) ?? []), { curveId: curve.curveId, point }]);
    }
  }
  const { height, pointRadius, offset } = POINT_LABEL;
  const labels: PointLabel[] = [];
  for (const [key, entries] of groups) {
    const laneId = key.slice(0, key.indexOf('\u0000'));
    const lane = lanes.get(laneId);
    const labelled = entries.filter((e) => (e.point.label ?? '').trim() !== '');
    if (!lane || labelled.length === 0) continue;
    const obstacles = entries.map((e) => ({ top: e.point.y - pointRadius, bottom: e.point.y + pointRadius }));
    const below = (y: number) => y + pointRadius + offset;
    const above = (y: number) => y - pointRadius - offset - height;
    const items = labelled.map((e) => (e.point.value >= 0
      ? { preferredTop: below(e.point.y), otherTop: above(e.point.y) }
      : { preferredTop: above(e.point.y), otherTop: below(e.point.y) }));
    const tops = placeAlong(items, height, obstacles, { top: lane.y + 2, bottom: lane.y + lane.height - 2 });
    labelled.forEach((e, i) => {
      const top = tops[i] ?? 0;
      const width = Math.min(POINT_LABEL.maxWidth, (widths.get(columnKey(e.point.stageId, e.point.stepId)) ?? POINT_LABEL.maxWidth) - 12);
      labels.push({ curveId: e.curveId, stageId: e.point.stageId, stepId: e.point.stepId, text: (e.point.label ?? '').trim(), x: e.point.x, top, width, dy: top - e.point.y });
    });
  }
  return labels;
}
