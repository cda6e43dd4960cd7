/** Every keyboard shortcut of the editor: one table drives both the handler and the `?` overlay. */
export type ShortcutId =
  | 'moveUp' | 'moveDown' | 'moveLeft' | 'moveRight'
  | 'extendUp' | 'extendDown'
  | 'edit' | 'openLink' | 'leave' | 'delete' | 'duplicate' | 'selectLane' | 'nextCell' | 'previousCell'
  | 'addCard' | 'commitText' | 'newLine' | 'cancelEdit' | 'nextName'
  | 'undo' | 'redo' | 'redoAlt' | 'copy' | 'cut' | 'paste'
  | 'save' | 'saveAs'
  | 'zoomIn' | 'zoomOut' | 'zoomReset' | 'zoomFit' | 'zoomSelection' | 'pan'
  | 'emotionUp' | 'emotionDown' | 'moveCardLeft' | 'moveCardRight' | 'moveCardUp' | 'moveCardDown'
  | 'setValue' | 'palette'
  | 'help';

export type ShortcutGroup = 'navigate' | 'edit' | 'cards' | 'view' | 'file';

export interface Shortcut {
  id: ShortcutId;
  group: ShortcutGroup;
  /** Keys as shown in the overlay; `Mod` is Ctrl, or ⌘ on a Mac. */
  keys: string;
  /** Matches a keydown event; absent for gestures that are not a single key press. */
  match?: (e: KeyboardEvent) => boolean;
  /** What it does, as a translation key; `shortcuts.action.<id>` when absent. */
  labelKey?: string;
  /** Works from any field, not only on the map (the app's own keys rather than the map's). */
  anywhere?: boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain = (e: KeyboardEvent) => !mod(e) && !e.altKey;
const key = (name: string) => (e: KeyboardEvent) => e.key === name;
const letter = (l: string) => (e: KeyboardEvent) => e.key.toLowerCase() === l;

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'moveUp', group: 'navigate', keys: '↑', match: (e) => plain(e) && !e.shiftKey && key('ArrowUp')(e) },
  { id: 'moveDown', group: 'navigate', keys: '↓', match: (e) => plain(e) && !e.shiftKey && key('ArrowDown')(e) },
  { id: 'moveLeft', group: 'navigate', keys: '←', match: (e) => plain(e) && !e.shiftKey && key('ArrowLeft')(e) },
  { id: 'moveRight', group: 'navigate', keys: '→', match: (e) => plain(e) && !e.shiftKey && key('ArrowRight')(e) },
  { id: 'extendUp', group: 'navigate', keys: 'Shift+↑', match: (e) => plain(e) && e.shiftKey && key('ArrowUp')(e) },
  { id: 'extendDown', group: 'navigate', keys: 'Shift+↓', match: (e) => plain(e) && e.shiftKey && key('ArrowDown')(e) },
  { id: 'selectLane', group: 'navigate', keys: 'Mod+A', match: (e) => mod(e) && !e.shiftKey && letter('a')(e) },
  { id: 'edit', group: 'edit', keys: 'Enter', match: (e) => plain(e) && !e.shiftKey && (key('Enter')(e) || key('F2')(e)) },
  { id: 'leave', group: 'edit', keys: 'Esc', match: key('Escape') },
  // Enter on a selected stage or step that links to a map opens that map (use-keyboard.ts).
  { id: 'openLink', group: 'edit', keys: 'Enter' },
  { id: 'nextCell', group: 'edit', keys: 'Tab' },
  { id: 'previousCell', group: 'edit', keys: 'Shift+Tab' },
  // Keys of the text field over the map (TextOverlay), listed here so `?` shows them.
  { id: 'commitText', group: 'edit', keys: 'Enter' },
  { id: 'newLine', group: 'edit', keys: 'Shift+Enter' },
  { id: 'cancelEdit', group: 'edit', keys: 'Esc' },
  { id: 'nextName', group: 'edit', keys: 'Tab' },
  { id: 'addCard', group: 'cards', keys: 'Shift+Enter', match: (e) => plain(e) && e.shiftKey && key('Enter')(e) },
  { id: 'delete', group: 'cards', keys: 'Delete', match: (e) => plain(e) && (key('Delete')(e) || key('Backspace')(e)) },
  { id: 'duplicate', group: 'cards', keys: 'Mod+D', match: (e) => mod(e) && !e.shiftKey && letter('d')(e) },
  { id: 'copy', group: 'cards', keys: 'Mod+C' },
  { id: 'cut', group: 'cards', keys: 'Mod+X' },
  { id: 'paste', group: 'cards', keys: 'Mod+V' },
  { id: 'moveCardUp', group: 'cards', keys: 'Alt+↑', match: (e) => e.altKey && !mod(e) && key('ArrowUp')(e) },
  { id: 'moveCardDown', group: 'cards', keys: 'Alt+↓', match: (e) => e.altKey && !mod(e) && key('ArrowDown')(e) },
  { id: 'moveCardLeft', group: 'cards', keys: 'Alt+←', match: (e) => e.altKey && !mod(e) && key('ArrowLeft')(e) },
  { id: 'moveCardRight', group: 'cards', keys: 'Alt+→', match: (e) => e.altKey && !mod(e) && key('ArrowRight')(e) },
  { id: 'emotionUp', group: 'cards', keys: '+', match: (e) => !mod(e) && (e.key === '+' || e.key === '=') },
  { id: 'emotionDown', group: 'cards', keys: '−', match: (e) => !mod(e) && (e.key === '-' || e.key === '_') },
  { id: 'undo', group: 'edit', keys: 'Mod+Z', match: (e) => mod(e) && !e.shiftKey && letter('z')(e) },
  { id: 'redo', group: 'edit', keys: 'Shift+Mod+Z', match: (e) => mod(e) && e.shiftKey && letter('z')(e) },
  { id: 'redoAlt', group: 'edit', keys: 'Ctrl+Y', match: (e) => mod(e) && letter('y')(e) },
  { id: 'zoomIn', group: 'view', keys: 'Mod++', match: (e) => mod(e) && (e.key === '+' || e.key === '=') },
  { id: 'zoomOut', group: 'view', keys: 'Mod+−', match: (e) => mod(e) && (e.key === '-' || e.key === '_') },
  { id: 'zoomReset', group: 'view', keys: 'Mod+0', match: (e) => mod(e) && e.key === '0' },
  { id: 'zoomFit', group: 'view', keys: 'Shift+1', match: (e) => !mod(e) && e.shiftKey && (e.key === '!' || e.code === 'Digit1') },
  { id: 'zoomSelection', group: 'view', keys: 'Shift+2', match: (e) => !mod(e) && e.shiftKey && (e.key === '@' || e.key === '"' || e.code === 'Digit2') },
  // After the Shift+digit zooms: a digit typed with Shift (as French keyboards do) is the zoom's.
  { id: 'setValue', group: 'cards', keys: '0–5', match: (e) => plain(e) && /^[0-9]$/.test(e.key), labelKey: 'a11y.shortcut.setValue' },
  { id: 'pan', group: 'view', keys: 'Space+drag' },
  { id: 'save', group: 'file', keys: 'Mod+S', match: (e) => mod(e) && !e.shiftKey && letter('s')(e), anywhere: true },
  { id: 'saveAs', group: 'file', keys: 'Shift+Mod+S', match: (e) => mod(e) && e.shiftKey && letter('s')(e), anywhere: true },
  { id: 'palette', group: 'view', keys: 'Mod+K', match: (e) => mod(e) && !e.shiftKey && !e.altKey && letter('k')(e), labelKey: 'a11y.shortcut.palette', anywhere: true },
  { id: 'help', group: 'view', keys: '?', match: (e) => e.key === '?' },
];

export function matchShortcut(event: KeyboardEvent): ShortcutId | null {
  return SHORTCUTS.find((s) => s.match?.(event))?.id ?? null;
}

/** What a shortcut does, as a translation key. */
export const shortcutLabel = (shortcut: Shortcut): string => shortcut.labelKey ?? `shortcuts.action.${shortcut.id}`;

/** Shows `Mod` as the platform's key. */
export const displayKeys = (keys: string, mac: boolean): string => keys.replace(/Mod/g, mac ? '⌘' : 'Ctrl');
