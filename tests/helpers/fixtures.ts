import { readFileSync } from 'node:fs';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;

/** A journey in the current format that uses every record type. */
export const CURRENT_FIXTURE_PATH = fixture('v4/bike-sharing-workshops.journey');
export const currentFixtureText = (): string => readFileSync(CURRENT_FIXTURE_PATH, 'utf8');
/** The first released format: a simple 5-stage map. */
export const V1_FIXTURE_PATH = fixture('v1/bike-sharing.journey');
export const v1FixtureText = (): string => readFileSync(V1_FIXTURE_PATH, 'utf8');
