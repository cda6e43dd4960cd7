import Papa from 'papaparse';
import type { JourneyDocument } from '../document/schema';
import { guardFormula, unguardFormula } from './formula-guard';
import { IMPORT_LIMITS, ImportLimitError, limitIssue, type ImportLimits } from './import-limits';
import { said, sayIssue, sayWhere, type Say } from './issue-text';
import type { ImportIssue, SourceRow } from './journey-from-rows';
import { isTableName, TABLE_NAMES, type Cell, type TableName } from './record-tables';
import { journeyToRows, tableHeader } from './rows-from-journey';

/** The first column of a Waymark CSV: which record type the row is. */
export const RECORD_COLUMN = 'record';
const BOM = '\uFEFF';

/** Every column any row uses, in a stable order: names and text first. */
function csvHeader(): string[] {
  const columns: string[] = [];
  // Cards first: a card row then reads record, stage, step, lane, text and the card's fields.
  for (const table of ['cards' as const, ...TABLE_NAMES]) for (const column of tableHeader(table)) if (!columns.includes(column)) columns.push(column);
  return [RECORD_COLUMN, ...columns];
}

const csvCell = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? guardFormula(cell) : String(cell);
};

/**
 * One CSV holding the whole journey: a row per record (`record` says which: card, stage…),
 * card rows reading stage, step, lane, text, then the card's fields. UTF-8 with a BOM, so
 * spreadsheets read every alphabet; cells that could run as formulas are neutralised.
 */
export function journeyToCsv(doc: JourneyDocument): string {
  const header = csvHeader();
  const rows = journeyToRows(doc).map((row) => [row.table, ...header.slice(1).map((column) => csvCell(row.cells[column]))]);
  return BOM + Papa.unparse([header, ...rows], { newline: '\r\n', quotes: false });
}

export type CsvRead = { kind: 'records'; rows: SourceRow[] } | { kind: 'grid'; grid: string[][] } | { kind: 'error'; issue: ImportIssue };

/**
 * Parses CSV text row by row, stopping at the first import limit met (rows, columns, cells:
 * every cell up to a row's last one), so a huge file is refused before it is held whole.
 */
function parseBounded(text: string, limits: ImportLimits): { data: string[][]; fatal: Papa.ParseError | null; limit: ImportLimitError | null } {
  const data: string[][] = [];
  let fatal: Papa.ParseError | null = null;
  let limit: ImportLimitError | null = null;
  let cells = 0;
  Papa.parse<string[]>(text.startsWith(BOM) ? text.slice(1) : text, {
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const where = said('row', { row: data.length + 1 });
      cells += result.data.length;
      const met = data.length >= limits.rows ? 'rows' : result.data.length > limits.columns ? 'columns' : cells > limits.cells ? 'cells' : null;
      fatal = result.errors.find((e) => e.type !== 'Delimiter') ?? null;
      if (met) limit = new ImportLimitError(met, where);
      if (met || fatal) {
        if (fatal) fatal = { ...fatal, row: data.length };
        parser.abort();
        return;
      }
      data.push(result.data);
    },
  });
  return { data, fatal, limit };
}

/** The cells of CSV text as parsed (formula guards still on), or the one issue that stops it. */
function parseCells(text: string, t: Say, limits: ImportLimits): { kind: 'cells'; rows: string[][] } | { kind: 'error'; issue: ImportIssue } {
  const parsed = parseBounded(text, limits);
  if (parsed.limit) return { kind: 'error', issue: { where: sayWhere(t, parsed.limit.where), message: sayIssue(t, limitIssue(parsed.limit.limit, limits)) } };
  const fatal = parsed.fatal as Papa.ParseError | null;
  if (fatal) {
    const problem = fatal.code === 'MissingQuotes' ? said('csvQuotes') : said('csvSyntax', { detail: fatal.message });
    return { kind: 'error', issue: { where: sayWhere(t, said('row', { row: (fatal.row ?? 0) + 1 })), message: sayIssue(t, problem) } };
  }
  return { kind: 'cells', rows: parsed.data };
}

/** Parses CSV text as a plain grid of cells (a survey table), within the import limits. */
export function readCsvGrid(text: string, t: Say, limits: ImportLimits = IMPORT_LIMITS): { kind: 'grid'; grid: string[][] } | { kind: 'error'; issue: ImportIssue } {
  const cells = parseCells(text, t, limits);
  return cells.kind === 'error' ? cells : { kind: 'grid', grid: cells.rows.map((row) => row.map(unguardFormula)) };
}

/** Parses CSV text: Waymark's record shape (first header `record`) or a plain grid of cells. */
export function readCsv(text: string, t: Say, limits: ImportLimits = IMPORT_LIMITS): CsvRead {
  const cells = parseCells(text, t, limits);
  if (cells.kind === 'error') return cells;
  const [header = [], ...body] = cells.rows;
  if (header[0]?.trim() !== RECORD_COLUMN) return { kind: 'grid', grid: cells.rows.map((row) => row.map(unguardFormula)) };
  const rows: SourceRow[] = [];
  for (const [i, line] of body.entries()) {
    const where = sayWhere(t, said('row', { row: i + 2 }));
    const table = (line[0] ?? '').trim();
    if (!isTableName(table)) {
      return { kind: 'error', issue: { where, message: sayIssue(t, said('notRecordType', { value: table.slice(0, 40), types: TABLE_NAMES.join(', ') })) } };
    }
    const cells: Record<string, Cell> = {};
    header.forEach((column, c) => {
      if (c > 0 && column !== '') cells[column.trim()] = unguardFormula(line[c] ?? '');
    });
    rows.push({ table: table as TableName, cells, where });
  }
  return { kind: 'records', rows };
}
