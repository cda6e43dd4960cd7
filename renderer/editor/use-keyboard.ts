import { useEffect } from 'react';
import { inDialog } from '../ui/focusable';
import type { MapShortcutRunner } from './map-shortcuts';
import { matchShortcut, SHORTCUTS } from './shortcuts';

interface Options {
  target: React.RefObject<HTMLElement | null>;
  run: MapShortcutRunner;
}

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);

/** Enter and Space on a button or a link (the toolbar's, the skip link) press it rather than edit the map. */
const pressing = (event: KeyboardEvent) =>
  (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) && (event.key === 'Enter' || event.key === ' ');

/**
 * The map's keyboard: one table of shortcuts (shortcuts.ts), run by mapShortcuts. The app's
 * own keys (save, the command palette) work from any field: useAppShortcuts has them.
 */
export function useEditorKeyboard({ target, run }: Options): void {
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (typingIn(event.target) || pressing(event) || inDialog(event.target)) return;
      const id = matchShortcut(event);
      if (!id || SHORTCUTS.find((s) => s.id === id)?.anywhere) return;
      if (run(id, event.key)) event.preventDefault();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [target, run]);
}
