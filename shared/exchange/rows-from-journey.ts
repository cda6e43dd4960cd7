import type { JourneyDocument } from '../document/schema';
import { serializeJourney } from '../document/serialize';
import { columnsOf, encodeCell, TABLE_NAMES, type Cell, type TableName } from './record-tables';

export interface TableRow { table: TableName; cells: Record<string, Cell> }

/**
 * Readable names beside the ids they stand for (a card's stage, step and lane, a point's
 * curve), so a spreadsheet reads without looking ids up. Import uses them when ids are empty.
 */
export const NAME_COLUMNS = ['stage', 'step', 'lane', 'curve'] as const;
/** The envelope field a journey row carries so a round trip keeps it. */
export const ENVELOPE_COLUMN = 'minReaderVersion';

type Named = { id: string; name: string };
const names = (records: readonly Named[]) => new Map(records.map((r) => [r.id, r.name]));

/** The journey as table rows: the journey row first, then every record in canonical file order. */
export function journeyToRows(doc: JourneyDocument): TableRow[] {
  const canonical = JSON.parse(serializeJourney(doc)) as JourneyDocument;
  const stage = names(canonical.stages);
  const step = names(canonical.steps);
  const lane = names(canonical.lanes);
  const curve = names(canonical.emotionCurves);
  const lookups = (record: Record<string, unknown>): Record<string, Cell> => {
    const name = (map: Map<string, string>, id: unknown) => (typeof id === 'string' ? (map.get(id) ?? null) : null);
    const cells: Record<string, Cell> = {};
    if ('stageId' in record) cells['stage'] = name(stage, record['stageId']);
    if ('stepId' in record || 'stageId' in record) cells['step'] = name(step, record['stepId']);
    if ('laneId' in record) cells['lane'] = name(lane, record['laneId']);
    if ('curveId' in record) cells['curve'] = name(curve, record['curveId']);
    return cells;
  };
  const rowOf = (table: TableName, record: Record<string, unknown>): TableRow => {
    const cells: Record<string, Cell> = table === 'journey' ? {} : lookups(record);
    for (const column of columnsOf(table)) cells[column.name] = encodeCell(column.kind, record[column.name]);
    return { table, cells };
  };
  return TABLE_NAMES.flatMap((table) => {
    if (table === 'journey') {
      const row = rowOf('journey', canonical.journey);
      row.cells[ENVELOPE_COLUMN] = canonical.minReaderVersion;
      return [row];
    }
    return (canonical[table] as readonly Record<string, unknown>[]).map((record) => rowOf(table, record));
  });
}

/** Every column a table's rows can have, readable names first. */
export function tableHeader(table: TableName): string[] {
  const own = columnsOf(table).map((c) => c.name);
  if (table === 'journey') return [...own, ENVELOPE_COLUMN];
  const lookup = NAME_COLUMNS.filter((n) => own.includes(`${n}Id`) || (n === 'step' && own.includes('stageId')));
  return [...lookup, ...own].sort((a, b) => rank(a) - rank(b));
}

/** Text right after the names: a card row reads stage, step, lane, text, then its fields. */
const LEADING = ['stage', 'step', 'lane', 'curve', 'text', 'name'];
const rank = (column: string) => {
  const at = LEADING.indexOf(column);
  return at === -1 ? LEADING.length : at;
};
