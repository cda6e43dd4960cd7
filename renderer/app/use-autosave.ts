import { useEffect } from 'react';
import type { JourneyStore } from '../state/journey-store';

export const AUTOSAVE_DELAY_MS = 1000;

/**
 * Saves about a second after the last change, for files that already have a path. The
 * timer restarts on every change, so typing never triggers a save mid-word.
 */
export function useAutosave(store: JourneyStore, enabled: boolean, hasPath: boolean, save: () => Promise<boolean>): void {
  useEffect(() => {
    if (!enabled || !hasPath) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      if (store.dirty) timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, enabled, hasPath, save]);
}
