import { isAscii, isUtf8, transcode } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { JourneyFileError } from '../../shared/document/errors';
import { LIMITS } from '../../shared/document/limits';
import { readJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { canonicalBytesAtMost, serializeValidWithinLimit, serializeWithinLimit } from '../../shared/document/size-limit';
import type { FileFingerprint } from '../../shared/ipc/fingerprint';
import { writeFileAtomic } from './atomic-write';
import { sha256InBackground } from './fingerprint';

/** Reads a file after checking its size, so a huge file is refused unread. */
export async function readBytesChecked(path: string, maxBytes: number = LIMITS.fileBytes): Promise<{ bytes: Buffer; mtimeMs: number }> {
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
  try {
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) throw new JourneyFileError('too-large', `the file is larger than ${maxBytes / 1024 / 1024} MB`);
    return { bytes, mtimeMs: (await handle.stat()).mtimeMs };
  } finally {
    await handle.close();
  }
}

/**
 * Strict UTF-8: what a fatal TextDecoder accepts, with a leading BOM dropped as it drops it.
 * simdutf's isAscii / isUtf8 validate; ASCII is copied as Latin-1, other text goes through
 * UTF-16 (ICU's transcode, then a copy into a string), several times faster than V8's UTF-8
 * decoder once a file holds any non-ASCII letter.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  if (!isUtf8(bytes)) throw new JourneyFileError('encoding', 'the file is not UTF-8 text');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.length - bom);
  return transcode(body, 'utf8', 'utf16le').toString('utf16le');
}

/** Reads a file as strict UTF-8 after checking its size. */
export async function readTextChecked(path: string, maxBytes: number = LIMITS.fileBytes): Promise<string> {
  return decodeUtf8((await readBytesChecked(path, maxBytes)).bytes);
}

/**
 * lowdb adapter for `*.journey` files: read = size check, strict UTF-8, parse, migrate,
 * validate, and a check that the journey can be saved again; write = the crash-safe replace
 * with a backup. lowdb's own TextFile writer (steno) has a fixed temp name and no fsync, so
 * it is not used. `fingerprint` describes the bytes last read or written.
 */
export class JourneyFileAdapter implements Adapter<JourneyDocument | null> {
  fingerprint: FileFingerprint | null = null;

  constructor(private readonly path: string) {}

  async read(): Promise<JourneyDocument> {
    const { bytes, mtimeMs } = await readBytesChecked(this.path);
    const hash = sha256InBackground(bytes);
    hash.catch(() => undefined); // awaited below unless parsing throws first
    const { document, values } = readJourneyText(decodeUtf8(bytes));
    // Serialized only when the bound cannot show that the canonical text fits.
    if (values === null || canonicalBytesAtMost(bytes.length, values) > LIMITS.fileBytes) serializeValidWithinLimit(document);
    this.fingerprint = { mtimeMs, size: bytes.length, sha256: await hash };
    return document;
  }

  async write(document: JourneyDocument | null): Promise<void> {
    if (document === null) throw new Error('refusing to write an empty journey');
    const bytes = Buffer.from(serializeWithinLimit(document), 'utf8');
    const hash = sha256InBackground(bytes);
    hash.catch(() => undefined); // awaited below unless the write throws first
    const written = await writeFileAtomic(this.path, bytes, { backup: true });
    this.fingerprint = { ...written, sha256: await hash };
  }
}
