import { emotionY, type JourneyLayout, type LaneBox } from '../layout/layout';

/**
 * The order of lanes over both maps: the map after's, with each lane only the map before has
 * put back after the lane it followed there (first when it followed none both have).
 */
function laneOrder(before: readonly LaneBox[], after: readonly LaneBox[]): string[] {
  const order = after.map((l) => l.id);
  const placed = new Set(order);
  let previous: string | null = null;
  for (const lane of before) {
    if (!placed.has(lane.id)) {
      order.splice(previous === null ? 0 : order.indexOf(previous) + 1, 0, lane.id);
      placed.add(lane.id);
    }
    previous = lane.id;
  }
  return order;
}

/** One layout with its lanes at the rows given (a lane it lacks leaves its row empty). */
function atRows(layout: JourneyLayout, rows: ReadonlyMap<string, { y: number; height: number }>, height: number): JourneyLayout {
  const shift = new Map<string, number>();
  const lanes = layout.lanes.map((lane) => {
    const row = rows.get(lane.id) ?? lane;
    shift.set(lane.id, row.y - lane.y);
    return { ...lane, y: row.y, height: row.height };
  });
  const laneById = new Map(lanes.map((l) => [l.id, l]));
  return {
    ...layout,
    height,
    lanes,
    cards: layout.cards.map((card) => ({ ...card, y: card.y + (shift.get(card.laneId) ?? 0) })),
    emotionCurves: layout.emotionCurves.map((curve) => {
      const lane = laneById.get(curve.laneId);
      return lane ? { ...curve, points: curve.points.map((p) => ({ ...p, y: emotionY(lane, p.value) })) } : curve;
    }),
    blueprintLines: layout.blueprintLines.map((line) => {
      const lane = layout.lanes.find((l) => l.y === line.y);
      return lane ? { ...line, y: line.y + (shift.get(lane.id) ?? 0) } : line;
    }),
  };
}

/**
 * Two maps side by side with their rows lined up: each lane as tall as the taller of the two,
 * a lane one map lacks left as an empty row of the same height in it, and both grids starting
 * at the same height (one map's step headers push the other's lanes down too). Without this a
 * card added to one map pushes every lane below it out of line with the other. Only where
 * things are drawn changes; columns keep each map's own widths.
 */
export function alignRows(before: JourneyLayout, after: JourneyLayout): { before: JourneyLayout; after: JourneyLayout } {
  const heights = new Map<string, number>();
  for (const lane of [...before.lanes, ...after.lanes]) heights.set(lane.id, Math.max(heights.get(lane.id) ?? 0, lane.height));
  const rows = new Map<string, { y: number; height: number }>();
  let y = Math.max(before.top, after.top);
  for (const id of laneOrder(before.lanes, after.lanes)) {
    const height = heights.get(id) ?? 0;
    rows.set(id, { y, height });
    y += height;
  }
  return { before: atRows(before, rows, y), after: atRows(after, rows, y) };
}
