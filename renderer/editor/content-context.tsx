import { createContext, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Change, TransactionOrigin } from '../../shared/document/changes';
import type { JourneyDocument } from '../../shared/document/schema';
import type { JourneyStore } from '../state/journey-store';

/** Which rating colours the touchpoints on the canvas: session state, never saved. */
export type RatingOverlay = 'off' | 'impact' | 'importance' | 'both';
export const RATING_OVERLAYS: readonly RatingOverlay[] = ['off', 'impact', 'importance', 'both'];

export interface ContentSession {
  store: JourneyStore;
  document: JourneyDocument;
  /** Applies a gesture's changes as one undoable step in the map's history (the user's, unless `origin` says whose). */
  commit: (name: string, changes: readonly Change[], origin?: TransactionOrigin) => void;
  overlay: RatingOverlay;
  setOverlay: (overlay: RatingOverlay) => void;
}

const ContentContext = createContext<ContentSession | null>(null);

/**
 * What the content panels, the canvas's content marks and the audience's window share: the
 * map's store (its one write path), the current document, and the rating overlay.
 * react-konva bridges this context into the canvas.
 */
export function ContentProvider({ store, children }: { store: JourneyStore; children: ReactNode }) {
  const { document } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [overlay, setOverlay] = useState<RatingOverlay>('off');
  const session = useMemo<ContentSession>(
    () => ({ store, document, commit: (name, changes, origin) => store.transact(name, changes, origin), overlay, setOverlay }),
    [store, document, overlay],
  );
  return <ContentContext.Provider value={session}>{children}</ContentContext.Provider>;
}

export function useContent(): ContentSession {
  const session = useContext(ContentContext);
  if (!session) throw new Error('useContent needs a ContentProvider above it');
  return session;
}

/** The content session where one is provided (the canvas draws its content marks only then). */
export const useOptionalContent = (): ContentSession | null => useContext(ContentContext);
