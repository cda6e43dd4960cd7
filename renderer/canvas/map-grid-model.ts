import { sameColumn, type Cell } from '../../shared/document/commands';
import type { Card, LaneKind } from '../../shared/document/schema';
import type { CardBox, ColumnBox, JourneyLayout } from '../../shared/layout/layout';
import type { Selection } from '../editor/selection';

/** What a screen reader finds in one cell of the map's grid. */
export interface GridCell {
  /** The cards drawn in view, in their order, each with its marks said in words. */
  cards: readonly { id: string; text: string; marks: string; selected: boolean }[];
  /** Cards of the cell scrolled out of view (listed once they are scrolled to). */
  outOfView: number;
  /** An emotions lane's values or a metrics lane's number, in words. */
  values: readonly string[];
}

export interface GridRow { laneId: string; name: string; kind: LaneKind; cells: readonly GridCell[] }

/** Words for what the grid says beyond the map's own text. */
export interface GridWords {
  marks: (card: Card, kind: LaneKind) => string;
  emotion: (curve: string, value: number | undefined) => string;
  metric: (value: number, unit: string | undefined) => string;
}

/** The ids of a grid's headers and cells, from a prefix unique in the page. */
export const gridIds = (prefix: string) => ({
  column: (col: number) => `${prefix}-col-${col}`,
  row: (row: number) => `${prefix}-row-${row}`,
  cell: (row: number, col: number) => `${prefix}-cell-${row}-${col}`,
});

const columnOf = (layout: JourneyLayout, cell: { stageId: string; stepId?: string | undefined }) => layout.columns.findIndex((c) => sameColumn(c, cell));

/** A column's header: the stage's name, and the step's after it. */
export function columnName(layout: JourneyLayout, column: ColumnBox): string {
  const stage = layout.stages.find((s) => s.id === column.stageId);
  const step = stage?.steps.find((s) => s.id === column.stepId);
  return step ? `${stage?.name ?? ''} · ${step.name}` : (stage?.name ?? '');
}

/** The cards of each cell, by `laneId|column index`: once per layout, not per frame of a scroll. */
export function cardsByCell(layout: JourneyLayout): ReadonlyMap<string, readonly CardBox[]> {
  const columns = new Map(layout.columns.map((c, i) => [`${c.stageId}/${c.stepId ?? ''}`, i]));
  const byCell = new Map<string, CardBox[]>();
  for (const card of layout.cards) {
    const key = `${card.laneId}|${columns.get(`${card.stageId}/${card.stepId ?? ''}`) ?? -1}`;
    const list = byCell.get(key);
    if (list) list.push(card);
    else byCell.set(key, [card]);
  }
  return byCell;
}

/** The grid's rows: a lane each, a cell per stage or step, with what the canvas draws there. */
export function gridRows(layout: JourneyLayout, byCell: ReadonlyMap<string, readonly CardBox[]>, shown: ReadonlySet<string>, cardOf: (id: string) => Card | undefined, selectedIds: readonly string[], words: GridWords): GridRow[] {
  return layout.lanes.map((lane) => ({
    laneId: lane.id,
    name: lane.name,
    kind: lane.kind,
    cells: layout.columns.map((column, col): GridCell => {
      const cards = byCell.get(`${lane.id}|${col}`) ?? [];
      const listed = cards.filter((c) => shown.has(c.id));
      const values = lane.kind === 'emotions'
        ? layout.emotionCurves.filter((c) => c.laneId === lane.id).map((curve) => words.emotion(curve.name, curve.points.find((p) => sameColumn(p, column))?.value))
        : lane.kind === 'metrics'
          ? layout.metricLanes.filter((m) => m.laneId === lane.id).flatMap((m) => m.bars.filter((b) => sameColumn(b, column)).map((b) => words.metric(b.value, m.unit)))
          : [];
      return {
        cards: listed.map((c) => {
          const card = cardOf(c.id);
          return { id: c.id, text: c.text, marks: card ? words.marks(card, lane.kind) : '', selected: selectedIds.includes(c.id) };
        }),
        outOfView: cards.length - listed.length,
        values,
      };
    }),
  }));
}

/** Where the keyboard is in the grid: a column's or a row's header, or a cell. */
export type GridPlace = { kind: 'column'; col: number } | { kind: 'row'; row: number } | { kind: 'cell'; row: number; col: number };

/** The id of the element at a place, for aria-activedescendant. */
export function gridPlaceId(prefix: string, place: GridPlace | null): string | undefined {
  const ids = gridIds(prefix);
  if (!place) return undefined;
  return place.kind === 'column' ? ids.column(place.col) : place.kind === 'row' ? ids.row(place.row) : ids.cell(place.row, place.col);
}

/**
 * What the keyboard is on: the selected card's cell, a selected stage's or lane's header, the
 * selected point's cell, else the cursor's cell.
 */
export function activeGridPlace(layout: JourneyLayout, selection: Selection, cursor: Cell | null): GridPlace | null {
  const cell = (laneId: string, column: { stageId: string; stepId?: string | undefined }): GridPlace | null => {
    const [row, col] = [layout.lanes.findIndex((l) => l.id === laneId), columnOf(layout, column)];
    return row < 0 || col < 0 ? null : { kind: 'cell', row, col };
  };
  const column = (col: number): GridPlace | null => (col < 0 ? null : { kind: 'column', col });
  switch (selection.kind) {
    case 'cards': {
      const card = layout.cards.find((c) => c.id === selection.ids.at(-1));
      return card ? cell(card.laneId, card) : null;
    }
    case 'stage': return column(layout.columns.findIndex((c) => c.stageId === selection.id));
    case 'step': return column(layout.columns.findIndex((c) => c.stepId === selection.id));
    case 'lane': {
      const row = layout.lanes.findIndex((l) => l.id === selection.id);
      return row < 0 ? null : { kind: 'row', row };
    }
    case 'point': {
      const laneId = layout.emotionCurves.find((c) => c.curveId === selection.curveId)?.laneId;
      return laneId ? cell(laneId, selection) : null;
    }
    default: return cursor ? cell(cursor.laneId, cursor) : null;
  }
}
