import { basename } from 'node:path';
import { Low } from 'lowdb';
import { JourneyFileError } from '../../shared/document/errors';
import { CURRENT_FORMAT_VERSION, type JourneyDocument } from '../../shared/document/schema';
import type { FileFingerprint } from '../../shared/ipc/fingerprint';
import { fileSystemError } from './file-errors';
import { sha256 } from './fingerprint';
import { JourneyFileAdapter } from './journey-file-adapter';
import { openRegularFile, readAtMost } from './regular-file';

export const JOURNEY_EXTENSION = '.journey';

export interface LoadedJourney { path: string; name: string; document: JourneyDocument; fingerprint: FileFingerprint }
export interface SavedJourneyFile { path: string; name: string; savedAt: Date; fingerprint: FileFingerprint }

export interface SaveOptions {
  /**
   * The file as this window last read or wrote it. When given, the save is refused with
   * `changed-on-disk` if another program has changed the file since. Omitted for a new file,
   * Save As, and an overwrite the user chose.
   */
  baseline?: FileFingerprint;
  /** The document is what the journey schema just returned (the save handler's payload): it is not validated again. */
  validated?: boolean;
}

/** A file's display name: its base name without `.journey`. */
export const journeyName = (path: string): string => basename(path).replace(/\.journey$/i, '');

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The format version named in the head of a file's bytes; null when there is none. */
function formatVersionIn(head: Buffer): number | null {
  const match = /"formatVersion"\s*:\s*(\d+)/.exec(head.toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** A file's first bytes: enough for the format version near its head. */
const HEAD_BYTES = 4096;

/**
 * The refusals a save checks against the file it would replace, with one open of it: a file a
 * newer Waymark wrote (read from its first 4 KB), and with a baseline, a file whose bytes are
 * no longer the ones the window read or wrote (a size that differs says so unread; the same
 * size is hashed, reading no more than that size). A file that cannot be
 * opened has no version to refuse; without a baseline it is simply written (the write refuses
 * what is not a regular file), with one it is written only when it is missing. The file is
 * opened as opening a journey does, so a FIFO or device put in its place never hangs a save.
 */
async function assertReplaceable(path: string, baseline: FileFingerprint | undefined): Promise<void> {
  let opened;
  try {
    opened = await openRegularFile(path);
  } catch (error) {
    if (baseline === undefined || isMissing(error)) return;
    throw fileSystemError(error, path, 'open');
  }
  const { handle, stats } = opened;
  let current: Buffer | null;
  const sameSize = baseline !== undefined && stats.size === baseline.size;
  try {
    if (sameSize) {
      current = await readAtMost(handle, stats.size, baseline.size);
    } else {
      const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(HEAD_BYTES), position: 0 });
      current = buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
  const onDisk = current === null ? null : formatVersionIn(current.subarray(0, HEAD_BYTES));
  if (onDisk !== null && onDisk > CURRENT_FORMAT_VERSION) {
    throw new JourneyFileError('newer-version', `the file on disk was written by a newer Waymark (format ${onDisk}); it was not replaced`, 'formatVersion');
  }
  if (baseline !== undefined && (!sameSize || current === null || sha256(current) !== baseline.sha256)) {
    throw new JourneyFileError('changed-on-disk', 'another program changed the file since Waymark opened or saved it; it was not replaced');
  }
}

/** Journey files on disk, through lowdb with Waymark's own adapter. */
export class JourneyRepository {
  async open(path: string): Promise<LoadedJourney> {
    const adapter = new JourneyFileAdapter(path);
    const db = new Low<JourneyDocument | null>(adapter, null);
    await db.read();
    if (db.data === null || adapter.fingerprint === null) throw new JourneyFileError('not-found', 'the file does not exist');
    return { path, name: journeyName(path), document: db.data, fingerprint: adapter.fingerprint };
  }

  /** Saves crash-safely; refuses to replace a file that a newer Waymark wrote or that changed since `baseline`. */
  async save(path: string, document: JourneyDocument, options: SaveOptions = {}): Promise<SavedJourneyFile> {
    // The file on disk is read on the thread pool while the adapter validates and serializes;
    // its refusals come first, and before any byte is written.
    const checks = assertReplaceable(path, options.baseline);
    checks.catch(() => undefined); // awaited by the adapter's write
    const adapter = new JourneyFileAdapter(path, checks, { validated: options.validated === true });
    const db = new Low(adapter, document);
    await db.write();
    if (adapter.fingerprint === null) throw new Error('the journey adapter wrote without a fingerprint');
    return { path, name: journeyName(path), savedAt: new Date(), fingerprint: adapter.fingerprint };
  }
}
