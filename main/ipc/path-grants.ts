import { resolve } from 'node:path';
import { JOURNEY_EXTENSION } from '../services/journey-repository';
import { isInsideFolder, resolvesInsideFolder } from '../preview/folder-guard';

/** What a window may do with a granted file: read it (an import's source), or also write it. */
export type Access = 'read' | 'write';

/**
 * A path main handed a window because the user chose it (a dialog, Open Recent, the workspace
 * folder, a file opened from the system) or because it follows from one by a fixed rule (a
 * link of a granted map that resolved inside its workspace, a granted map's workspace folder).
 * - `file`: that file, by its exact path.
 * - `folder`: the folder itself where a payload names a folder, and the files that really lie
 *   inside it (links followed): journeys only (a workspace), or every file (the preview's --dir).
 */
export type Grant =
  | { readonly kind: 'file'; readonly path: string; readonly access: Access }
  | { readonly kind: 'folder'; readonly path: string; readonly files: 'journeys' | 'all' };

export const fileGrant = (path: string, access: Access = 'write'): Grant => ({ kind: 'file', path, access });
export const folderGrant = (path: string, files: 'journeys' | 'all' = 'journeys'): Grant => ({ kind: 'folder', path, files });

/** A path as main writes it: absolute, with no `.`, `..` or doubled separators (`a/link/..` is not `a`). */
const isPlain = (path: string): boolean => resolve(path) === path;

interface WindowGrants {
  readonly files: Map<string, Access>;
  readonly folders: Map<string, 'journeys' | 'all'>;
}

/**
 * Which paths each window may name to main. The renderer keeps naming files by their paths, but
 * main reads or writes one only when it is granted to that window (main/ipc/dispatch.ts checks
 * every path field of every payload), so a page that was subverted cannot reach a file the user
 * never chose. Files main derives from a granted one (a map's `.versions/` folder, its
 * `.conflicts.json`, its lock and backup) are never named by the renderer, so need no grant.
 */
export class PathGrants {
  private readonly windows = new Map<number, WindowGrants>();

  grant(windowId: number, grant: Grant): void {
    if (!isPlain(grant.path)) return; // main hands out plain paths; anything else is never matched
    let entry = this.windows.get(windowId);
    if (!entry) {
      entry = { files: new Map(), folders: new Map() };
      this.windows.set(windowId, entry);
    }
    if (grant.kind === 'folder') {
      if (entry.folders.get(grant.path) !== 'all') entry.folders.set(grant.path, grant.files);
    } else if (entry.files.get(grant.path) !== 'write') {
      entry.files.set(grant.path, grant.access);
    }
  }

  /** The window closed: nothing it was granted carries over to a later window. */
  forgetWindow(windowId: number): void {
    this.windows.delete(windowId);
  }

  /** Whether the window may name `path` in a file field (with `access`) or a folder field. */
  async allows(windowId: number, path: string, use: { kind: 'file'; access: Access } | { kind: 'folder' }): Promise<boolean> {
    const entry = this.windows.get(windowId);
    if (!entry || !isPlain(path)) return false;
    if (use.kind === 'file') {
      const access = entry.files.get(path);
      if (access === 'write' || access === use.access) return true;
    }
    for (const [folder, files] of entry.folders) {
      if (use.kind === 'folder' && path === folder) return true;
      if (!isInsideFolder(folder, path)) continue;
      if (use.kind === 'file' && files === 'journeys' && !path.toLowerCase().endsWith(JOURNEY_EXTENSION)) continue;
      if (use.kind === 'folder' && files !== 'all') continue;
      if (await resolvesInsideFolder(folder, path)) return true;
    }
    return false;
  }
}
