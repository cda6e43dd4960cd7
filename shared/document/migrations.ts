import { CURRENT_FORMAT_VERSION } from './schema';

export type JsonObject = Record<string, unknown>;

/** One step of the file format: a pure function from version `from` to `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly up: (file: JsonObject) => JsonObject;
}

/**
 * Every format change, oldest first. Version 1 is the first released format, so the list
 * is empty until the format changes; each new entry needs a frozen fixture in
 * tests/fixtures/v<from>/ (the migration meta-test enforces it).
 */
export const MIGRATIONS: readonly Migration[] = [];

/** Throws unless the list climbs one version at a time from 1 to `current`. */
export function checkMigrations(list: readonly Migration[], current: number): void {
  let expected = 1;
  for (const step of list) {
    if (step.from !== expected || step.to !== expected + 1) {
      throw new Error(`migration ${step.from}->${step.to} is out of order; expected ${expected}->${expected + 1}`);
    }
    expected = step.to;
  }
  if (expected !== current) throw new Error(`migrations end at version ${expected}, but the format is ${current}`);
}

/** Runs every migration above `version`, returning the file at `current` format version. */
export function migrate(
  file: JsonObject,
  version: number,
  list: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_FORMAT_VERSION,
): JsonObject {
  checkMigrations(list, current);
  let result = file;
  for (const step of list) {
    if (step.from >= version) result = { ...step.up(result), formatVersion: step.to };
  }
  return result;
}
