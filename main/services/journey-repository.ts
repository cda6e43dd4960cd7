import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low } from 'lowdb';
import { JourneyFileError } from '../../shared/document/errors';
import { CURRENT_FORMAT_VERSION, type JourneyDocument } from '../../shared/document/schema';
import { JourneyFileAdapter } from './journey-file-adapter';

export const JOURNEY_EXTENSION = '.journey';

export interface LoadedJourney { path: string; name: string; document: JourneyDocument }
export interface SavedJourneyFile { path: string; name: string; savedAt: Date }

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

/** Journey files on disk, through lowdb with Waymark's own adapter. */
export class JourneyRepository {
  async open(path: string): Promise<LoadedJourney> {
    const db = new Low<JourneyDocument | null>(new JourneyFileAdapter(path), null);
    await db.read();
    if (db.data === null) throw new JourneyFileError('not-found', 'the file does not exist');
    return { path, name: journeyName(path), document: db.data };
  }

  /** Saves crash-safely; refuses to replace a file that a newer Waymark wrote. */
  async save(path: string, document: JourneyDocument): Promise<SavedJourneyFile> {
    const onDisk = await formatVersionOnDisk(path);
    if (onDisk !== null && onDisk > CURRENT_FORMAT_VERSION) {
      throw new JourneyFileError('newer-version', `the file on disk was written by a newer Waymark (format ${onDisk}); it was not replaced`, 'formatVersion');
    }
    const db = new Low(new JourneyFileAdapter(path), document);
    await db.write();
    return { path, name: journeyName(path), savedAt: new Date() };
  }
}
