import { extname } from 'node:path';
import { readCsvGrid } from '../../shared/exchange/csv';
import { IMPORT_LIMITS, ImportLimitError, limitIssue } from '../../shared/exchange/import-limits';
import { said, sayIssue, sayWhere } from '../../shared/exchange/issue-text';
import type { MetricsTable } from '../../shared/ipc/portfolio';
import type { Translate } from '../../shared/templates/templates';
import { openRegularFile, readAtMost } from '../services/regular-file';
import { decodeUtf8 } from './text-file';
import { scanWorkbook } from './workbook-scan';
import { loadWorkbook, textGrid } from './xlsx-read';

const failed = (where: string, message: string): MetricsTable => ({ kind: 'error', where, message });

/**
 * A table of survey results (CSV, or a workbook's first sheet) as text cells, read within the
 * import limits: the same size, row, column, cell and zip bounds as a journey import.
 */
export async function readTableFile(path: string, t: Translate): Promise<MetricsTable> {
  const fileWhere = sayWhere(t, said('file'));
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') return failed(fileWhere, t('exchange.import.unknownType', { extension: extension || path }));
  let data: Buffer | null;
  try {
    const { handle, stats } = await openRegularFile(path);
    try {
      data = await readAtMost(handle, stats.size, IMPORT_LIMITS.fileBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(fileWhere, (error as NodeJS.ErrnoException).code === 'ENOENT' ? t('exchange.import.notFound') : String(error));
  }
  if (data === null) return failed(fileWhere, t('exchange.import.tooLarge', { megabytes: IMPORT_LIMITS.fileBytes / 1024 / 1024 }));
  if (extension === '.csv') {
    const decoded = decodeUtf8(data);
    if ('badLine' in decoded) return failed(sayWhere(t, said('line', { line: decoded.badLine })), t('exchange.import.notUtf8'));
    const read = readCsvGrid(decoded.text, t);
    return read.kind === 'error' ? failed(read.issue.where, read.issue.message) : { kind: 'table', grid: read.grid, sheet: null };
  }
  try {
    await scanWorkbook(data, IMPORT_LIMITS);
    const workbook = await loadWorkbook(data);
    const first = workbook.worksheets[0];
    if (!first) return failed(fileWhere, sayIssue(t, said('noSheets')));
    return { kind: 'table', grid: textGrid(first), sheet: first.name };
  } catch (error) {
    if (error instanceof ImportLimitError) return failed(sayWhere(t, error.where), sayIssue(t, limitIssue(error.limit)));
    return failed(fileWhere, sayIssue(t, said('notWorkbook')));
  }
}
