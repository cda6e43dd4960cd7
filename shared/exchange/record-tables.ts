import { z } from 'zod';
import { said, type Said } from './issue-text';
import {
  assetSchema, cardSchema, channelSchema, emotionCurveSchema, emotionPointSchema, journeyMetaSchema,
  laneSchema, metricValueSchema, personaSchema, stageSchema, stepSchema, viewSchema, workshopResultSchema,
} from '../document/schema';

/**
 * The journey as flat tables, one per record type, for CSV and XLSX. Columns come from the
 * schema itself, so a field added to the schema is exported and imported without code here.
 */
export const RECORD_TABLES = {
  journey: journeyMetaSchema,
  stages: stageSchema,
  steps: stepSchema,
  lanes: laneSchema,
  channels: channelSchema,
  personas: personaSchema,
  emotionCurves: emotionCurveSchema,
  cards: cardSchema,
  emotionPoints: emotionPointSchema,
  metricValues: metricValueSchema,
  views: viewSchema,
  assets: assetSchema,
  workshops: workshopResultSchema,
} as const;
export type TableName = keyof typeof RECORD_TABLES;
export const TABLE_NAMES = Object.keys(RECORD_TABLES) as TableName[];
export const isTableName = (name: string): name is TableName => Object.hasOwn(RECORD_TABLES, name);

/** What a cell holds: text as is, numbers and booleans as themselves, lists and objects as JSON. */
export type CellKind = 'text' | 'number' | 'boolean' | 'json';
export type Cell = string | number | boolean | null;

export interface Column { name: string; kind: CellKind; required: boolean }

function columnOf(name: string, schema: z.ZodType): Column {
  const required = !(schema instanceof z.ZodOptional);
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  const kind: CellKind =
    inner instanceof z.ZodString || inner instanceof z.ZodEnum ? 'text'
      : inner instanceof z.ZodNumber ? 'number'
        : inner instanceof z.ZodBoolean ? 'boolean'
          : 'json';
  return { name, kind, required };
}

const columnCache = new Map<TableName, Column[]>();

export function columnsOf(table: TableName): Column[] {
  let columns = columnCache.get(table);
  if (!columns) {
    const shape = RECORD_TABLES[table].shape as Record<string, z.ZodType>;
    columns = Object.entries(shape).map(([name, schema]) => columnOf(name, schema));
    columnCache.set(table, columns);
  }
  return columns;
}

/** A record's value as a cell. */
export function encodeCell(kind: CellKind, value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (kind === 'json') return JSON.stringify(value);
  if (kind === 'number' && typeof value === 'number') return value;
  if (kind === 'boolean' && typeof value === 'boolean') return value;
  return String(value);
}

export class CellError extends Error {
  constructor(readonly said: Said) {
    super(said.key);
  }
}

/** A cell back to a record's value; `undefined` leaves an optional field out. */
export function decodeCell(column: Column, cell: Cell | undefined): unknown {
  const empty = cell === null || cell === undefined || cell === '';
  if (empty) return column.required && column.kind === 'text' ? '' : undefined;
  switch (column.kind) {
    case 'text':
      return String(cell);
    case 'number': {
      const value = typeof cell === 'number' ? cell : Number(String(cell).trim());
      if (!Number.isFinite(value)) throw new CellError(said('notNumber', { column: column.name, value: String(cell) }));
      return value;
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return cell;
      const text = String(cell).trim().toLowerCase();
      if (text === 'true' || text === 'false') return text === 'true';
      throw new CellError(said('notBoolean', { column: column.name, value: String(cell) }));
    }
    case 'json':
      try {
        return JSON.parse(String(cell)) as unknown;
      } catch {
        throw new CellError(said('notList', { column: column.name, value: String(cell).slice(0, 40) }));
      }
  }
}
