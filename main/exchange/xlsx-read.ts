import type ExcelJS from 'exceljs';
import { newWorkbook } from './exceljs-lazy';
import { unguardFormula } from '../../shared/exchange/formula-guard';
import { columnLetter } from '../../shared/exchange/grid-import';
import { IMPORT_LIMITS, ImportLimitError, limitIssue, type ImportLimits } from '../../shared/exchange/import-limits';
import type { ImportIssue, SourceRow } from '../../shared/exchange/journey-from-rows';
import { said, sayIssue, sayWhere, type Say } from '../../shared/exchange/issue-text';
import { isTableName, type Cell } from '../../shared/exchange/record-tables';
import { scanWorkbook } from './workbook-scan';

export type XlsxRead = { kind: 'records'; rows: SourceRow[]; firstSheet: { name: string; grid: string[][] } | null } | { kind: 'grid'; grid: string[][]; sheet: string } | { kind: 'error'; issue: ImportIssue };

/** A cell as text or number: rich text joined, a formula's last result, a date as YYYY-MM-DD. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

const unguard = (cell: Cell): Cell => (typeof cell === 'string' ? unguardFormula(cell) : cell);

/**
 * The sheet's used range, from the cells holding a value: never from the sheet's declared
 * dimension or largest styled column, so one empty far cell cannot make a huge grid
 * (scanWorkbook has already held the range to the import limits).
 */
function sheetRows(sheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  let width = 0;
  sheet.eachRow((row, number) => {
    const values: Cell[] = [];
    row.eachCell((cell, column) => {
      const value = unguard(cellValue(cell.value));
      if (value !== null && value !== '') values[column - 1] = value;
    });
    if (values.length === 0) return;
    rows[number - 1] = values;
    width = Math.max(width, values.length);
  });
  return Array.from(rows, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? null));
}

export const textGrid = (sheet: ExcelJS.Worksheet): string[][] => sheetRows(sheet).map((row) => row.map((c) => (c === null ? '' : String(c))));

/** Joins columns split at Excel's cell limit (`data`, `data~2`…) back into one value. */
function joinContinued(header: string[], row: Cell[]): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  header.forEach((name, c) => {
    const base = name.replace(/~\d+$/, '');
    const value = row[c] ?? null;
    if (base === name || !(base in cells)) cells[base] = value;
    else if (typeof value === 'string' && value !== '') cells[base] = `${String(cells[base] ?? '')}${value}`;
  });
  return cells;
}

/** exceljs declares its own Buffer type; node's Buffer is what it reads at run time. */
export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/**
 * Reads a workbook, once scanWorkbook has held it to the import limits: the record sheets Waymark writes (one per record type, by name), or else
 * the first sheet as a plain grid. A file that is not a workbook gives one clear message.
 */
export async function readXlsx(data: Buffer, t: Say, limits: ImportLimits = IMPORT_LIMITS): Promise<XlsxRead> {
  let workbook: ExcelJS.Workbook;
  try {
    await scanWorkbook(data, limits);
    workbook = await loadWorkbook(data);
  } catch (error) {
    if (error instanceof ImportLimitError) return { kind: 'error', issue: { where: sayWhere(t, error.where), message: sayIssue(t, limitIssue(error.limit, limits)) } };
    return { kind: 'error', issue: { where: sayWhere(t, said('file')), message: sayIssue(t, said('notWorkbook')) } };
  }
  const recordSheets = workbook.worksheets.filter((s) => isTableName(s.name));
  if (recordSheets.length === 0) {
    const first = workbook.worksheets[0];
    if (!first) return { kind: 'error', issue: { where: sayWhere(t, said('file')), message: sayIssue(t, said('noSheets')) } };
    return { kind: 'grid', sheet: first.name, grid: textGrid(first) };
  }
  const rows: SourceRow[] = [];
  for (const sheet of recordSheets) {
    const [header = [], ...body] = sheetRows(sheet);
    const names = header.map((h) => (h === null ? '' : String(h).trim()));
    body.forEach((row, i) => {
      if (row.every((c) => c === null || c === '')) return;
      const table = sheet.name;
      if (!isTableName(table)) return;
      rows.push({ table, cells: joinContinued(names, row), where: sayWhere(t, said('sheetRow', { sheet: table, row: i + 2 })) });
    });
  }
  const first = workbook.worksheets[0];
  const firstSheet = first && !isTableName(first.name) ? { name: first.name, grid: textGrid(first) } : null;
  return { kind: 'records', rows, firstSheet };
}

export const gridCellWhere = (sheet: string, t: Say) => (row: number, column: number): string => sayWhere(t, said('sheetCell', { sheet, cell: `${columnLetter(column)}${row + 1}` }));
