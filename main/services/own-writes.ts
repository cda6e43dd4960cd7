import { resolve } from 'node:path';
import type { FileFingerprint } from '../../shared/ipc/fingerprint';

/**
 * What this Waymark knows of the journey files its windows have open: each file as our own
 * last read or write left it. Everything that reads, writes or checks one file runs one at a
 * time for that file, so a save compares the disk with what the save before it wrote (never
 * with a baseline that was out of date when it was sent), and a check for changes made while
 * a save is in flight waits for it: our own new file is never taken for another program's.
 */
export class OwnWrites {
  private readonly known = new Map<string, FileFingerprint>();
  private readonly queues = new Map<string, Promise<unknown>>();

  /** The file as our last read or write of it left it, if this Waymark has one. */
  lastOf(path: string): FileFingerprint | undefined {
    return this.known.get(resolve(path));
  }

  /**
   * Runs `work` once everything earlier on `path` has settled, with the file as it was then
   * known; what `fingerprintOf` takes from its result (null: nothing new) becomes the file's
   * known state before anyone else's turn. A failure changes nothing that is known.
   */
  async exclusive<T>(path: string, work: (known: FileFingerprint | undefined) => Promise<T>, fingerprintOf: (value: T) => FileFingerprint | null): Promise<T> {
    const key = resolve(path);
    const turn = (this.queues.get(key) ?? Promise.resolve()).then(async () => {
      const value = await work(this.known.get(key));
      const fingerprint = fingerprintOf(value);
      if (fingerprint !== null) this.known.set(key, fingerprint);
      return value;
    });
    const settled = turn.then(() => undefined, () => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return turn;
  }

  /** The window let go of the file: what we knew of it no longer counts. */
  forget(path: string): void {
    this.known.delete(resolve(path));
  }
}
