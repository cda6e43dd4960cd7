import { useEffect } from 'react';
import type { JourneyStore } from '../state/journey-store';
import { focusIsLost } from '../ui/focusable';

/**
 * The keyboard never falls to the page body while a map is open: when a map opens (or another
 * takes its place), and whenever the focused control goes away or gives the keyboard up (Enter
 * in the title, a save, a button that removes itself), it lands on the map. Open dialogs keep
 * theirs.
 */
export function useMapFocus(store: JourneyStore, focusMap: () => void): void {
  useEffect(() => {
    if (focusIsLost()) focusMap();
  }, [store, focusMap]);

  useEffect(() => {
    let frame = 0;
    const rescue = () => {
      if (focusIsLost() && !document.querySelector('[aria-modal="true"]')) focusMap();
    };
    // After the event or the render that took the focused element away has finished.
    const soon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(rescue);
    };
    const removals = new MutationObserver(soon);
    removals.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusout', soon);
    return () => {
      removals.disconnect();
      document.removeEventListener('focusout', soon);
      cancelAnimationFrame(frame);
    };
  }, [focusMap]);
}
