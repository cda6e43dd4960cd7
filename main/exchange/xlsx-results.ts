import type ExcelJS from 'exceljs';
import { RATING_LEVELS } from '../../shared/document/schema';
import { guardFormula } from '../../shared/exchange/formula-guard';
import type { WorkshopTables } from '../../shared/exchange/workshop-tables';

export interface WorkshopSheetLabels {
  name: string;
  /** Titles of the three tables of each workshop. */
  ranking: string;
  ratings: string;
  parked: string;
  workshops: readonly WorkshopTables[];
}

type Value = string | number;

/**
 * The workshops' results on one sheet, each workshop a block: its heading, then the ranking,
 * the ratings per stage and the parked notes as tables with a bold header row. Counts and means
 * are numbers (the mean signed, two decimals); texts go through the formula guard.
 */
export function addWorkshopSheet(workbook: ExcelJS.Workbook, labels: WorkshopSheetLabels): void {
  if (labels.workshops.length === 0) return;
  const sheet = workbook.addWorksheet(labels.name);
  const put = (values: readonly Value[], style?: 'heading' | 'title' | 'header') => {
    const row = sheet.addRow(values.map((value) => (typeof value === 'string' ? guardFormula(value) : value)));
    row.alignment = { wrapText: true, vertical: 'top' };
    if (style === 'heading') row.font = { bold: true, size: 14 };
    if (style === 'title' || style === 'header') row.font = { bold: true };
    if (style === 'header') row.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F2' } }; });
    return row;
  };
  for (const workshop of labels.workshops) {
    put([workshop.heading], 'heading');
    const { result } = workshop;
    if (result.ranking.length > 0) {
      put([labels.ranking], 'title');
      put(workshop.ranking[0] ?? [], 'header');
      workshop.ranking.slice(1).forEach((row, i) => {
        const vote = result.ranking[i];
        if (!vote) return;
        put([vote.round, row[1] === '' ? '' : Number(row[1]), row[2] ?? '', row[3] ?? '', vote.votes, vote.voters]);
      });
    }
    if (result.ratings.length > 0) {
      put([labels.ratings], 'title');
      put(workshop.ratings[0] ?? [], 'header');
      workshop.ratingRecords.forEach((rating, i) => {
        const added = put([workshop.ratings[i + 1]?.[0] ?? rating.stageName, rating.mean, rating.count, ...RATING_LEVELS.map((level) => rating[level.field])]);
        added.getCell(2).numFmt = '+0.00;-0.00;0.00';
      });
    }
    if (result.parked.length > 0) {
      put([labels.parked], 'title');
      put(workshop.parked[0] ?? [], 'header');
      for (const row of workshop.parked.slice(1)) put(row);
    }
    put([]);
  }
  sheet.columns.forEach((column, index) => { column.width = index === 2 ? 48 : 18; });
}
