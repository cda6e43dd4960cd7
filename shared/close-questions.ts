/**
 * What closing a map asks, in the same words in the page (renderer/app/CloseDialog.tsx) and in
 * Electron's prompt when the window or the app closes (main/window-manager.ts): the keys of
 * its title, message ({{name}}: the map) and detail, and its choices before Cancel, the first
 * being the one Enter takes.
 */
export const CLOSE_QUESTIONS = {
  /** Unsaved edits: Save, Don't Save or Cancel. */
  unsaved: { title: 'dialog.unsavedTitle', message: 'dialog.unsavedMessage', detail: 'dialog.unsavedDetail', choices: [['save', 'dialog.save'], ['discard', 'dialog.dontSave']] },
  /** A live workshop runs for the map: keep the room open (it is offered again with the map), end it keeping its results, or cancel. */
  workshop: { title: 'workshopHost.close.title', message: 'workshopHost.close.message', detail: 'workshopHost.close.detail', choices: [['keep-open', 'workshopHost.close.keepOpen'], ['end', 'workshopHost.close.end']] },
} as const;
export type CloseQuestion = keyof typeof CLOSE_QUESTIONS;
export type CloseAnswer<Q extends CloseQuestion> = (typeof CLOSE_QUESTIONS)[Q]['choices'][number][0] | 'cancel';
export const CANCEL_KEY = 'dialog.cancel';

/** What a closing window knows of its map. */
export interface ClosingWindow {
  /** The user already chose to close: the next close event goes through. */
  closing: boolean;
  /** A live workshop runs for the window's map. */
  workshop: boolean;
  /** The user chose to keep the room open: this close goes on to the unsaved-changes question. */
  keepRoomOpen: boolean;
  dirty: boolean;
}

/**
 * A window (or the app) closing asks, in this order: about the live workshop of its map, then
 * about unsaved edits; nothing when neither applies.
 */
export function closeQuestion(window: ClosingWindow): CloseQuestion | null {
  if (window.closing) return null;
  if (window.workshop && !window.keepRoomOpen) return 'workshop';
  return window.dirty ? 'unsaved' : null;
}
