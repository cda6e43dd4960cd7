import type ExcelJS from 'exceljs';

/**
 * A new exceljs workbook, with exceljs loaded on first use. Loading it takes about 0.4 s of
 * CPU, and the export worker (a fresh thread per export) and the CLI would pay that for every
 * PowerPoint, PDF or PNG; now only workbook exports and imports do.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
