/** What a closing window asks first, from what it knows of its map. */
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
 * A window (or the app) closing asks, in this order: about the live workshop of its map (keep
 * the room open, end it keeping its results, or cancel), then about unsaved edits (save, don't
 * save, cancel); nothing when neither applies.
 */
export function closeQuestion(window: ClosingWindow): 'workshop' | 'unsaved' | null {
  if (window.closing) return null;
  if (window.workshop && !window.keepRoomOpen) return 'workshop';
  return window.dirty ? 'unsaved' : null;
}
