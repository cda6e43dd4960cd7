import { sameColumn, type Cell } from '../../shared/document/commands';
import type { CardBox, JourneyLayout } from '../../shared/layout/layout';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Where the keyboard cursor is: a cell, and the card in it when one is selected. */
export interface Cursor { cell: Cell; cardId: string | null }

const cellOf = (card: CardBox): Cell => ({ laneId: card.laneId, stageId: card.stageId, stepId: card.stepId });
export const cardsInCell = (layout: JourneyLayout, cell: Cell): CardBox[] =>
  layout.cards.filter((c) => c.laneId === cell.laneId && sameColumn(c, cell));

export function cursorOnCard(layout: JourneyLayout, cardId: string): Cursor | null {
  const card = layout.cards.find((c) => c.id === cardId);
  return card ? { cell: cellOf(card), cardId } : null;
}

function indices(layout: JourneyLayout, cell: Cell): { row: number; col: number } {
  return {
    row: layout.lanes.findIndex((l) => l.id === cell.laneId),
    col: layout.columns.findIndex((c) => sameColumn(c, cell)),
  };
}

function cellAtIndex(layout: JourneyLayout, row: number, col: number): Cell | null {
  const lane = layout.lanes[row];
  const column = layout.columns[col];
  return lane && column ? { laneId: lane.id, stageId: column.stageId, stepId: column.stepId } : null;
}

/** The first cell of the grid, where the cursor starts. */
export const firstCell = (layout: JourneyLayout): Cell | null => cellAtIndex(layout, 0, 0);

/** Arrow keys: through the cards of a cell first, then on to the neighbouring cell. */
export function moveCursor(layout: JourneyLayout, cursor: Cursor, direction: Direction): Cursor {
  const here = cardsInCell(layout, cursor.cell);
  const index = cursor.cardId === null ? -1 : here.findIndex((c) => c.id === cursor.cardId);
  if (direction === 'up' && index > 0) return { cell: cursor.cell, cardId: here[index - 1]?.id ?? null };
  if (direction === 'down' && index !== -1 && index < here.length - 1) return { cell: cursor.cell, cardId: here[index + 1]?.id ?? null };
  if (direction === 'down' && index === -1 && here.length > 0) return { cell: cursor.cell, cardId: here[0]?.id ?? null };
  const { row, col } = indices(layout, cursor.cell);
  const [dRow, dCol] = ({ up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] } as const)[direction];
  const next = cellAtIndex(layout, row + dRow, col + dCol);
  if (!next) return cursor;
  const there = cardsInCell(layout, next);
  const pick = direction === 'up' ? there.at(-1) : direction === 'down' ? there[0] : there[Math.min(Math.max(index, 0), there.length - 1)];
  return { cell: next, cardId: pick?.id ?? null };
}

/** Tab while typing: the next cell along the row, then the next row's first cell. */
export function nextCell(layout: JourneyLayout, cell: Cell, backwards: boolean): Cell | null {
  const { row, col } = indices(layout, cell);
  const width = layout.columns.length;
  const flat = row * width + col + (backwards ? -1 : 1);
  if (flat < 0 || flat >= width * layout.lanes.length) return null;
  return cellAtIndex(layout, Math.floor(flat / width), flat % width);
}
