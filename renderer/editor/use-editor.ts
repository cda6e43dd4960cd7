import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyLayout } from '../../shared/layout/layout';
import { linkOf, type LinkHolder } from '../../shared/workspace/map-links';
import type { JourneyStore } from '../state/journey-store';
import { cardActions } from './card-actions';
import { initialEditorState, type ActionContext, type EditorState } from './context';
import { GestureStore } from './gesture-store';
import { structureActions } from './structure-actions';
import { viewActions } from './view-actions';

/** The latest state and layout for event handlers, which run after the render that built them. */
export class LatestBox {
  current: { state: EditorState; layout: JourneyLayout };
  constructor(state: EditorState, layout: JourneyLayout) {
    this.current = { state, layout };
  }
  set(state: EditorState, layout: JourneyLayout = this.current.layout): void {
    this.current = { state, layout };
  }
}

/** What drilling down from a stage or step to its linked map does: the app opens that map. */
export type OpenMapLink = (holder: LinkHolder) => void;

export type EditorActions = ReturnType<typeof cardActions> & ReturnType<typeof structureActions> & ReturnType<typeof viewActions> & {
  /** Opens the map a stage or step links to (a click on its header's mark, Enter on it selected). */
  openMapLink: OpenMapLink;
  hasMapLink: (holder: LinkHolder) => boolean;
};

/**
 * The editor's session state and every action on it. Actions read the latest state through
 * a ref, so handlers bound once (keyboard, clipboard) never act on stale state.
 */
export function useEditor(store: JourneyStore, layout: JourneyLayout, openMapLink?: OpenMapLink) {
  const { t } = useTranslation();
  const [state, setState] = useState<EditorState>(initialEditorState);
  const [latest] = useState(() => new LatestBox(state, layout));
  useLayoutEffect(() => latest.set(state, layout));
  const gestures = useMemo(() => new GestureStore(), []);
  // Read when a link is opened, so the actions stay the same object as the app's handler changes.
  const opener = useRef(openMapLink);
  useLayoutEffect(() => {
    opener.current = openMapLink;
  });

  // Applied to the latest state at once, so several updates in one handler compose.
  const update = useCallback<ActionContext['update']>((patch) => {
    const current = latest.current.state;
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    latest.set(next);
    setState(next);
  }, [latest]);

  const actions = useMemo<EditorActions>(() => {
    const ctx: ActionContext = {
      store,
      get layout() { return latest.current.layout; },
      get state() { return latest.current.state; },
      update,
      t: (key, options) => t(key, options),
    };
    return { ...cardActions(ctx), ...structureActions(ctx), ...viewActions(ctx), openMapLink: (holder) => opener.current?.(holder),
      hasMapLink: (holder) => linkOf(store.document, holder) !== undefined };
  }, [store, t, update, latest]);

  return { state, actions, update, gestures, latest };
}
