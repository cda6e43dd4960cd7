import { z } from 'zod';
import { journeyDocumentSchema, type JourneyDocument } from '../document/schema';
import type { MergeRefusal } from '../merge/merge-inputs';
import type { MergeSides } from '../merge/sides';
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

/**
 * Which version the two copies started from: the newest version both keep (by its bytes), a
 * version of this map, another journey file (an old copy kept by e-mail), or none: the copies
 * are then merged record by record.
 */
export const mergeBaseChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('shared-version') }),
  z.strictObject({ kind: z.literal('version'), id: journeyVersionSchema.shape.id }),
  z.strictObject({ kind: z.literal('file'), path: pathSchema }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type MergeBaseChoice = z.infer<typeof mergeBaseChoiceSchema>;

/** Another copy of the open map, merged in from the base chosen (by default the newest version both copies keep). */
export const mergeCopyInput = z.strictObject({
  path: pathSchema,
  document: journeyDocumentSchema,
  otherPath: pathSchema,
  base: mergeBaseChoiceSchema.optional(),
  /** Merge even when the two maps have no record in common. */
  force: z.boolean().optional(),
});

/** The base a merge started from, as the panel names it. */
export type MergeBaseUsed =
  | { readonly kind: 'version'; readonly id: string; readonly name: string; readonly createdAt: string }
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'none' };

export type MergedCopyResult =
  | {
    readonly outcome: 'merged';
    readonly document: JourneyDocument;
    readonly conflicts: readonly MergeConflict[];
    readonly base: MergeBaseUsed;
    readonly sides: MergeSides;
    /** The other copy as read, to name records the merged map no longer has. */
    readonly theirs: JourneyDocument;
  }
  /** The copies keep no version in common: the panel asks for a base, or none. */
  | { readonly outcome: 'no-common-version'; readonly copyName: string }
  | { readonly outcome: 'refused'; readonly refusal: MergeRefusal; readonly copyName: string };
