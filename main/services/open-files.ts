import { resolve } from 'node:path';
import { JourneyFileError } from '../../shared/document/errors';
import type { ReadOnlyReason } from '../../shared/ipc/read-only';
import type { FileLocks } from './file-lock';
import { resolveSaveTarget } from './atomic-write';
import { fileSystemError } from './file-errors';
import { removeStaleTemps } from './stale-temps';
import { ReadOnlyFileError, readOnlyReasonOf, whyNotWritable } from './writability';

export interface OpenFilesOptions {
  /** Why a path cannot be written at all, or null; access(2) by default (a seam for tests). */
  whyNotWritable?: (path: string) => Promise<ReadOnlyReason | null>;
}

/** What an open gives: the work's result, and whether the window is the file's writer. */
export interface OpenedFile<T> {
  readonly value: T;
  /** Null when the window is now the file's writer; else why the file is shown read-only. */
  readonly readOnly: ReadOnlyReason | null;
}

/**
 * The file a lock guards: a symbolic link's target (saves write through links), so the file
 * opened through a link and by its own path has one lock and one writer.
 */
const lockedPathOf = async (path: string): Promise<string> => (await resolveSaveTarget(path)).path;

/**
 * Which journey file each window is the writer of. A window holds its file's lock from the
 * first open or save until it closes the file, closes, or saves under another name. A file
 * that cannot be written at all (read-only medium, no permission) opens read-only instead:
 * no lock, no writer, and saves to it are refused before anything is written.
 */
export class OpenFiles {
  private readonly byWindow = new Map<number, string>();
  private readonly whyNotWritable: (path: string) => Promise<ReadOnlyReason | null>;

  constructor(private readonly locks: FileLocks, options: OpenFilesOptions = {}) {
    this.whyNotWritable = options.whyNotWritable ?? whyNotWritable;
  }

  pathOf(windowId: number): string | undefined {
    return this.byWindow.get(windowId);
  }

  /** Whether the window is the writer of `path` already (a save of the map it has open, not a Save As elsewhere). */
  async writes(windowId: number, path: string): Promise<boolean> {
    const current = this.byWindow.get(windowId);
    return current !== undefined && current === (await lockedPathOf(path).catch(() => resolve(path)));
  }

  /**
   * Opens `path` (`work` reads it): as its writer, holding its lock, when the file can be
   * written; read-only when it cannot be written at all, which access(2) says before any lock
   * is tried, or the lock itself says by failing with EROFS, EACCES or EPERM. A read-only open
   * takes no lock and leaves no file behind; the window lets go of its previous file. Every
   * other refusal (another Waymark holds the lock) stays an error.
   */
  async open<T>(windowId: number, path: string, work: () => Promise<T>): Promise<OpenedFile<T>> {
    const target = await lockedPathOf(path);
    let readOnly = await this.whyNotWritable(target);
    if (readOnly === null) {
      try {
        return { value: await this.asWriter(windowId, target, work), readOnly: null };
      } catch (error) {
        if (!(error instanceof ReadOnlyFileError)) throw error;
        readOnly = error.reason;
      }
    }
    const value = await work();
    // The window writes nothing now. A lock it held on a medium that has since turned read-only
    // cannot be removed; it names this process, so it is taken over once this process is gone.
    await this.closeWindow(windowId).catch(() => undefined);
    return { value, readOnly };
  }

  /**
   * Runs `work` (an open or a save of `path`) holding the file's lock. On success the window
   * becomes the file's writer and lets go of its previous file; on failure a lock taken just
   * for this is given back. Taking a lock fresh also clears temp files a killed save left.
   * A file that cannot be written at all is refused as `read-only` before `work` runs.
   */
  async withFile<T>(windowId: number, path: string, work: () => Promise<T>): Promise<T> {
    const target = await lockedPathOf(path);
    const readOnly = await this.whyNotWritable(target);
    if (readOnly !== null) throw new ReadOnlyFileError(readOnly);
    return this.asWriter(windowId, target, work);
  }

  private async asWriter<T>(windowId: number, target: string, work: () => Promise<T>): Promise<T> {
    for (const [other, otherPath] of this.byWindow) {
      if (other !== windowId && otherPath === target) {
        throw new JourneyFileError('locked', 'the file is open in another Waymark window; switch to that window to edit it');
      }
    }
    const previous = this.byWindow.get(windowId);
    const fresh = await this.acquire(target);
    let result: T;
    try {
      if (fresh) await removeStaleTemps(target);
      result = await work();
    } catch (error) {
      if (fresh) await this.locks.release(target);
      throw error;
    }
    this.byWindow.set(windowId, target);
    // The work is done; a lock on a medium that has since turned read-only cannot be removed
    // (it names this process, so it is taken over once this process is gone).
    if (previous !== undefined && previous !== target) await this.locks.release(previous).catch(() => undefined);
    return result;
  }

  /** The file's lock, with a lock that cannot be created because nothing can be written there refused as `read-only`. */
  private async acquire(target: string): Promise<boolean> {
    try {
      return await this.locks.acquire(target);
    } catch (error) {
      const reason = readOnlyReasonOf(error);
      if (reason !== null) throw new ReadOnlyFileError(reason);
      // A full disk (no room even for the lock) says so, naming the journey.
      throw fileSystemError(error, target, 'lock');
    }
  }

  /** The window stops being the writer of `path` (it closed the file). */
  async close(windowId: number, path: string): Promise<void> {
    if (this.byWindow.get(windowId) !== (await lockedPathOf(path).catch(() => resolve(path)))) return;
    await this.closeWindow(windowId);
  }

  async closeWindow(windowId: number): Promise<void> {
    const path = this.byWindow.get(windowId);
    this.byWindow.delete(windowId);
    if (path !== undefined) await this.locks.release(path);
  }

  async closeAll(): Promise<void> {
    for (const windowId of [...this.byWindow.keys()]) await this.closeWindow(windowId);
  }
}
