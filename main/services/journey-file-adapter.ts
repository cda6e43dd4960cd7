import { open, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { JourneyFileError } from '../../shared/document/errors';
import { LIMITS } from '../../shared/document/limits';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { writeFileAtomic } from './atomic-write';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as strict UTF-8 after checking its size, so a huge file is refused unread. */
export async function readTextChecked(path: string, maxBytes: number = LIMITS.fileBytes): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new JourneyFileError('not-found', 'the file does not exist');
    throw new JourneyFileError('unreadable', `the file cannot be read (${code ?? 'unknown error'})`);
  }
  if (size > maxBytes) {
    throw new JourneyFileError('too-large', `the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB`);
  }
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new JourneyFileError('encoding', 'the file is not UTF-8 text');
  }
}

/**
 * lowdb adapter for `*.journey` files: read = size check, strict UTF-8, parse, migrate,
 * validate; write = the crash-safe replace with a backup. lowdb's own TextFile writer
 * (steno) has a fixed temp name and no fsync, so it is not used.
 */
export class JourneyFileAdapter implements Adapter<JourneyDocument | null> {
  constructor(private readonly path: string) {}

  async read(): Promise<JourneyDocument> {
    return parseJourneyText(await readTextChecked(this.path));
  }

  async write(document: JourneyDocument | null): Promise<void> {
    if (document === null) throw new Error('refusing to write an empty journey');
    await writeFileAtomic(this.path, serializeJourney(document), { backup: true });
  }
}
