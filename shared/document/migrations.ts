import { CURRENT_FORMAT_VERSION } from './schema';
import { toFormat2 } from './migrations/v1-to-v2';
import { toFormat3 } from './migrations/v2-to-v3';
import { toFormat4 } from './migrations/v3-to-v4';

export type JsonObject = Record<string, unknown>;

/** One step of the file format: a pure function from version `from` to `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly up: (file: JsonObject) => JsonObject;
}

/**
 * Every format change, oldest first. Each entry needs a frozen fixture in
 * tests/fixtures/v<from>/ (the migration meta-test enforces it). Migrations see raw JSON of
 * the older format, so they never import the current schema's types.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description: 'steps, emotion curves, channels, metrics, personas, views and images',
    up: toFormat2,
  },
  {
    from: 2,
    to: 3,
    description: 'links from stages and steps to other maps; personas shared across a workspace',
    up: toFormat3,
  },
  {
    from: 3,
    to: 4,
    description: 'the results of live workshops: votes and ranking, ratings per stage, parked notes',
    up: toFormat4,
  },
];

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
