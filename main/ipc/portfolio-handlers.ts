import { libraryPathOf, putLibraryEntry, readLibrary, updateShared, workspaceOf } from '../services/persona-library';
import { editMapCard, readRollup } from '../services/rollup';
import type { FileLocks } from '../services/file-lock';
import type { MetricsTable } from '../../shared/ipc/portfolio';
import type { Handlers } from './handlers';

type PortfolioMethods = 'workspaceOf' | 'readPersonaLibrary' | 'putSharedPersona' | 'readRollup' | 'editRollupCard' | 'readMetricsTable';

export interface PortfolioDeps {
  /** This instance's file locks: a map a window has open is never written from here. */
  locks: FileLocks;
  /** The window's workspace folder: the preview's `--dir`, or the folder the user opened in that window. */
  rootOf?: (windowId: number) => string | undefined;
  /** Which map files a workspace call may read or write (the preview: those really inside its folder). */
  reaches?: (path: string) => Promise<boolean>;
  /** Reads a survey table (in the import worker where there is one). */
  readTable: (path: string) => Promise<MetricsTable>;
}

/** The workspace around a map over IPC: its persona library, its roll-up, survey tables for metrics. */
export function portfolioHandlers(deps: PortfolioDeps): Pick<Handlers, PortfolioMethods> {
  const { locks } = deps;
  const rootOf = (windowId: number) => deps.rootOf?.(windowId);
  // The library file too must really lie in the folder (in the preview, a link to elsewhere is refused).
  const folderOf = async (mapPath: string, windowId: number) => {
    const folder = await workspaceOf(mapPath, rootOf(windowId));
    if (deps.reaches && !(await deps.reaches(libraryPathOf(folder)))) throw new Error(`the persona library in ${folder} leads outside the workspace folder`);
    return folder;
  };
  const reach = deps.reaches ? { reaches: deps.reaches } : {};
  return {
    workspaceOf: async ({ mapPath }, { windowId }) => ({ folder: mapPath === undefined ? (rootOf(windowId) ?? null) : await folderOf(mapPath, windowId) }),
    readPersonaLibrary: async ({ mapPath }, { windowId }) => {
      const folder = await folderOf(mapPath, windowId);
      return { folder, library: await readLibrary(folder) };
    },
    putSharedPersona: async ({ mapPath, entry, propagate }, { windowId }) => {
      const folder = await folderOf(mapPath, windowId);
      if (!propagate) {
        await putLibraryEntry(folder, entry);
        return { folder, updated: [], skipped: [] };
      }
      return { folder, ...(await updateShared(folder, entry, mapPath, locks, reach)) };
    },
    readRollup: async ({ folderPath }) => readRollup(folderPath, reach),
    editRollupCard: async ({ mapPath, cardId, patch }) => {
      await editMapCard(mapPath, cardId, patch, locks);
      return null;
    },
    readMetricsTable: async ({ path }) => deps.readTable(path),
  };
}
