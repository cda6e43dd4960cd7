import { z } from 'zod';
import { journeyDocumentSchema, type JourneyDocument } from '../document/schema';
import { fileFingerprintSchema, type FileFingerprint } from './fingerprint';
import { pathSchema } from './paths';

/** A journal id: one per journey a window has open, made by the renderer. */
export const recoveryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8-64 letters, digits, - or _');

/**
 * Unsaved edits of one journey, journaled to the user-data folder about a second after the
 * last change. `path` is null for a map never saved; `baseline` is the file as the edits'
 * starting point was read or written, so saving the restored map still detects conflicts.
 */
export const recoveryEntrySchema = z.strictObject({
  id: recoveryIdSchema,
  path: pathSchema.nullable(),
  name: z.string().max(300),
  editedAt: z.iso.datetime(),
  baseline: fileFingerprintSchema.nullable(),
  document: journeyDocumentSchema,
});

export interface RecoveryEntry {
  readonly id: string;
  readonly path: string | null;
  readonly name: string;
  readonly editedAt: string;
  readonly baseline: FileFingerprint | null;
  readonly document: JourneyDocument;
}

/** What the start screen lists: enough to choose, without shipping every document. */
export interface RecoverySummary {
  readonly id: string;
  readonly path: string | null;
  readonly name: string;
  readonly title: string;
  readonly editedAt: string;
}
