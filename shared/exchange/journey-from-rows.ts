import { formatPath } from '../document/parse';
import { CURRENT_FORMAT_VERSION, FORMAT_NAME, journeyDocumentSchema, type JourneyDocument } from '../document/schema';
import { said, sayIssue, sayWhere, type Say } from './issue-text';
import { assignOrderKeys } from './order-keys';
import { CellError, columnsOf, decodeCell, type Cell, type TableName } from './record-tables';
import { resolveNames, type Located, type Tables } from './resolve-names';
import { ENVELOPE_COLUMN, NAME_COLUMNS, type TableRow } from './rows-from-journey';

/** A row as read from a file, with where it was (`row 12`, `sheet cards, row 4`) for messages. */
export interface SourceRow extends TableRow { where: string }
export interface ImportIssue { where: string; message: string }
export interface ImportResult { document: JourneyDocument | null; issues: ImportIssue[]; notes: ImportIssue[] }

/** Problems listed for one import; past these, the first ones are enough to fix the file. */
export const MAX_ISSUES = 100;

function decodeRow(row: SourceRow, issues: ImportIssue[], t: Say): Located {
  const record: Record<string, unknown> = {};
  for (const column of columnsOf(row.table)) {
    try {
      const value = decodeCell(column, row.cells[column.name]);
      if (value !== undefined) record[column.name] = value;
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      issues.push({ where: row.where, message: sayIssue(t, error.said) });
    }
  }
  const names: Located['names'] = {};
  for (const key of NAME_COLUMNS) {
    const cell: Cell | undefined = row.cells[key];
    if (cell !== null && cell !== undefined && cell !== '') names[key] = String(cell);
  }
  return { record, names, where: row.where };
}

/** Which records share an order: cards per cell, steps per stage, every other table as one. */
const orderGroup = (table: string, r: Record<string, unknown>): string =>
  table === 'cards' ? `${String(r['laneId'])}/${String(r['stageId'])}/${String(r['stepId'] ?? '')}` : table === 'steps' ? String(r['stageId']) : '';

function assignOrders(tables: Tables): void {
  for (const [table, list] of Object.entries(tables)) {
    if (table === 'journey' || !columnsOf(table as TableName).some((c) => c.name === 'order')) continue;
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const { record } of list) {
      const key = orderGroup(table, record);
      groups.set(key, [...(groups.get(key) ?? []), record]);
    }
    for (const group of groups.values()) assignOrderKeys(group);
  }
}

/**
 * Table rows (from CSV or XLSX) back to a journey: cells decoded by the schema's field types,
 * names resolved, order keys kept or renumbered, then validated. Every problem names its row;
 * with any problem there is no document, so nothing half-read is ever saved.
 */
export function rowsToJourney(rows: readonly SourceRow[], fallbackTitle: string, t: Say): ImportResult {
  const issues: ImportIssue[] = [];
  const tables: Tables = {};
  for (const row of rows) (tables[row.table] ??= []).push(decodeRow(row, issues, t));
  resolveNames(tables);
  assignOrders(tables);

  const journeyRow = tables['journey']?.[0];
  const minReader = rows.find((r) => r.table === 'journey')?.cells[ENVELOPE_COLUMN];
  const candidate = {
    format: FORMAT_NAME,
    formatVersion: CURRENT_FORMAT_VERSION,
    minReaderVersion: typeof minReader === 'number' || (typeof minReader === 'string' && minReader !== '') ? Number(minReader) : CURRENT_FORMAT_VERSION,
    journey: journeyRow?.record ?? { title: fallbackTitle, description: '', goal: '' },
    ...Object.fromEntries(
      ['stages', 'steps', 'lanes', 'channels', 'cards', 'emotionCurves', 'emotionPoints', 'metricValues', 'personas', 'views', 'assets', 'workshops'].map((t) => [t, (tables[t] ?? []).map((l) => l.record)]),
    ),
  };
  const parsed = journeyDocumentSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [table, index, ...rest] = issue.path;
      const located = typeof table === 'string' && typeof index === 'number' ? tables[table]?.[index] : table === 'journey' ? journeyRow : undefined;
      const field = formatPath(typeof index === 'number' ? rest : issue.path.slice(1));
      const detail = field ? `${field}: ${issue.message}` : issue.message;
      issues.push({ where: located?.where ?? (typeof table === 'string' ? table : sayWhere(t, said('file'))), message: sayIssue(t, said('invalid', { detail })) });
    }
  }
  const secondJourney = tables['journey']?.[1];
  if (secondJourney) issues.push({ where: secondJourney.where, message: sayIssue(t, said('secondJourneyRow')) });
  const document: JourneyDocument | null = issues.length === 0 && parsed.success ? parsed.data : null;
  return { document, issues: issues.slice(0, MAX_ISSUES), notes: [] };
}
