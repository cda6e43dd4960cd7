import type { JourneyDocument } from '../schema';

/** A grid column: a stage, or a step inside a stage that has steps. */
export interface Column { stageId: string; stepId?: string | undefined }
/** One cell of the grid: a lane crossed with a column. */
export interface Cell extends Column { laneId: string }

export const sameColumn = (a: Column, b: Column): boolean => a.stageId === b.stageId && (a.stepId ?? null) === (b.stepId ?? null);
export const inCell = (record: Cell, cell: Cell): boolean => record.laneId === cell.laneId && sameColumn(record, cell);

/** The card's column fields, without a `stepId: undefined` key (the schema is strict). */
export function columnFields(column: Column): Column {
  return column.stepId === undefined ? { stageId: column.stageId } : { stageId: column.stageId, stepId: column.stepId };
}

export const cardsIn = (doc: JourneyDocument, cell: Cell) => doc.cards.filter((c) => inCell(c, cell));
