import { useEffect } from 'react';
import type { JourneyStore } from '../state/journey-store';
import { inDialog } from '../ui/focusable';
import type { EditorState } from './context';
import type { Direction } from './navigation';
import { matchShortcut, type ShortcutId } from './shortcuts';
import type { EditorActions } from './use-editor';

interface Options {
  target: React.RefObject<HTMLElement | null>;
  store: JourneyStore;
  actions: EditorActions;
  latest: React.RefObject<{ state: EditorState }>;
  onHelp: () => void;
  /** Save shortcuts: in Electron the native menu owns them, so this is null there. */
  onSave: ((as: boolean) => void) | null;
}

const ARROWS: Partial<Record<ShortcutId, Direction>> = { moveUp: 'up', moveDown: 'down', moveLeft: 'left', moveRight: 'right' };
const NUDGES: Partial<Record<ShortcutId, Direction>> = { moveCardUp: 'up', moveCardDown: 'down', moveCardLeft: 'left', moveCardRight: 'right' };

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);

/** Enter and Space on a button or a link (the toolbar's, the skip link) press it rather than edit the map. */
const pressing = (event: KeyboardEvent) =>
  (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) && (event.key === 'Enter' || event.key === ' ');

/** The editor's keyboard: one table of shortcuts (shortcuts.ts), dispatched here. */
export function useEditorKeyboard({ target, store, actions, latest, onHelp, onSave }: Options): void {
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (typingIn(event.target) || pressing(event) || inDialog(event.target)) return;
      const id = matchShortcut(event);
      if (!id) return;
      const { state } = latest.current;
      const pointSelected = state.selection.kind === 'point';
      const run = (): boolean => {
        const arrow = ARROWS[id];
        if (arrow && pointSelected && (arrow === 'up' || arrow === 'down')) return (actions.nudgeEmotion(arrow === 'up' ? 0.5 : -0.5), true);
        if (arrow) return (actions.moveCursor(arrow), true);
        const nudge = NUDGES[id];
        if (nudge) return (actions.nudgeCards(nudge), true);
        switch (id) {
          case 'extendUp': actions.moveCursor('up', true); return true;
          case 'extendDown': actions.moveCursor('down', true); return true;
          case 'edit': {
            // Enter on a selected stage or step that links to a map drills down; F2 still renames.
            const s = state.selection;
            const records = s.kind === 'stage' ? store.document.stages : s.kind === 'step' ? store.document.steps : [];
            const linked = (s.kind === 'stage' || s.kind === 'step') && event.key === 'Enter' && records.some((r) => r.id === s.id && r.mapLink);
            if (linked) actions.openMapLink({ kind: s.kind, id: s.id });
            else actions.editSelection();
            return true;
          }
          case 'addCard': actions.addCardToCell(); return true;
          case 'leave': actions.focusCell(state.cursor); return true;
          case 'delete': return deleteSelection();
          case 'duplicate': actions.duplicate(); return true;
          case 'selectLane': actions.selectAllInLane(); return true;
          case 'undo': store.undo(); return true;
          case 'redo': case 'redoAlt': store.redo(); return true;
          case 'emotionUp': actions.nudgeEmotion(0.5); return pointSelected;
          case 'emotionDown': actions.nudgeEmotion(-0.5); return pointSelected;
          case 'zoomIn': actions.zoomBy(1.25); return true;
          case 'zoomOut': actions.zoomBy(0.8); return true;
          case 'zoomReset': actions.zoomReset(); return true;
          case 'zoomFit': actions.zoomFit(); return true;
          case 'zoomSelection': actions.zoomToSelection(); return true;
          case 'help': onHelp(); return true;
          case 'save': onSave?.(false); return onSave !== null;
          case 'saveAs': onSave?.(true); return onSave !== null;
          default: return false;
        }
      };
      const deleteSelection = (): boolean => {
        const s = state.selection;
        if (s.kind === 'cards') actions.deleteCards();
        else if (s.kind === 'stage') actions.removeStage(s.id);
        else if (s.kind === 'step') actions.removeStep(s.id);
        else if (s.kind === 'lane') actions.removeLane(s.id);
        else return false;
        return true;
      };
      if (run()) event.preventDefault();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [target, store, actions, latest, onHelp, onSave]);
}
