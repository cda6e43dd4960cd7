import type { Cell } from '../../shared/document/commands';
import type { Change } from '../../shared/document/changes';
import type { JourneyDocument } from '../../shared/document/schema';
import type { JourneyLayout } from '../../shared/layout/layout';
import type { JourneyStore } from '../state/journey-store';
import type { Editing, Selection } from './selection';
import type { Size, Viewport } from './viewport';

/** The editor's session state: never saved, never in history. */
export interface EditorState {
  selection: Selection;
  /** The keyboard cursor's cell. */
  cursor: Cell | null;
  /**
   * The emotion curve in focus (its point was last selected, its name picked in the lane's
   * legend or the inspector, or it was just added): its points are drawn over the other
   * curves', picked first where points overlap, and a double-click places its points.
   */
  focusCurve: string | null;
  editing: Editing;
  viewport: Viewport;
  view: Size;
  helpOpen: boolean;
}

export const initialEditorState: EditorState = {
  selection: { kind: 'none' },
  cursor: null,
  focusCurve: null,
  editing: null,
  viewport: { x: 0, y: 0, zoom: 1 },
  view: { width: 0, height: 0 },
  helpOpen: false,
};

/** What every action needs: the document's store, the current layout, and the session state. */
export interface ActionContext {
  store: JourneyStore;
  layout: JourneyLayout;
  state: EditorState;
  update: (patch: Partial<EditorState> | ((s: EditorState) => Partial<EditorState>)) => void;
  t: (key: string, options?: Record<string, unknown>) => string;
}

export const doc = (ctx: ActionContext): JourneyDocument => ctx.store.document;
export const commit = (ctx: ActionContext, name: string, changes: readonly Change[]): void => ctx.store.transact(name, changes);
