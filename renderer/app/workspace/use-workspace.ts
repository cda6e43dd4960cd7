import { useCallback, useState } from 'react';
import type { WorkspaceListing } from '../../../shared/ipc/workspace';
import type { Bridge } from '../../bridge/api';

export interface WorkspaceState {
  /** The window's workspace as last listed; null when no folder is open. */
  listing: WorkspaceListing | null;
  refresh: () => Promise<void>;
  /** File > Open folder…: asks for a folder (the preview's is fixed) and lists it; false when none was chosen. */
  openFolder: () => Promise<boolean>;
}

/**
 * The workspace this window has open, listed from main (which derives it from the files each
 * time) when something shows it: the start screen, or the picker of a map to link to. Not when
 * a map opens, so opening a map never waits on reading the folder's other maps.
 */
export function useWorkspace(bridge: Bridge): WorkspaceState {
  const [listing, setListing] = useState<WorkspaceListing | null>(null);
  const refresh = useCallback(async () => {
    const result = await bridge.api.listWorkspace({});
    if (result.ok) setListing(result.value);
  }, [bridge]);
  const openFolder = useCallback(async () => {
    const result = await bridge.api.openWorkspaceFolder({});
    if (!result.ok || !result.value) return false;
    setListing(result.value);
    return true;
  }, [bridge]);
  return { listing, refresh, openFolder };
}
