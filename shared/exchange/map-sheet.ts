import { sortByOrder } from '../document/order';
import type { JourneyDocument } from '../document/schema';
import { columnKey, computeColumns } from '../layout/columns';
import { curveRowLabel, mapGrid } from './map-grid';

/** A number in the map sheet, kept a number (so it sums and charts), shown with `format`; a point's label goes in a note. */
export interface NumberCell { value: number; format: string; note?: string }
export type SheetCell = string | NumberCell;

/** Emotions with their sign, as the canvas writes them: +1.5, -1.0, 0.0. */
export const EMOTION_FORMAT = '+0.0;-0.0;0.0';

/** A metric's number followed by its unit (a literal in the format: quotes cannot be escaped there, so they are dropped). */
export const metricFormat = (unit: string | undefined): string => (unit && unit.replace(/"/g, '').trim() !== '' ? `General" ${unit.replace(/"/g, '').trim()}"` : 'General');

/**
 * The map sheet of a workbook: the map grid as the editor shows it (mapGrid), but emotions and
 * metrics as numbers, and below it, after a blank row, a block per emotions lane that charts as
 * it is (select it, insert a line chart): the columns across, a row of numbers per curve.
 */
export function mapSheet(doc: JourneyDocument): SheetCell[][] {
  return mapSheetWithCharts(doc).cells;
}

/** A chart-ready block on the map sheet (rows and columns 1-based): categories in `headerRow`, a series per curve row. */
export interface CurveBlock { title: string; headerRow: number; firstColumn: number; lastColumn: number; series: { row: number; name: string; colour: string; values: (number | null)[] }[]; categories: string[] }

/** The map sheet and where its curve blocks are, for a chart drawn over each. */
export function mapSheetWithCharts(doc: JourneyDocument): { cells: SheetCell[][]; blocks: CurveBlock[] } {
  const text = mapGrid(doc);
  const { columns } = computeColumns(doc);
  const rows: SheetCell[][] = [text[0] ?? []];
  const blocks: SheetCell[][] = [];
  const charts: CurveBlock[] = [];
  let at = 1;
  for (const lane of sortByOrder(doc.lanes)) {
    if (lane.hidden) continue;
    if (lane.kind === 'emotions') {
      const curves = doc.emotionCurves.filter((c) => c.laneId === lane.id);
      const curveRows = curves.map((curve) => {
        const points = new Map(doc.emotionPoints.filter((p) => p.curveId === curve.id).map((p) => [columnKey(p.stageId, p.stepId), p]));
        return columns.map((c): SheetCell => {
          const point = points.get(columnKey(c.stageId, c.stepId));
          return point ? { value: point.value, format: EMOTION_FORMAT, ...(point.label ? { note: point.label } : {}) } : '';
        });
      });
      curves.forEach((curve, i) => rows.push([curveRowLabel(lane.name, curve.name), ...(curveRows[i] ?? [])]));
      if (curves.length === 0) rows.push(text[at] ?? []);
      else {
        blocks.push([], [lane.name, ...(text[0] ?? []).slice(1)], ...curves.map((curve, i) => [curve.name || lane.name, ...(curveRows[i] ?? []).map((c) => (typeof c === 'string' ? c : { value: c.value, format: c.format }))]));
        charts.push({
          title: lane.name, headerRow: blocks.length - curves.length, firstColumn: 2, lastColumn: columns.length + 1, categories: (text[0] ?? []).slice(1),
          series: curves.map((curve, i) => ({
            row: blocks.length - curves.length + 1 + i, name: curve.name || lane.name, colour: curve.colour,
            values: (curveRows[i] ?? []).map((c) => (typeof c === 'string' ? null : c.value)),
          })),
        });
      }
      at += Math.max(1, curves.length);
      continue;
    }
    if (lane.kind === 'metrics') {
      const values = new Map(doc.metricValues.filter((m) => m.laneId === lane.id).map((m) => [columnKey(m.stageId, m.stepId), m.value]));
      rows.push([lane.name, ...columns.map((c): SheetCell => {
        const value = values.get(columnKey(c.stageId, c.stepId));
        return value === undefined ? '' : { value, format: metricFormat(lane.unit) };
      })]);
      at += 1;
      continue;
    }
    rows.push(text[at] ?? []);
    at += 1;
  }
  // Rows of the blocks counted from the sheet's top.
  const offset = rows.length;
  return {
    cells: [...rows, ...blocks],
    blocks: charts.map((chart) => ({ ...chart, headerRow: chart.headerRow + offset, series: chart.series.map((series) => ({ ...series, row: series.row + offset })) })),
  };
}

/** A sheet cell as a workbook reader gives it back as text: what import compares the map sheet by. */
export const sheetCellText = (cell: SheetCell): string => (typeof cell === 'string' ? cell : String(cell.value));
