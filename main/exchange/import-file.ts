import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { LIMITS } from '../../shared/document/limits';
import { readCsv } from '../../shared/exchange/csv';
import { importKindForPath } from '../../shared/exchange/formats';
import { columnLetter, gridToRows } from '../../shared/exchange/grid-import';
import { rowsToJourney, type ImportResult, type SourceRow } from '../../shared/exchange/journey-from-rows';
import { mermaidToJourney } from '../../shared/exchange/mermaid-import';
import type { Translate } from '../../shared/templates/templates';
import { said, sayWhere } from '../../shared/exchange/issue-text';
import { mapGrid } from '../../shared/exchange/map-grid';
import { decodeUtf8 } from './text-file';
import { gridCellWhere, readXlsx } from './xlsx-read';

const failed = (where: string, message: string): ImportResult => ({ document: null, issues: [{ where, message }], notes: [] });
const fileWhere = (t: Translate) => sayWhere(t, said('file'));

function fromGrid(grid: string[][], where: (row: number, column: number) => string, title: string, t: Translate): ImportResult {
  const { rows, issues } = gridToRows(grid, where, t);
  if (issues.length > 0) return { document: null, issues, notes: [] };
  return rowsToJourney(withTitle(rows, title), title, t);
}

/** A grid has no journey row: the file's name becomes the title. */
const withTitle = (rows: SourceRow[], title: string): SourceRow[] => [{ table: 'journey', cells: { title, description: '', goal: '' }, where: 'file' }, ...rows];

/**
 * Reads a CSV, XLSX or Mermaid file into a journey, without writing anything. The result
 * has the document, or the problems that stop the import, each naming its row or line.
 */
export async function importFile(path: string, t: Translate): Promise<ImportResult> {
  const kind = importKindForPath(path);
  if (!kind) return failed(fileWhere(t), t('exchange.import.unknownType', { extension: extname(path) || basename(path) }));
  let data: Buffer;
  try {
    if ((await stat(path)).size > LIMITS.fileBytes) return failed(fileWhere(t), t('exchange.import.tooLarge', { megabytes: LIMITS.fileBytes / 1024 / 1024 }));
    data = await readFile(path);
  } catch (error) {
    return failed(fileWhere(t), (error as NodeJS.ErrnoException).code === 'ENOENT' ? t('exchange.import.notFound') : String(error));
  }
  const title = basename(path, extname(path));
  if (kind !== 'xlsx') {
    const decoded = decodeUtf8(data);
    if ('badLine' in decoded) return failed(sayWhere(t, said('line', { line: decoded.badLine })), t('exchange.import.notUtf8'));
    return kind === 'mermaid' ? fromMermaid(decoded.text, title, t) : fromCsv(decoded.text, title, t);
  }
  const read = await readXlsx(data, t);
  if (read.kind === 'error') return { document: null, issues: [read.issue], notes: [] };
  if (read.kind === 'grid') return fromGrid(read.grid, gridCellWhere(read.sheet, t), title, t);
  const result = rowsToJourney(read.rows, title, t);
  if (result.document && read.firstSheet && !sameGrid(mapGrid(result.document), read.firstSheet.grid)) {
    result.notes.push({ where: sayWhere(t, said('sheet', { sheet: read.firstSheet.name })), message: t('exchange.import.mapSheetChanged') });
  }
  return result;
}

/** A workbook's map sheet as read against the map its record sheets make (empty cells alike). */
const sameGrid = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]) =>
  JSON.stringify(a.map((row) => row.map((c) => c.trim()))) === JSON.stringify(b.map((row) => row.map((c) => c.trim())));

function fromMermaid(text: string, title: string, t: Translate): ImportResult {
  return mermaidToJourney(text, title, {
    actions: t('lane.actions'), emotions: t('lane.emotions'), unnamedSection: t('exchange.mermaid.unnamedSection'), everyone: t('exchange.mermaid.everyone'),
  }, t);
}

function fromCsv(text: string, title: string, t: Translate): ImportResult {
  const read = readCsv(text, t);
  if (read.kind === 'error') return { document: null, issues: [read.issue], notes: [] };
  if (read.kind === 'grid') return fromGrid(read.grid, (row, column) => sayWhere(t, said('rowColumn', { row: row + 1, column: columnLetter(column) })), title, t);
  return rowsToJourney(read.rows, title, t);
}
