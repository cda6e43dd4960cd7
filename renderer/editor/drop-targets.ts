import type { Cell } from '../../shared/document/commands';
import { cellAt } from '../../shared/layout/hit-test';
import type { JourneyLayout } from '../../shared/layout/layout';
import { cardsInCell } from './navigation';
import type { Point } from './viewport';

/** Where dragged cards would land: the cell under the pointer, before the card below it. */
export function cardDropTarget(layout: JourneyLayout, point: Point, dragged: readonly string[]): { cell: Cell; beforeId: string | null } | null {
  const hit = cellAt(layout, point.x, point.y);
  if (!hit || hit.lane.kind === 'emotions' || hit.lane.kind === 'metrics' || hit.lane.collapsed) return null;
  const cell: Cell = { laneId: hit.lane.id, stageId: hit.column.stageId, stepId: hit.column.stepId };
  const below = cardsInCell(layout, cell).find((c) => !dragged.includes(c.id) && point.y < c.y + c.height / 2);
  return { cell, beforeId: below?.id ?? null };
}

/** Reordering a header: the sibling whose middle lies after the pointer, or null for the end. */
export function headerDropBefore<T extends { id: string }>(items: readonly T[], position: number, start: (t: T) => number, size: (t: T) => number): string | null {
  return items.find((item) => position < start(item) + size(item) / 2)?.id ?? null;
}
