import type { JourneyStore } from '../../state/journey-store';
import type { CoeditBinding } from './coedit-binding';

/*
 * Which open maps are shared, apart from the binding itself: the editor asks this of every map,
 * and only a map that is shared loads Yjs and the binding (their own chunk).
 */

/** The co-editing binding of each open map's store, if it is shared. */
const bindings = new WeakMap<JourneyStore, CoeditBinding>();
const bindingListeners = new Set<() => void>();
export const coeditOf = (store: JourneyStore): CoeditBinding | undefined => bindings.get(store);
/** Told when a map starts or stops being shared. */
export function onCoeditBindings(listener: () => void): () => void {
  bindingListeners.add(listener);
  return () => bindingListeners.delete(listener);
}
export function bindCoedit(binding: CoeditBinding): void {
  bindings.get(binding.store)?.stop();
  bindings.set(binding.store, binding);
  for (const listener of bindingListeners) listener();
}
export function unbindCoedit(store: JourneyStore): void {
  const binding = bindings.get(store);
  if (!binding) return;
  binding.stop();
  bindings.delete(store);
  for (const listener of bindingListeners) listener();
}
