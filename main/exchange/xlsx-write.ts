import ExcelJS from 'exceljs';
import type { JourneyDocument } from '../../shared/document/schema';
import { actionPlanItems } from '../../shared/exchange/action-plan';
import { guardFormula } from '../../shared/exchange/formula-guard';
import { mapGrid } from '../../shared/exchange/map-grid';
import { TABLE_NAMES, type Cell } from '../../shared/exchange/record-tables';
import { journeyToRows, tableHeader } from '../../shared/exchange/rows-from-journey';

export interface XlsxLabels {
  mapSheet: string;
  actionPlanSheet: string;
  actionPlanHeader: readonly string[];
}

/** Excel keeps at most this many characters in a cell; longer values continue in `name~2`… */
export const XLSX_CELL_LIMIT = 32_000;

/** Text is written as text cells with the formula guard, so no cell can ever run as a formula. */
const xlsxValue = (cell: Cell | undefined): string | number | boolean | null =>
  typeof cell === 'string' ? guardFormula(cell) : (cell ?? null);

function splitLong(header: string[], rows: (Cell | undefined)[][]): { header: string[]; rows: (Cell | undefined)[][] } {
  const parts = header.map((_, c) => Math.max(1, ...rows.map((r) => { const v = r[c]; return typeof v === 'string' ? Math.ceil(v.length / XLSX_CELL_LIMIT) : 1; })));
  const wide = header.flatMap((name, c) => Array.from({ length: parts[c] ?? 1 }, (_, p) => (p === 0 ? name : `${name}~${p + 1}`)));
  const wideRows = rows.map((row) => header.flatMap((_, c) => {
    const value = row[c];
    const count = parts[c] ?? 1;
    if (count === 1 || typeof value !== 'string') return [value, ...Array<Cell>(count - 1).fill(null)];
    return Array.from({ length: count }, (_, p) => value.slice(p * XLSX_CELL_LIMIT, (p + 1) * XLSX_CELL_LIMIT) || null);
  }));
  return { header: wide, rows: wideRows };
}

function addTable(workbook: ExcelJS.Workbook, name: string, header: string[], rows: (Cell | undefined)[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const wide = splitLong(header, rows);
  sheet.addRow(wide.header).font = { bold: true };
  for (const row of wide.rows) sheet.addRow(row.map(xlsxValue));
  sheet.columns.forEach((column) => { column.width = 18; });
}

function actionPlanRows(doc: JourneyDocument): Cell[][] {
  return actionPlanItems(doc).map(({ stage, step, card, addresses }) => [
    stage, step, card.text, card.owner ?? '', card.priority ?? '', card.status ?? '', addresses.join('\n'), card.notes ?? '',
  ]);
}

/**
 * The workbook: the map as a grid (as the editor shows it), the action plan, then one sheet
 * per record type in the shape `xlsx-read` imports without loss.
 */
export async function journeyToXlsx(doc: JourneyDocument, labels: XlsxLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  const grid = mapGrid(doc);
  const mapSheet = workbook.addWorksheet(labels.mapSheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  for (const row of grid) mapSheet.addRow(row.map(xlsxValue)).alignment = { wrapText: true, vertical: 'top' };
  mapSheet.getRow(1).font = { bold: true };
  mapSheet.getColumn(1).font = { bold: true };
  mapSheet.columns.forEach((column) => { column.width = 32; });
  addTable(workbook, labels.actionPlanSheet, [...labels.actionPlanHeader], actionPlanRows(doc));
  const rows = journeyToRows(doc);
  for (const table of TABLE_NAMES) {
    const header = tableHeader(table);
    addTable(workbook, table, header, rows.filter((r) => r.table === table).map((r) => header.map((column) => r.cells[column])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
