import { resolve } from 'node:path';
import { JourneyFileError } from '../../shared/document/errors';
import type { FileLocks } from './file-lock';
import { removeStaleTemps } from './stale-temps';

/**
 * Which journey file each window is the writer of. A window holds its file's lock from the
 * first open or save until it closes the file, closes, or saves under another name.
 */
export class OpenFiles {
  private readonly byWindow = new Map<number, string>();

  constructor(private readonly locks: FileLocks) {}

  pathOf(windowId: number): string | undefined {
    return this.byWindow.get(windowId);
  }

  /**
   * Runs `work` (an open or a save of `path`) holding the file's lock. On success the window
   * becomes the file's writer and lets go of its previous file; on failure a lock taken just
   * for this is given back. Taking a lock fresh also clears temp files a killed save left.
   */
  async withFile<T>(windowId: number, path: string, work: () => Promise<T>): Promise<T> {
    const target = resolve(path);
    for (const [other, otherPath] of this.byWindow) {
      if (other !== windowId && otherPath === target) {
        throw new JourneyFileError('locked', 'the file is open in another Waymark window; switch to that window to edit it');
      }
    }
    const previous = this.byWindow.get(windowId);
    const fresh = await this.locks.acquire(target);
    let result: T;
    try {
      if (fresh) await removeStaleTemps(target);
      result = await work();
    } catch (error) {
      if (fresh) await this.locks.release(target);
      throw error;
    }
    this.byWindow.set(windowId, target);
    if (previous !== undefined && previous !== target) await this.locks.release(previous);
    return result;
  }

  /** The window stops being the writer of `path` (it closed the file). */
  async close(windowId: number, path: string): Promise<void> {
    if (this.byWindow.get(windowId) !== resolve(path)) return;
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
