import type { JourneyDocument } from '../../../shared/document/schema';
import type { JourneyVersion } from '../../../shared/ipc/versions';

/** One map in a comparison: its journey and what to call it ("This map now", a version's name, a file's). */
export interface ComparedMap { label: string; document: JourneyDocument }

/** What the map window shows instead of the editor: a version read-only, or two maps compared. */
export type MapView =
  | { kind: 'version'; version: JourneyVersion; document: JourneyDocument }
  | { kind: 'compare'; before: ComparedMap; after: ComparedMap };

/** Nothing faded, and no moved card's old place: what a single map or a side pane shows. */
export const NONE: ReadonlySet<string> = new Set();
export const NO_GHOSTS: ReadonlyMap<string, string> = new Map();

/** No marks: a version shown read-only. */
export const NO_MARKS = { cards: new Map<string, never>(), stages: new Map<string, never>(), lanes: new Map<string, never>() };
