import { useCallback, useSyncExternalStore } from 'react';
import type { JourneyStore } from '../../state/journey-store';
import type { CoeditStatus } from './coedit-binding';
import { coeditOf, onCoeditBindings } from './coedit-bindings';

/** The co-editing status of an open map, or null when it is not shared. */
export function useCoeditStatus(store: JourneyStore): CoeditStatus | null {
  const subscribe = useCallback((listener: () => void) => {
    let unsubscribe = coeditOf(store)?.subscribe(listener);
    const offBindings = onCoeditBindings(() => {
      unsubscribe?.();
      unsubscribe = coeditOf(store)?.subscribe(listener);
      listener();
    });
    return () => {
      offBindings();
      unsubscribe?.();
    };
  }, [store]);
  return useSyncExternalStore(subscribe, () => coeditOf(store)?.status ?? null);
}
