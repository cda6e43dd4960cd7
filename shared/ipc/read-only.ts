/**
 * Why a journey opened read-only: its folder or medium cannot be written at all (a read-only
 * mount, a locked SD card, a CD), or the user may read the file but not write it (permissions,
 * an immutable or read-only file). The window is then not the file's writer: it holds no lock,
 * never writes the file, and saves go to Save As.
 */
export const READ_ONLY_REASONS = ['read-only-medium', 'no-permission'] as const;
export type ReadOnlyReason = (typeof READ_ONLY_REASONS)[number];
