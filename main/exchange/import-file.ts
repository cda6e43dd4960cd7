import { basename, extname } from 'node:path';
import { JourneyFileError } from '../../shared/document/errors';
import { readCsv } from '../../shared/exchange/csv';
import { importKindForPath } from '../../shared/exchange/formats';
import { columnLetter, gridTitle, gridToRows } from '../../shared/exchange/grid-import';
import { rowsToJourney, type ImportResult, type SourceRow } from '../../shared/exchange/journey-from-rows';
import { mermaidToJourney } from '../../shared/exchange/mermaid-import';
import type { Translate } from '../../shared/templates/templates';
import { IMPORT_LIMITS, limitIssue } from '../../shared/exchange/import-limits';
import { said, sayIssue, sayWhere } from '../../shared/exchange/issue-text';
import { mapSheet, sheetCellText } from '../../shared/exchange/map-sheet';
import { problemOfErrno } from '../services/file-errors';
import { openRegularFile, readAtMost } from '../services/regular-file';
import { decodeUtf8 } from './text-file';
import { gridCellWhere, readXlsx } from './xlsx-read';

const failed = (where: string, message: string): ImportResult => ({ document: null, issues: [{ where, message }], notes: [] });
const fileWhere = (t: Translate) => sayWhere(t, said('file'));

/** Sheet names a spreadsheet program gives on its own (Sheet1, Blad1, Arkusz1, Foaie1, Φύλλο1…): no title. */
const DEFAULT_SHEET = /^(sheet|blad|ark|arkusz|foaie|φύλλο|tabelle|feuil|hoja|foglio|planilha|folha|taulukko|list)\s*\d*$/iu;

/**
 * A grid's map and its title: the grid's first cell, else its sheet's name when someone gave
 * it one, and only then the file's name. Where an issue is, is said in the file's own rows
 * (a title row taken off moves nothing).
 */
function fromGrid(whole: string[][], where: (row: number, column: number) => string, fallback: { sheet?: string; file: string }, t: Translate): ImportResult {
  const { title: own, grid } = gridTitle(whole);
  const offset = whole.length - grid.length;
  const sheet = fallback.sheet?.trim();
  const named = sheet && !DEFAULT_SHEET.test(sheet) && sheet !== t('exchange.sheet.map') ? sheet : null;
  const title = own ?? named ?? fallback.file;
  const { rows, issues } = gridToRows(grid, (row, column) => where(row + offset, column), t);
  if (issues.length > 0) return { document: null, issues, notes: [] };
  return rowsToJourney(withTitle(rows, title), title, t);
}

/** A grid has no journey row: its title (see fromGrid) makes one. */
const withTitle = (rows: SourceRow[], title: string): SourceRow[] => [{ table: 'journey', cells: { title, description: '', goal: '' }, where: 'file' }, ...rows];

/** The file's bytes when it is a regular file within the size limit (held while reading); null when larger. */
async function readBounded(path: string): Promise<Buffer | null> {
  const { handle, stats } = await openRegularFile(path);
  try {
    return await readAtMost(handle, stats.size, IMPORT_LIMITS.fileBytes);
  } finally {
    await handle.close();
  }
}

/** Why a file could not be read, in the user's words: missing, not a file, no permission… */
function readFailure(error: unknown, t: Translate): string {
  if (error instanceof JourneyFileError) return t(`error.problem.${error.problem}`);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t('exchange.import.notFound');
  const problem = problemOfErrno(code);
  return problem ? t(`error.problem.${problem}`) : String(error);
}

/**
 * Reads a CSV, XLSX or Mermaid file into a journey, without writing anything. The result
 * has the document, or the problems that stop the import, each naming its row or line.
 */
export async function importFile(path: string, t: Translate): Promise<ImportResult> {
  const kind = importKindForPath(path);
  if (!kind) return failed(fileWhere(t), t('exchange.import.unknownType', { extension: extname(path) || basename(path) }));
  let data: Buffer | null;
  try {
    data = await readBounded(path);
  } catch (error) {
    return failed(fileWhere(t), readFailure(error, t));
  }
  if (data === null) return failed(fileWhere(t), t('exchange.import.tooLarge', { megabytes: IMPORT_LIMITS.fileBytes / 1024 / 1024 }));
  const title = basename(path, extname(path));
  if (kind !== 'xlsx') {
    const decoded = decodeUtf8(data);
    if ('badLine' in decoded) return failed(sayWhere(t, said('line', { line: decoded.badLine })), t('exchange.import.notUtf8'));
    return kind === 'mermaid' ? fromMermaid(decoded.text, title, t) : fromCsv(decoded.text, title, t);
  }
  const read = await readXlsx(data, t);
  if (read.kind === 'error') return { document: null, issues: [read.issue], notes: [] };
  if (read.kind === 'grid') return fromGrid(read.grid, gridCellWhere(read.sheet, t), { sheet: read.sheet, file: title }, t);
  const result = rowsToJourney(read.rows, title, t);
  if (result.document && read.firstSheet && !sameGrid(mapSheet(result.document).map((row) => row.map(sheetCellText)), read.firstSheet.grid)) {
    result.notes.push({ where: sayWhere(t, said('sheet', { sheet: read.firstSheet.name })), message: t('exchange.import.mapSheetChanged') });
  }
  return result;
}

/** A grid's text with trailing empty cells and rows dropped (a sheet is read up to its last values). */
function trimmedGrid(grid: readonly (readonly string[])[]): string[][] {
  const rows = grid.map((row) => {
    const cells = row.map((c) => c.trim());
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  return rows;
}

/** A workbook's map sheet as read against the map its record sheets make (empty cells alike). */
const sameGrid = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]) => JSON.stringify(trimmedGrid(a)) === JSON.stringify(trimmedGrid(b));

/** Lines in `text`, counted up to `limit + 1`. */
function linesExceed(text: string, limit: number): boolean {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) if (++lines > limit) return true;
  return false;
}

function fromMermaid(text: string, title: string, t: Translate): ImportResult {
  if (linesExceed(text, IMPORT_LIMITS.rows)) return failed(sayWhere(t, said('line', { line: IMPORT_LIMITS.rows + 1 })), sayIssue(t, limitIssue('lines')));
  return mermaidToJourney(text, title, {
    actions: t('lane.actions'), emotions: t('lane.emotions'), unnamedSection: t('exchange.mermaid.unnamedSection'), everyone: t('exchange.mermaid.everyone'),
  }, t);
}

function fromCsv(text: string, title: string, t: Translate): ImportResult {
  const read = readCsv(text, t);
  if (read.kind === 'error') return { document: null, issues: [read.issue], notes: [] };
  if (read.kind === 'grid') return fromGrid(read.grid, (row, column) => sayWhere(t, said('rowColumn', { row: row + 1, column: columnLetter(column) })), { file: title }, t);
  return rowsToJourney(read.rows, title, t);
}
