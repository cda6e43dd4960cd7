const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'file'].includes(target.type));

/**
 * A native keydown listener for a panel, so it runs before the editor's listener on the map
 * screen: keys typed in a panel stay there (Delete on a panel button must not delete the
 * selected card), Escape closes the panel unless a text field is taking it back. Shortcuts
 * with Ctrl/Cmd go on to the editor (undo, redo, save); in a drop-down, which the editor
 * leaves alone, undo and redo are handled here so they still reach the map's one history.
 */
export function panelKeyListener(onEscape: () => void, history: { undo: () => void; redo: () => void }) {
  return (event: KeyboardEvent): void => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && event.target instanceof HTMLSelectElement && (key === 'z' || key === 'y')) {
      event.preventDefault();
      event.stopPropagation();
      if (key === 'y' || event.shiftKey) history.redo();
      else history.undo();
      return;
    }
    if (mod) return;
    event.stopPropagation();
    if (event.key === 'Escape' && !isTextEntry(event.target)) {
      event.preventDefault();
      onEscape();
    }
  };
}
