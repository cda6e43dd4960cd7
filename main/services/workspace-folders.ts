/** Which folder each window has open as its workspace. */
export interface WorkspaceFolders {
  folderOf(windowId: number): string | null;
  /** Asks the user for a folder (a dialog) and makes it the window's workspace; null when they cancel. */
  choose(windowId: number): Promise<string | null>;
}

/** The preview's: the folder it serves is every page's workspace. */
export const fixedWorkspace = (folder: string): WorkspaceFolders => ({
  folderOf: () => folder,
  choose: async () => folder,
});

/**
 * Electron's: a workspace per window, chosen with the folder dialog. A new window starts in
 * the workspace chosen last, as File > New Window carries on in the same portfolio.
 */
export class WindowWorkspaces implements WorkspaceFolders {
  private readonly folders = new Map<number, string>();
  private last: string | null = null;
  constructor(private readonly dialog: (windowId: number) => Promise<string | null>) {}

  folderOf(windowId: number): string | null {
    return this.folders.get(windowId) ?? this.last;
  }

  async choose(windowId: number): Promise<string | null> {
    const folder = await this.dialog(windowId);
    if (folder === null) return null;
    this.folders.set(windowId, folder);
    this.last = folder;
    return folder;
  }

  forget(windowId: number): void {
    this.folders.delete(windowId);
  }
}
