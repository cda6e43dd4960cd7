import type { CardBox, ColumnBox, JourneyLayout, LaneBox, StageBox } from './layout';

export interface CellHit { stage: StageBox; column: ColumnBox; lane: LaneBox }

/** The column (stage, or step of a stage) and lane under a point in content coordinates, if any. */
export function cellAt(layout: JourneyLayout, x: number, y: number): CellHit | null {
  const column = layout.columns.find((c) => x >= c.x && x < c.x + c.width);
  const stage = column && layout.stages.find((s) => s.id === column.stageId);
  const lane = layout.lanes.find((l) => y >= l.y && y < l.y + l.height);
  return stage && column && lane ? { stage, column, lane } : null;
}

export function cardAt(layout: JourneyLayout, x: number, y: number): CardBox | null {
  return layout.cards.find((c) => x >= c.x && x < c.x + c.width && y >= c.y && y < c.y + c.height) ?? null;
}

/** Cards that intersect a rectangle (the part of the map in view). */
export function cardsInRect(layout: JourneyLayout, rect: { x: number; y: number; width: number; height: number }): CardBox[] {
  return layout.cards.filter(
    (c) => c.x < rect.x + rect.width && c.x + c.width > rect.x && c.y < rect.y + rect.height && c.y + c.height > rect.y,
  );
}
