import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { DiskState, FileFingerprint } from '../../shared/ipc/fingerprint';

export const sha256 = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** sha256, hex, hashed on libuv's thread pool (WebCrypto) so that the caller can parse or write meanwhile. */
export const sha256InBackground = async (bytes: Uint8Array): Promise<string> =>
  Buffer.from(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)).toString('hex');

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Compares the file with the fingerprint a window holds. Same mtime and size count as
 * unchanged without reading the file, so a window can ask every few seconds; otherwise the
 * hash decides (a touched but identical file is unchanged, with its new fingerprint).
 */
export async function diskStateOf(path: string, baseline: FileFingerprint): Promise<DiskState> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (isMissing(error)) return { state: 'missing' };
    throw error;
  }
  try {
    const { mtimeMs, size } = await handle.stat();
    if (mtimeMs === baseline.mtimeMs && size === baseline.size) return { state: 'unchanged', fingerprint: baseline };
    if (size !== baseline.size) return { state: 'changed' };
    const hash = sha256(await handle.readFile());
    return hash === baseline.sha256 ? { state: 'unchanged', fingerprint: { mtimeMs, size, sha256: hash } } : { state: 'changed' };
  } finally {
    await handle.close();
  }
}
