import type { KeyboardEvent } from 'react';
import type { JourneyStore } from '../../state/journey-store';

const isTextEntry = (target: EventTarget) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'file'].includes(target.type));

/**
 * Keys typed in a panel stay in the panel: Delete in a text box must not delete the selected
 * card. Outside text boxes, undo and redo still reach the map's one history; save (Mod+S)
 * passes through to the app.
 */
export function panelKeyDown(event: KeyboardEvent, store: JourneyStore, onEscape?: () => void): void {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 's') return;
  event.stopPropagation();
  if (event.key === 'Escape' && onEscape) {
    event.preventDefault();
    onEscape();
  } else if (mod && !isTextEntry(event.target) && (key === 'z' || key === 'y')) {
    event.preventDefault();
    if (key === 'y' || event.shiftKey) store.redo();
    else store.undo();
  }
}
