import { z } from 'zod';
import { journeyDocumentSchema, type JourneyDocument } from '../document/schema';
import type { ConflictFile } from '../merge/conflict-file';
import { pathSchema } from './paths';

/** Another journey file read to compare with, without opening it for writing (no lock). */
export const readJourneyCopyInput = z.strictObject({ path: pathSchema });
export interface JourneyCopy { readonly path: string; readonly name: string; readonly document: JourneyDocument }

const comparedMap = z.strictObject({ label: z.string().max(300), document: journeyDocumentSchema });
/** A comparison written as Markdown or PDF (the same as `waymark diff --markdown` / `--pdf`). */
export const exportComparisonInput = z.strictObject({
  path: pathSchema,
  format: z.enum(['md', 'pdf']),
  before: comparedMap,
  after: comparedMap,
});

/** The conflicts `waymark merge` (or git's merge driver) left beside the map at `path`. */
export const mergeConflictsInput = z.strictObject({ path: pathSchema });
export type MergeConflictsRead =
  | { readonly state: 'none' }
  | { readonly state: 'found'; readonly file: ConflictFile }
  /** There is something, but not a list Waymark can use (a link and a FIFO are not even opened): said to the user, and left as it is. */
  | { readonly state: 'unreadable'; readonly problem: 'too-large' | 'not-json' | 'foreign' | 'invalid' | 'link' | 'not-a-file'; readonly detail: string };
