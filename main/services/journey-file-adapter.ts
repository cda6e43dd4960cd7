import { isAscii, isUtf8, transcode } from 'node:buffer';
import type { Adapter } from 'lowdb';
import { JourneyFileError } from '../../shared/document/errors';
import { LIMITS } from '../../shared/document/limits';
import { readJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { canonicalBytesAtMost, serializeValidWithinLimit } from '../../shared/document/size-limit';
import type { FileFingerprint } from '../../shared/ipc/fingerprint';
import { asciiJsonText } from './ascii-json';
import { writeFileAtomic } from './atomic-write';
import { canonicalBytes, type LentBytes } from './canonical-bytes';
import { fileSystemError } from './file-errors';
import { identityOf, sha256 } from './fingerprint';
import { openRegularFile, readAtMost } from './regular-file';

/** A file that cannot be opened or read, as the user's problem: missing, not a file, no permission, or unreadable. */
function readError(error: unknown, path: string): unknown {
  if (error instanceof JourneyFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new JourneyFileError('not-found', 'the file does not exist');
  const named = fileSystemError(error, path, 'open');
  return named instanceof JourneyFileError ? named : new JourneyFileError('unreadable', `the file cannot be read (${code ?? 'unknown error'})`);
}

/**
 * Reads a regular file of at most `maxBytes`: a folder, pipe, device or socket is refused
 * unread (a FIFO without hanging), a file whose size says it is too large is refused unread,
 * and the limit holds while reading, so a file that grows or reports no size (/proc) is never
 * read past it. Size and mtime are the opened handle's own.
 */
export async function readBytesChecked(path: string, maxBytes: number = LIMITS.fileBytes): Promise<{ bytes: Buffer; mtimeMs: number; identity: string }> {
  let opened;
  try {
    opened = await openRegularFile(path);
  } catch (error) {
    throw readError(error, path);
  }
  const { handle, stats } = opened;
  try {
    if (stats.size > maxBytes) {
      throw new JourneyFileError('too-large', `the file is ${(stats.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB`);
    }
    const bytes = await readAtMost(handle, stats.size, maxBytes);
    if (bytes === null) throw new JourneyFileError('too-large', `the file is larger than ${maxBytes / 1024 / 1024} MB`);
    return { bytes, mtimeMs: stats.mtimeMs, identity: identityOf(stats) };
  } catch (error) {
    throw readError(error, path);
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

/**
 * readJourneyText of a file's bytes. Text with non-ASCII letters is first read in its
 * ASCII-escaped form (asciiJsonText: the same values, without a two-byte copy of the whole
 * file); a file that this does not open is read again from its decoded text, so every
 * refusal and its position are those of the text as written.
 */
export function readJourneyBytes(bytes: Uint8Array): ReturnType<typeof readJourneyText> {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const escaped = !isAscii(bytes) && isUtf8(bytes) ? asciiJsonText(bytes.subarray(bom)) : null;
  if (escaped !== null) {
    try {
      return readJourneyText(escaped);
    } catch {
      // Read again below, for the error as the text has it.
    }
  }
  return readJourneyText(decodeUtf8(bytes));
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

  /**
   * `checks`, when given, must resolve before write() writes a byte: the caller's refusals (a
   * newer file, a changed file) that read the disk while write() validates and serializes.
   * They take precedence over write()'s own errors, as if they had run first. `validated`:
   * the document is what the journey schema has just returned (an IPC payload dispatch
   * parsed), so write() serializes it without validating it again.
   */
  constructor(
    private readonly path: string,
    private readonly checks?: Promise<void>,
    private readonly options: { validated?: boolean } = {},
  ) {}

  async read(): Promise<JourneyDocument> {
    const { bytes, mtimeMs, identity } = await readBytesChecked(this.path);
    const { document, values } = readJourneyBytes(bytes);
    // Serialized only when the bound cannot show that the canonical text fits.
    if (values === null || canonicalBytesAtMost(bytes.length, values) > LIMITS.fileBytes) serializeValidWithinLimit(document);
    // Hashed here, on this thread: WebCrypto's digest would first copy the bytes, which costs
    // this thread more than hashing them.
    this.fingerprint = { identity, mtimeMs, size: bytes.length, sha256: sha256(bytes) };
    return document;
  }

  async write(document: JourneyDocument | null): Promise<void> {
    if (document === null) throw new Error('refusing to write an empty journey');
    let lent: LentBytes | undefined;
    let refusal: unknown;
    try {
      lent = canonicalBytes(this.options.validated ? document : validateJourney(document));
    } catch (error) {
      refusal = error;
    }
    try {
      await this.checks;
      if (lent === undefined) throw refusal;
      const { bytes } = lent;
      // Hashed here while the thread pool writes the bytes: no copy for a background hash.
      let hash = '';
      const written = await writeFileAtomic(this.path, bytes, { backup: true, whileWriting: () => (hash = sha256(bytes)) });
      this.fingerprint = { ...written, sha256: hash };
    } finally {
      // The write has settled: nothing reads the lent buffer any more.
      lent?.release();
    }
  }
}
