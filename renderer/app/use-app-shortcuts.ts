import { useEffect } from 'react';
import { matchShortcut } from '../editor/shortcuts';
import { commitFocusedField, inDialog } from '../ui/focusable';

interface Options {
  /** Save and Save as; null in Electron, whose menu owns those keys (from any field too). */
  onSave: ((as: boolean) => void) | null;
  onPalette: () => void;
}

/**
 * The app's own keys, from anywhere on the screen: the map, the title, a panel's field, the
 * card being typed (which the map's keys never see). Listened for first (capture on the
 * window), so no field's handler swallows them; an open dialog keeps its keys to itself.
 */
export function useAppShortcuts({ onSave, onPalette }: Options): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const id = matchShortcut(event);
      if (id !== 'save' && id !== 'saveAs' && id !== 'palette') return;
      if (id !== 'palette' && !onSave) return;
      // Not the browser's "save page" either.
      event.preventDefault();
      if (inDialog(event.target)) return;
      event.stopPropagation();
      if (id === 'palette') return onPalette();
      commitFocusedField();
      onSave?.(id === 'saveAs');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onSave, onPalette]);
}
