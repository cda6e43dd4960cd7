import type { KeyboardEvent } from 'react';

const isTextEntry = (target: EventTarget) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'file'].includes(target.type));

/**
 * Keys in a panel. Panels live outside the map screen's element, so the editor's shortcuts
 * (Delete, arrows, Enter) never see them; undo and redo are handled here so they still reach
 * the map's one history, except in text boxes, which undo their own typing. Escape closes the
 * panel (a text field that is taking back an edit stops it first).
 */
export function panelKeyDown(event: KeyboardEvent, onEscape: () => void, history: { undo: () => void; redo: () => void }): void {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !isTextEntry(event.target) && (key === 'z' || key === 'y')) {
    event.preventDefault();
    if (key === 'y' || event.shiftKey) history.redo();
    else history.undo();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    onEscape();
  }
}
