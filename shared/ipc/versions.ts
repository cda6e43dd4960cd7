import { z } from 'zod';
import { journeyDocumentSchema, type JourneyDocument } from '../document/schema';
import type { MergeConflict } from '../merge/three-way';
import { pathSchema } from './paths';

/** A named version of a journey, as listed beside it (main/services/version-store.ts keeps them). */
export const journeyVersionSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f-]{36}$/),
  name: z.string().min(1).max(120),
  note: z.string().max(2_000),
  author: z.string().max(120),
  createdAt: z.iso.datetime(),
  /** Marked by a quarterly review ("Mark reviewed today"). */
  review: z.boolean(),
  file: z.string().regex(/^[\w.-]{1,120}\.journey$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  cards: z.number().int().min(0),
});
export type JourneyVersion = z.infer<typeof journeyVersionSchema>;

export const listVersionsInput = z.strictObject({ path: pathSchema });
export const saveVersionInput = z.strictObject({
  path: pathSchema,
  document: journeyDocumentSchema,
  name: z.string().trim().min(1, 'a version needs a name').max(120),
  note: z.string().max(2_000),
  review: z.boolean().optional(),
});
export const readVersionInput = z.strictObject({ path: pathSchema, id: journeyVersionSchema.shape.id });

export interface VersionRead { readonly version: JourneyVersion; readonly document: JourneyDocument }

/** Another copy of the open map, merged three-way from a version both copies keep. */
export const mergeCopyInput = z.strictObject({
  path: pathSchema,
  document: journeyDocumentSchema,
  otherPath: pathSchema,
  baseVersionId: journeyVersionSchema.shape.id.optional(),
});
export interface MergedCopyResult {
  readonly document: JourneyDocument;
  readonly conflicts: readonly MergeConflict[];
  readonly base: { readonly id: string; readonly name: string; readonly createdAt: string };
}
