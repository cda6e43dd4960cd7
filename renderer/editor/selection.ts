import type { Cell } from '../../shared/document/commands';

/** What the user has selected: session state, never saved and never in history. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'cards'; ids: readonly string[] }
  | { kind: 'stage'; id: string }
  | { kind: 'step'; id: string }
  | { kind: 'lane'; id: string }
  | { kind: 'point'; curveId: string; stageId: string; stepId: string | undefined };

export const NOTHING: Selection = { kind: 'none' };

const NO_IDS: readonly string[] = [];
/** The selected cards' ids; the same array while the selection stays (memos depend on it). */
export const selectedCardIds = (selection: Selection): readonly string[] => (selection.kind === 'cards' ? selection.ids : NO_IDS);

/** Shift-click: add a card to the selection, or take it out again. */
export function toggleCard(selection: Selection, id: string): Selection {
  const ids = selectedCardIds(selection);
  const next = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
  return next.length === 0 ? NOTHING : { kind: 'cards', ids: next };
}

/** What text editing is open: a card, a card not yet created in a cell, or a header name. */
export type Editing =
  | { kind: 'card'; id: string }
  | { kind: 'newCard'; cell: Cell }
  | { kind: 'stageName'; id: string }
  | { kind: 'stepName'; id: string }
  | { kind: 'laneName'; id: string }
  | null;
