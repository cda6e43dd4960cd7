import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low } from 'lowdb';
import { JourneyFileError } from '../../shared/document/errors';
import { CURRENT_FORMAT_VERSION, type JourneyDocument } from '../../shared/document/schema';
import type { FileFingerprint } from '../../shared/ipc/fingerprint';
import { fingerprintOf } from './fingerprint';
import { JourneyFileAdapter } from './journey-file-adapter';

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
}

/** A file's display name: its base name without `.journey`. */
export const journeyName = (path: string): string => basename(path).replace(/\.journey$/i, '');

/** Reads the format version from the head of an existing file; null when absent or unreadable. */
async function formatVersionOnDisk(path: string): Promise<number | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(4096), position: 0 });
    const match = /"formatVersion"\s*:\s*(\d+)/.exec(buffer.subarray(0, bytesRead).toString('utf8'));
    return match ? Number(match[1]) : null;
  } finally {
    await handle.close();
  }
}

/** Refuses the save when the file on disk is no longer the one the window holds. */
async function assertUnchangedSince(path: string, baseline: FileFingerprint): Promise<void> {
  const current = await fingerprintOf(path);
  // A file deleted or moved away meanwhile is simply written again.
  if (current !== null && current.sha256 !== baseline.sha256) {
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
    const onDisk = await formatVersionOnDisk(path);
    if (onDisk !== null && onDisk > CURRENT_FORMAT_VERSION) {
      throw new JourneyFileError('newer-version', `the file on disk was written by a newer Waymark (format ${onDisk}); it was not replaced`, 'formatVersion');
    }
    if (options.baseline) await assertUnchangedSince(path, options.baseline);
    const adapter = new JourneyFileAdapter(path);
    const db = new Low(adapter, document);
    await db.write();
    if (adapter.fingerprint === null) throw new Error('the journey adapter wrote without a fingerprint');
    return { path, name: journeyName(path), savedAt: new Date(), fingerprint: adapter.fingerprint };
  }
}
