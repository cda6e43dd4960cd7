import { LIMITS } from '../document/limits';
import { said, type Said } from './issue-text';

/**
 * Bounds on what an import reads, checked while a file is read and before what it describes is
 * allocated. They are well above the largest journey Waymark can hold (its own CSV and XLSX of
 * a map at every LIMITS maximum import), so only hostile or mistaken files meet them.
 */
export const IMPORT_LIMITS = {
  fileBytes: LIMITS.fileBytes,
  /** Rows of a sheet or CSV; lines of a Mermaid diagram (`lines`). */
  rows: 120_000,
  /** Columns of a sheet or CSV (a grid holds at most LIMITS.stages stages). */
  columns: 1_000,
  /**
   * Cells the file spans, empty ones included: a sheet's used range (rows x columns up to the
   * last values), a CSV's fields. Waymark's own CSV of the largest journey spans about 6 million.
   */
  cells: 8_000_000,
  zipEntries: 2_000,
  /** Bytes one workbook entry inflates to (a media entry holds at most one image). */
  zipEntryBytes: 128 * 1024 * 1024,
  /** Bytes all entries of a workbook inflate to. */
  zipTotalBytes: 256 * 1024 * 1024,
  /** Wall time of one import before it is stopped. */
  seconds: 60,
  /** The importing worker's JavaScript heap. */
  heapMegabytes: 1_536,
} as const;

/** Limits as numbers, so tests and callers can set their own. */
export type ImportLimits = { readonly [K in keyof typeof IMPORT_LIMITS]: number };

/** A limit an import met, as the issue that names it. */
export type LimitName = 'rows' | 'lines' | 'columns' | 'cells' | 'zipEntries' | 'zipEntryBytes' | 'zipTotalBytes' | 'seconds' | 'heapMegabytes' | 'fileBytes';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The issue for a limit: `exchange.issue.limit.<name>` with the limit (and what was found, where known). */
export function limitIssue(name: LimitName, limits: ImportLimits = IMPORT_LIMITS): Said {
  if (name === 'lines') return said('limit.lines', { limit: limits.rows });
  const value = name === 'zipEntryBytes' || name === 'zipTotalBytes' || name === 'fileBytes' ? megabytes(limits[name]) : limits[name];
  return said(`limit.${name}`, { limit: value });
}

/** Thrown inside a reader when a limit is met; the importer turns it into an issue. */
export class ImportLimitError extends Error {
  constructor(
    readonly limit: LimitName,
    /** Where in the file the limit was met (row, cell, entry), as an issue's `where`. */
    readonly where: Said,
  ) {
    super(`import limit ${limit}`);
    this.name = 'ImportLimitError';
  }
}
