import type ExcelJS from 'exceljs';
import { newWorkbook } from './exceljs-lazy';
import { compareOrder, sortByOrder } from '../../shared/document/order';
import type { Card, JourneyDocument, LaneKind } from '../../shared/document/schema';
import { actionPlanItems } from '../../shared/exchange/action-plan';
import { guardFormula } from '../../shared/exchange/formula-guard';
import { mapSheetWithCharts, type SheetCell } from '../../shared/exchange/map-sheet';
import { TABLE_NAMES, type Cell } from '../../shared/exchange/record-tables';
import { journeyToRows, tableHeader } from '../../shared/exchange/rows-from-journey';
import { columnLetter } from '../../shared/exchange/grid-import';
import { addCurveCharts, chartAnchors } from './xlsx-chart';
import { addWorkshopSheet, type WorkshopSheetLabels } from './xlsx-results';

export interface XlsxLabels {
  mapSheet: string;
  actionPlanSheet: string;
  actionPlanHeader: readonly string[];
  /** An opportunity's priority and status in the workbook's language (the record sheets keep the values import reads). */
  priority?: (value: NonNullable<Card['priority']>) => string;
  status?: (value: NonNullable<Card['status']>) => string;  /** A sheet of every card with its fields, enum values and lane kinds in the workbook's language, for filtering and pivots. */
  cardsSheet?: CardsSheetLabels;
  /** A sheet of the workshops' results, after the client's sheets (none when the map keeps no workshop). */
  workshopSheet?: WorkshopSheetLabels;
}

export interface CardsSheetLabels {
  name: string;
  /** Stage, step, lane, kind, text, then the CARD_COLUMNS' labels. */
  header: readonly string[];
  kind: (kind: LaneKind) => string;
  /** An enum value (priority, status, mode, confidence) in the workbook's language. */
  value: (value: string) => string;
}

/** The card fields the cards sheet lists, after stage, step, lane, kind and text. */
export const CARD_COLUMNS = ['channelId', 'mode', 'team', 'impact', 'importance', 'severity', 'owner', 'priority', 'status', 'confidence', 'evidence', 'tags', 'notes'] as const;

function cardsSheetRows(doc: JourneyDocument, labels: CardsSheetLabels): (string | number | null)[][] {
  const rank = <T extends { id: string; order: string }>(items: readonly T[]) => new Map(sortByOrder(items).map((item, i) => [item.id, i]));
  const stageRank = rank(doc.stages);
  const stepRank = rank(doc.steps);
  const laneRank = rank(doc.lanes);
  const stages = new Map(doc.stages.map((s) => [s.id, s.name]));
  const steps = new Map(doc.steps.map((s) => [s.id, s.name]));
  const lanes = new Map(doc.lanes.map((l) => [l.id, l]));
  const channels = new Map(doc.channels.map((c) => [c.id, c.name]));
  const cards = [...doc.cards].sort(compareOrder).sort((a, b) =>
    (stageRank.get(a.stageId) ?? 0) - (stageRank.get(b.stageId) ?? 0)
    || (stepRank.get(a.stepId ?? '') ?? -1) - (stepRank.get(b.stepId ?? '') ?? -1)
    || (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0));
  const enumValue = (v: string | undefined) => (v === undefined ? null : labels.value(v));
  return cards.map((card) => {
    const lane = lanes.get(card.laneId);
    return [
      stages.get(card.stageId) ?? '', card.stepId ? (steps.get(card.stepId) ?? '') : null, lane?.name ?? '', lane ? labels.kind(lane.kind) : null, card.text,
      card.channelId ? (channels.get(card.channelId) ?? null) : null, enumValue(card.mode), card.team ?? null,
      card.impact ?? null, card.importance ?? null, card.severity ?? null, card.owner ?? null,
      enumValue(card.priority), enumValue(card.status), enumValue(card.confidence),
      card.evidence?.length ?? null, card.tags?.join(', ') || null, card.notes ?? null,
    ];
  });
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

/** Columns holding a calendar date (YYYY-MM-DD): written as Excel dates, read back by import as the same text. */
const DATE_COLUMNS: ReadonlySet<string> = new Set(['lastReviewed', 'nextReview']);
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateCell(value: Cell | undefined): Date | null {
  const m = typeof value === 'string' ? DATE_TEXT.exec(value) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** Excel's paper sizes. */
const PAPER = { a4: 9, a3: 8 } as const;

/**
 * How a sheet meant for the client prints: landscape, all its columns on one page across
 * (as many pages down as it needs), its header row on every page.
 */
const clientPrint = (paperSize: number, printArea?: string): Partial<ExcelJS.PageSetup> => ({
  orientation: 'landscape', paperSize, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1',
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  ...(printArea ? { printArea } : {}),
});

/**
 * A sheet of records as import reads them back: hidden, so the client sees the map, the
 * action plan and the cards first and only (hidden sheets are not printed), yet a round trip
 * through Excel keeps everything.
 */
const RECORD_SHEET: Partial<ExcelJS.AddWorksheetOptions> = { state: 'hidden' };

function addTable(workbook: ExcelJS.Workbook, name: string, header: string[], rows: (Cell | undefined)[][], options: Partial<ExcelJS.AddWorksheetOptions> = {}): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], ...options });
  const wide = splitLong(header, rows);
  sheet.addRow(wide.header).font = { bold: true };
  for (const row of wide.rows) {
    const added = sheet.addRow(row.map(xlsxValue));
    wide.header.forEach((column, c) => {
      const date = DATE_COLUMNS.has(column) ? dateCell(row[c]) : null;
      if (!date) return;
      const cell = added.getCell(c + 1);
      cell.value = date;
      cell.numFmt = 'yyyy-mm-dd';
    });
  }
  sheet.columns.forEach((column) => { column.width = 18; });
  return sheet;
}

/** A table the client reads: its long texts wrapped in wider columns, printed to fit the page's width. */
function addClientTable(workbook: ExcelJS.Workbook, name: string, header: string[], rows: (Cell | undefined)[][], wide: readonly number[]): ExcelJS.Worksheet {
  const sheet = addTable(workbook, name, header, rows);
  for (const c of wide) sheet.getColumn(c + 1).width = 40;
  sheet.eachRow((row, r) => { if (r > 1) row.alignment = { wrapText: true, vertical: 'top' }; });
  sheet.pageSetup = { ...sheet.pageSetup, ...clientPrint(PAPER.a4) };
  return sheet;
}

function actionPlanRows(doc: JourneyDocument, labels: XlsxLabels): Cell[][] {
  return actionPlanItems(doc).map(({ stage, step, card, addresses }) => [
    stage, step, card.text, card.owner ?? '',
    card.priority ? (labels.priority?.(card.priority) ?? card.priority) : '',
    card.status ? (labels.status?.(card.status) ?? card.status) : '',
    addresses.join('\n'), card.notes ?? '',
  ]);
}

/** The map sheet's columns are 32 characters wide: about 36 of Calibri 11 fit on a line. */
const CHARACTERS_PER_LINE = 36;
const LINE_HEIGHT = 15;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
const wrappedLines = (text: string): number => text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / CHARACTERS_PER_LINE)), 0);

/** A map sheet cell: text through the formula guard, numbers as numbers with their format (and a point's label as a note). */
function setSheetCell(cell: ExcelJS.Cell, value: SheetCell): void {
  if (typeof value === 'string') {
    cell.value = value === '' ? null : guardFormula(value);
    return;
  }
  cell.value = value.value;
  cell.numFmt = value.format;
  if (value.note) cell.note = value.note;
}

/**
 * The workbook: first what the client reads, in the workbook's language and set up to print
 * (the map as a grid as the editor shows it, emotions and metrics as numbers with the curves
 * below in a block and a native line chart of it; the action plan; every card with its
 * fields), then, hidden, one sheet per record type in the shape `xlsx-read` imports without
 * loss. A new client sheet (a workshop's results) goes after the cards.
 */
export async function journeyToXlsx(doc: JourneyDocument, labels: XlsxLabels): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Waymark';
  const map = workbook.addWorksheet(labels.mapSheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const { cells: grid, blocks } = mapSheetWithCharts(doc);
  grid.forEach((cells, r) => {
    const row = map.getRow(r + 1);
    cells.forEach((value, c) => setSheetCell(row.getCell(c + 1), value));
    row.alignment = { wrapText: true, vertical: 'top' };
    // Readers keep a row one line high unless told (LibreOffice cut every cell of several cards).
    const lines = Math.max(1, ...cells.map((cell) => (typeof cell === 'string' ? wrappedLines(cell) : 1)));
    if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
  });
  map.getRow(1).font = { bold: true };
  map.getColumn(1).font = { bold: true };
  map.columns.forEach((column) => { column.width = 32; });
  // The print area takes in the charts under the grid; the map prints on A3, one page across.
  const charts = blocks.length > 0 ? chartAnchors(blocks) : [];
  const lastColumn = Math.max(grid[0]?.length ?? 1, ...charts.map((a) => a.to.col));
  const lastRow = Math.max(grid.length, ...charts.map((a) => a.to.row));
  map.pageSetup = { ...map.pageSetup, ...clientPrint(PAPER.a3, `A1:${columnLetter(lastColumn - 1)}${lastRow}`) };
  // Stage, step, opportunity, addresses and notes are the long texts of the action plan.
  addClientTable(workbook, labels.actionPlanSheet, [...labels.actionPlanHeader], actionPlanRows(doc, labels), [2, 6, 7]);
  if (labels.cardsSheet) {
    const sheet = addClientTable(workbook, labels.cardsSheet.name, [...labels.cardsSheet.header], cardsSheetRows(doc, labels.cardsSheet), [4, 17]);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: labels.cardsSheet.header.length } };
  }
  if (labels.workshopSheet) addWorkshopSheet(workbook, labels.workshopSheet);
  const rows = journeyToRows(doc);
  for (const table of TABLE_NAMES) {
    const header = tableHeader(table);
    addTable(workbook, table, header, rows.filter((r) => r.table === table).map((r) => header.map((column) => r.cells[column])), RECORD_SHEET);
  }
  // The map sheet is the first one exceljs writes: xl/worksheets/sheet1.xml.
  return addCurveCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xl/worksheets/sheet1.xml', labels.mapSheet, blocks);
}
