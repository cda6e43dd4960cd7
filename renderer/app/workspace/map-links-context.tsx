import { createContext, useContext } from 'react';
import type { LinkHolder } from '../../../shared/workspace/map-links';
import type { LinkStatus } from './use-map-links';

/** What the inspector can do with the links of the open map; null outside a map screen. */
export interface MapLinksActions {
  statusOf(id: string): LinkStatus | undefined;
  /** The map has a file, so its links resolve from its folder (the picker says when it is outside the workspace). */
  readonly canLink: boolean;
  choose(holder: LinkHolder): void;
  unlink(holder: LinkHolder): void;
  open(holder: LinkHolder): void;
}

export const MapLinksContext = createContext<MapLinksActions | null>(null);
export const useMapLinksActions = (): MapLinksActions | null => useContext(MapLinksContext);
