import { createElement, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { PRESENCE_LIMITS, type PeerPresence, type PresenceState } from '../../../shared/coedit/presence';
import { PresenceMarks } from '../../canvas/PresenceMarks';
import type { EditorState } from '../../editor/context';
import { selectedCardIds } from '../../editor/selection';
import { toContent } from '../../editor/viewport';
import type { JourneyStore } from '../../state/journey-store';
import type { CoeditBinding } from './coedit-binding';
import { coeditOf, onCoeditBindings } from './coedit-bindings';

const NOBODY: readonly PeerPresence[] = [];

/** The binding of a map's store as it comes and goes. */
function useBinding(store: JourneyStore): CoeditBinding | null {
  const subscribe = useCallback((listener: () => void) => onCoeditBindings(listener), []);
  return useSyncExternalStore(subscribe, () => coeditOf(store) ?? null);
}

/** The other laptops here now, for the canvas and the bar (none when the map is not shared). */
export function usePeers(store: JourneyStore): readonly PeerPresence[] {
  const binding = useBinding(store);
  const subscribe = useCallback((listener: () => void) => binding?.subscribePresence(listener) ?? (() => undefined), [binding]);
  return useSyncExternalStore(subscribe, () => binding?.peers ?? NOBODY);
}

/**
 * Tells the others what this person does on a shared map: their name, what they selected,
 * where their pointer is over the map (in the map's own coordinates) and which card they type
 * in. Typing holds the card while the editor is open and typed in; after
 * PRESENCE_LIMITS.typingIdleMs without a key it lets go (the editor may stay open).
 */
export function useSharePresence({ store, state, latest, name, canvas }: {
  store: JourneyStore; state: EditorState; latest: React.RefObject<{ state: EditorState }>; name: string; canvas: React.RefObject<HTMLElement | null>;
}): void {
  const binding = useBinding(store);
  /** What this person shows besides the pointer; the pointer moves too often to be React state (the map would render on every move). */
  const shown = useRef<Omit<PresenceState, 'colour' | 'pointer'> | null>(null);
  const pointer = useRef<PresenceState['pointer']>(null);
  /** The card editor that went idle (open, but nothing typed for a while); a new one starts as typing. */
  const [idleEditing, setIdleEditing] = useState<EditorState['editing']>(null);
  const { editing } = state;
  const editingCard = editing?.kind === 'card' ? editing.id : null;

  useEffect(() => {
    const host = canvas.current?.querySelector<HTMLElement>('.canvas-host');
    if (!binding || !host) return;
    const send = (at: PresenceState['pointer']) => {
      pointer.current = at;
      if (shown.current) binding.setPresence({ ...shown.current, pointer: at });
    };
    const move = (e: PointerEvent) => {
      const box = host.getBoundingClientRect();
      const at = toContent(latest.current.state.viewport, { x: e.clientX - box.left, y: e.clientY - box.top });
      send({ x: Math.round(at.x), y: Math.round(at.y) });
    };
    const leave = () => send(null);
    host.addEventListener('pointermove', move);
    host.addEventListener('pointerleave', leave);
    return () => {
      host.removeEventListener('pointermove', move);
      host.removeEventListener('pointerleave', leave);
    };
  }, [binding, canvas, latest]);

  // Opening a card's editor counts as typing; so does every key in it, until it is idle.
  useEffect(() => {
    const host = canvas.current?.querySelector<HTMLElement>('.canvas-host');
    if (!binding || editing?.kind !== 'card' || !host) return;
    let idleNow = false;
    const idle = () => {
      idleNow = true;
      setIdleEditing(editing);
    };
    let timer = setTimeout(idle, PRESENCE_LIMITS.typingIdleMs);
    const typed = () => {
      clearTimeout(timer);
      // Only a change of state: setting it on every key would render the whole map screen per key.
      if (idleNow) setIdleEditing(null);
      idleNow = false;
      timer = setTimeout(idle, PRESENCE_LIMITS.typingIdleMs);
    };
    host.addEventListener('input', typed);
    return () => {
      clearTimeout(timer);
      host.removeEventListener('input', typed);
    };
  }, [binding, editing, canvas]);

  const selection = selectedCardIds(state.selection).slice(0, PRESENCE_LIMITS.selectedCards);
  const selectionKey = selection.join(',');
  const typing = editingCard && idleEditing !== editing ? editingCard : null;
  useEffect(() => {
    if (!binding) return;
    shown.current = { name, selection: selectionKey === '' ? [] : selectionKey.split(','), typing };
    binding.setPresence({ ...shown.current, pointer: pointer.current });
  }, [binding, name, selectionKey, typing]);
}

/** The other laptops' selections, typing and pointers on the canvas; only this part draws again when they move. */
export function PeerMarks({ store, layout, zoom, typingLabel }: { store: JourneyStore } & Omit<React.ComponentProps<typeof PresenceMarks>, 'peers'>): React.ReactNode {
  const peers = usePeers(store);
  return createElement(PresenceMarks, { layout, peers, zoom, typingLabel });
}
