import type { JourneyStore } from '../state/journey-store';
import type { EditorState } from './context';
import type { Direction } from './navigation';
import type { ShortcutId } from './shortcuts';
import type { EditorActions } from './use-editor';

interface Deps {
  store: JourneyStore;
  actions: EditorActions;
  latest: { readonly current: { state: EditorState } };
  onHelp: () => void;
}

/** The key that ran a shortcut, where it matters: Enter (not F2) follows a link, a digit is its value. */
export type ShortcutKey = string | undefined;

export type MapShortcutRunner = (id: ShortcutId, key?: ShortcutKey) => boolean;

const ARROWS: Partial<Record<ShortcutId, Direction>> = { moveUp: 'up', moveDown: 'down', moveLeft: 'left', moveRight: 'right' };
const NUDGES: Partial<Record<ShortcutId, Direction>> = { moveCardUp: 'up', moveCardDown: 'down', moveCardLeft: 'left', moveCardRight: 'right' };

/** How long after − or + a digit still takes its sign ("−2"). */
const SIGN_MS = 1500;

/**
 * What each of the map's shortcuts does, for the keyboard and the command palette alike;
 * true when it did something (the key is then the map's, not the browser's).
 */
export function mapShortcuts({ store, actions, latest, onHelp }: Deps): MapShortcutRunner {
  // − or + just pressed on an emotion: a digit right after it replaces that step by the signed value.
  let sign: { negative: boolean; at: number; version: number } | null = null;
  const setEmotionDigit = (digit: number): boolean => {
    const signed = sign && performance.now() - sign.at < SIGN_MS ? sign : null;
    sign = null;
    if (digit > 2) return false;
    // The step − or + made is taken back first, so "−2" is one change, undone in one step. The
    // version unchanged since that step means nothing else changed the map in between.
    if (signed && store.getSnapshot().version === signed.version) store.undo();
    return actions.setEmotionHere(signed?.negative ? -digit : digit);
  };
  const stepEmotion = (delta: number): boolean => {
    const done = actions.nudgeEmotion(delta);
    sign = done ? { negative: delta < 0, at: performance.now(), version: store.getSnapshot().version } : null;
    return done;
  };
  const deleteSelection = (): boolean => {
    const s = latest.current.state.selection;
    if (s.kind === 'cards') actions.deleteCards();
    else if (s.kind === 'stage') actions.removeStage(s.id);
    else if (s.kind === 'step') actions.removeStep(s.id);
    else if (s.kind === 'lane') actions.removeLane(s.id);
    else return false;
    return true;
  };
  const edit = (key: ShortcutKey): boolean => {
    // Enter on a selected stage or step that links to a map drills down; F2 still renames.
    const s = latest.current.state.selection;
    const records = s.kind === 'stage' ? store.document.stages : s.kind === 'step' ? store.document.steps : [];
    const linked = (s.kind === 'stage' || s.kind === 'step') && key !== 'F2' && records.some((r) => r.id === s.id && r.mapLink);
    if (linked) actions.openMapLink({ kind: s.kind, id: s.id });
    else actions.editSelection();
    return true;
  };

  return (id, key) => {
    const { state } = latest.current;
    const pointSelected = state.selection.kind === 'point';
    const arrow = ARROWS[id];
    if (arrow && pointSelected && (arrow === 'up' || arrow === 'down')) return stepEmotion(arrow === 'up' ? 0.5 : -0.5);
    if (arrow && pointSelected) return (actions.movePoint(arrow === 'left' ? -1 : 1), true);
    if (arrow) return (actions.moveCursor(arrow), true);
    const nudge = NUDGES[id];
    if (nudge) return (actions.nudgeCards(nudge), true);
    switch (id) {
      case 'extendUp': actions.moveCursor('up', true); return true;
      case 'extendDown': actions.moveCursor('down', true); return true;
      case 'edit': return edit(key);
      case 'addCard': actions.addCardToCell(); return true;
      case 'leave': actions.focusCell(state.cursor); return true;
      case 'delete': return deleteSelection();
      case 'duplicate': actions.duplicate(); return true;
      case 'selectLane': actions.selectAllInLane(); return true;
      case 'undo': store.undo(); return true;
      case 'redo': case 'redoAlt': store.redo(); return true;
      case 'emotionUp': return stepEmotion(0.5);
      case 'emotionDown': return stepEmotion(-0.5);
      case 'setValue': {
        const digit = Number(key);
        if (!Number.isInteger(digit)) return false;
        return state.selection.kind === 'cards' ? actions.rateCards(digit) : setEmotionDigit(digit);
      }
      case 'zoomIn': actions.zoomBy(1.25); return true;
      case 'zoomOut': actions.zoomBy(0.8); return true;
      case 'zoomReset': actions.zoomReset(); return true;
      case 'zoomFit': actions.zoomFit(); return true;
      case 'zoomSelection': actions.zoomToSelection(); return true;
      case 'help': onHelp(); return true;
      default: return false;
    }
  };
}
