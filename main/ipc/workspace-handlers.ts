import { toDateString } from '../../shared/document/review-dates';
import { linkBoundaryFor, resolveMapLink } from '../services/map-link-resolver';
import type { JourneyRepository } from '../services/journey-repository';
import type { WorkspaceFolders } from '../services/workspace-folders';
import type { WorkspaceIndex } from '../services/workspace-index';
import type { Handlers } from './handlers';

type WorkspaceMethods = 'openWorkspaceFolder' | 'listWorkspace' | 'resolveMapLinks';

export interface WorkspaceDeps { folders: WorkspaceFolders; index: WorkspaceIndex }

/** A folder of maps as a workspace, and where the links between its maps lead. Without deps (some tests) no workspace is open. */
export function workspaceHandlers(deps: WorkspaceDeps | undefined, repository: JourneyRepository): Pick<Handlers, WorkspaceMethods> {
  const today = () => toDateString(new Date());
  return {
    openWorkspaceFolder: async (_input, { windowId }) => {
      const folder = deps ? await deps.folders.choose(windowId) : null;
      return deps && folder !== null ? deps.index.list(folder, today()) : null;
    },
    listWorkspace: async (_input, { windowId }) => {
      const folder = deps?.folders.folderOf(windowId) ?? null;
      return deps && folder !== null ? deps.index.list(folder, today()) : null;
    },
    resolveMapLinks: async ({ path, links }, { windowId }) => {
      const boundary = linkBoundaryFor(deps?.folders.folderOf(windowId) ?? null, path);
      const resolved = [];
      for (const link of links) resolved.push(await resolveMapLink(boundary, path, link, repository));
      return resolved;
    },
  };
}
