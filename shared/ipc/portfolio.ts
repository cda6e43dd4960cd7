import { z } from 'zod';
import type { ActionPlanRow } from '../document/action-plan';
import type { JourneyFileProblem } from '../document/errors';
import { OPPORTUNITY_STATUSES, PRIORITIES } from '../document/schema';
import { LIMITS } from '../document/limits';
import { text } from '../document/schema/primitives';
import { sharedPersonaSchema, type PersonaLibrary } from '../workspace/persona-library';
import { folderPathSchema, pathSchema } from './paths';

/** Calls for the workspace around a map: its shared personas, its roll-up, survey metrics. */
export const workspaceOfInput = z.strictObject({ mapPath: pathSchema.optional() });
export const personaLibraryInput = z.strictObject({ mapPath: pathSchema });
export const putSharedPersonaInput = z.strictObject({
  mapPath: pathSchema,
  entry: sharedPersonaSchema,
  /** Also rewrite the workspace's other maps that copy this persona (an edit, or its undo). */
  propagate: z.boolean(),
});
export const rollupInput = z.strictObject({ folderPath: folderPathSchema });
export const editRollupCardInput = z.strictObject({
  mapPath: pathSchema,
  cardId: z.string().max(64),
  patch: z.strictObject({
    owner: text(LIMITS.nameLength).optional(),
    priority: z.enum(PRIORITIES).nullable().optional(),
    status: z.enum(OPPORTUNITY_STATUSES).nullable().optional(),
  }),
});
export const metricsTableInput = z.strictObject({ path: pathSchema });

export interface WorkspaceFolder { readonly folder: string | null }
export interface LibraryRead { readonly folder: string; readonly library: PersonaLibrary }
export interface SharedPersonaWrite {
  readonly folder: string;
  /** Other maps rewritten with the persona. */
  readonly updated: readonly string[];
  /** Maps left untouched (broken, newer, open elsewhere), each with why. */
  readonly skipped: readonly { readonly path: string; readonly relativePath: string; readonly reason: string; readonly problem?: JourneyFileProblem }[];
}

/** One map of the workspace as the roll-up shows it. */
export interface RollupMap {
  readonly path: string;
  readonly relativePath: string;
  readonly title: string;
  readonly stages: readonly { readonly id: string; readonly name: string }[];
  /** Names of the personas the map is drawn for. */
  readonly personas: readonly string[];
  readonly rows: readonly ActionPlanRow[];
  /** Each pain point's stage and severity (1-5, or none given). */
  readonly pains: readonly { readonly stageId: string; readonly severity: number | null }[];
}
export interface Rollup {
  readonly folder: string;
  readonly maps: readonly RollupMap[];
  readonly problems: readonly { readonly relativePath: string; readonly message: string }[];
}

/** A survey table as read (in the import worker, within the import limits): the first sheet's cells as text. */
export type MetricsTable =
  | { readonly kind: 'table'; readonly grid: readonly (readonly string[])[]; readonly sheet: string | null }
  | { readonly kind: 'error'; readonly where: string; readonly message: string };
