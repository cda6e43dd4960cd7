import { z } from 'zod';

/**
 * What a journey file looked like when Waymark last read or wrote it. The hash decides
 * whether the file changed (sync clients may keep the mtime); identity (device and inode),
 * mtime and size let a watcher skip hashing while nothing moved. A file put in its place (a
 * sync client's rename) is another identity, so it is hashed however alike its times and size.
 * Journals of older Waymarks hold fingerprints without an identity.
 */
export const fileFingerprintSchema = z.strictObject({
  identity: z.string().regex(/^\d{1,24}:\d{1,24}$/).optional(),
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
