import { z } from 'zod';

/**
 * What a journey file looked like when Waymark last read or wrote it. The hash decides
 * whether the file changed (sync clients may keep the mtime); mtime and size let a watcher
 * skip hashing while nothing moved.
 */
export const fileFingerprintSchema = z.strictObject({
  mtimeMs: z.number().finite().nonnegative(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileFingerprint = z.infer<typeof fileFingerprintSchema>;

/** Whether the file on disk is still the one a window loaded or saved. */
export type DiskState =
  | { readonly state: 'unchanged'; readonly fingerprint: FileFingerprint }
  | { readonly state: 'changed' }
  | { readonly state: 'missing' };
