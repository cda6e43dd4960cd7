import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { newId } from '../../shared/document/ids';
import type { JourneyDocument } from '../../shared/document/schema';
import type { JourneyLayout } from '../../shared/layout/layout';
import type { Rect } from '../../shared/presentation/focus';
import type { PresentationAction, WalkPosition } from '../../shared/presentation/messages';
import { initialPresentation, reducePresentation } from '../../shared/presentation/presentation-state';
import { reanchor, SHOW_ZOOM, stageStep, type ShowStep } from '../../shared/presentation/walkthrough';
import type { Bridge } from '../bridge/api';
import type { ActionContext, EditorState } from '../editor/context';
import { NOTHING } from '../editor/selection';
import type { EditorActions } from '../editor/use-editor';
import type { Viewport } from '../editor/viewport';
import { onBrowserFullScreenLeft, setFullScreen } from './full-screen';
import { startClock } from './presenter/use-elapsed';
import type { PresentSession, SetSession } from './session';
import { SHOW_THEMES, type ShowTheme } from './themes';
import { shotFor } from './shot';
import { useCamera } from './use-camera';
import { presentedDocument } from './use-present-session';
import { usePresentKeys } from './use-present-keys';
import { useShowChannel } from './use-show-channel';

interface Options {
  bridge: Bridge;
  /** The journey as stored (audience windows apply the view themselves). */
  document: JourneyDocument;
  /** The layout of the journey as the presented view shows it, and the current step shows it (useShowSteps). */
  layout: JourneyLayout;
  /** The presentation's steps (useShowSteps). */
  steps: readonly ShowStep[];
  session: PresentSession | null;
  setSession: SetSession;
  editor: { state: EditorState; update: ActionContext['update']; actions: EditorActions; getViewport: () => Viewport };
  /** Puts the keyboard on the map, for live editing. */
  focusCanvas: () => void;
}

export interface Show {
  session: PresentSession | null;
  steps: readonly ShowStep[];
  /** The journey as presented (the view applied): the slides are drawn from it. */
  presented: JourneyDocument;
  walk: WalkPosition;
  /** The bright part as drawn now (it glides with the map). */
  focus: Rect | null;
  theme: ShowTheme;
  /** The zoom this window's canvas presents at. */
  zoom: number;
  dispatch: (action: PresentationAction) => void;
  enter: (viewId?: string | null) => void;
  exit: () => void;
  patch: (patch: Partial<Pick<PresentSession, 'presenterView' | 'liveEdit' | 'helpOpen' | 'clock'>>) => void;
  /** Electron: opens the audience's window on another display; false when there is none. */
  openAudience: () => Promise<boolean>;
  /** The editor's keys on the map again, from the first cell in focus, until Esc. */
  startLiveEdit: () => void;
}

/** Reads the editor's viewport as it is now (the camera and the pointer tools start from it). */
export const viewportReader = (latest: { readonly current: { state: EditorState } }) => (): Viewport => latest.current.state.viewport;

/** After an edit, a lane-by-lane switch or a resize changed the steps: the same stage and lane as before. */
function useStayOnStep(session: PresentSession | null, steps: readonly ShowStep[], setSession: SetSession): void {
  const anchor = useRef<{ step: ShowStep | undefined; viewId: string | null; steps: readonly ShowStep[] }>({ step: undefined, viewId: null, steps });
  useEffect(() => {
    const position = session?.state.position ?? 0;
    const viewId = session?.state.viewId ?? null;
    const before = anchor.current;
    const index = before.steps !== steps && before.viewId === viewId ? reanchor(before.step, steps) : null;
    if (index !== null && index !== position) {
      anchor.current = { ...before, steps };
      setSession((s) => s && { ...s, state: { ...s.state, position: index } });
      return;
    }
    anchor.current = { step: steps[position], viewId, steps };
  });
}

/**
 * Presenting from the editor's window: the walk-through over the layout, the camera on the
 * editor's own canvas (so live edits are plain edits), and the audience's windows in step.
 */
export function useShow({ bridge, document, layout, steps, session, setSession, editor, focusCanvas }: Options): Show {
  const presenting = session !== null;
  const viewId = session?.state.viewId ?? null;
  const presented = useMemo(() => presentedDocument(document, viewId), [document, viewId]);
  const position = session?.state.position ?? 0;
  const step = steps[position];
  const walk = useMemo<WalkPosition>(() => ({ position, count: steps.length, step: step ?? null }), [position, steps.length, step]);
  useStayOnStep(session, steps, setSession);

  const context = useRef({ steps, viewIds: document.views.map((v) => v.id) });
  useLayoutEffect(() => {
    context.current = { steps, viewIds: document.views.map((v) => v.id) };
  });
  const dispatch = useCallback(
    (action: PresentationAction) => setSession((s) => s && { ...s, state: reducePresentation(s.state, action, context.current) }),
    [setSession],
  );

  const { view } = editor.state;
  const overview = session?.state.overview ?? false;
  const presenterView = session?.presenterView ?? false;
  const shot = useMemo(
    () => (presenting ? shotFor(layout, stageStep(step), view, { overview, fit: presenterView }) : null),
    [presenting, layout, overview, presenterView, step, view],
  );
  // Leaving live editing puts the map back on the step.
  const focus = useCamera(shot, editor.getViewport, editor.actions.setViewport, session?.liveEdit ? 1 : 0);

  const { update } = editor;
  const enter = useCallback(
    (viewId: string | null = null) => {
      if (presenting) return;
      const { viewport, selection, cursor } = editor.state;
      const sessionId = newId();
      update({ editing: null, selection: NOTHING, cursor: null });
      setSession((s) => s ?? {
        sessionId, state: initialPresentation(viewId), presenterView: false, liveEdit: false, helpOpen: false, audience: null,
        clock: startClock(Date.now()), returnTo: { viewport, selection, cursor },
      });
      setFullScreen(bridge, true);
      // With a second display the map goes there, and this window becomes the presenter view.
      if (bridge.hasNativeMenu) void bridge.api.openAudienceWindow({ sessionId });
    },
    [bridge, editor.state, presenting, setSession, update],
  );

  const exitLatest = useRef<() => void>(() => undefined);
  const onEnd = useCallback(() => exitLatest.current(), []);
  const channel = useShowChannel({ bridge, session, setSession, document, walk, dispatch, onEnd });
  const exit = useCallback(() => {
    if (!session) return;
    channel.post({ kind: 'end' });
    if (bridge.hasNativeMenu) void bridge.api.closeAudienceWindow({ sessionId: session.sessionId });
    setFullScreen(bridge, false);
    setSession(() => null);
    // Back exactly where the editor was: the same place, zoom, selection and cursor.
    update({ ...session.returnTo, editing: null });
  }, [bridge, channel, session, setSession, update]);
  useLayoutEffect(() => {
    exitLatest.current = exit;
  });

  useEffect(() => (presenting ? onBrowserFullScreenLeft(exit) : undefined), [presenting, exit]);

  const patch = useCallback<Show['patch']>((p) => setSession((s) => s && { ...s, ...p }), [setSession]);
  const sessionId = session?.sessionId;
  const openAudience = useCallback(async () => {
    if (!sessionId) return false;
    const result = await bridge.api.openAudienceWindow({ sessionId });
    const opened = result.ok && result.value.opened;
    if (opened) patch({ presenterView: true });
    return opened;
  }, [bridge, patch, sessionId]);

  const step0 = stageStep(step);
  const startLiveEdit = useCallback(() => {
    const stage = step0 && layout.stages.find((x) => x.id === step0.stageId);
    const laneId = step0?.laneIds[0] ?? layout.lanes[0]?.id;
    if (stage && laneId) update({ cursor: { laneId, stageId: stage.id, stepId: step0.stepIds[0] ?? stage.steps[0]?.id }, selection: NOTHING });
    // From a slide, the map comes back (the overview) to edit on.
    if (!step0) setSession((s) => s && { ...s, state: { ...s.state, overview: true } });
    patch({ liveEdit: true });
    focusCanvas();
  }, [focusCanvas, layout, patch, setSession, step0, update]);

  // View > Present, in Electron's menu.
  const enterLatest = useRef(enter);
  useLayoutEffect(() => {
    enterLatest.current = enter;
  });
  useEffect(() => bridge.api.onMenuCommand((command) => void (command.type === 'present' && enterLatest.current())), [bridge]);

  const show: Show = {
    session, steps, presented, walk, focus, theme: SHOW_THEMES[session?.state.theme ?? 'light'], zoom: shot?.viewport.zoom ?? SHOW_ZOOM,
    dispatch, enter, exit, patch, openAudience, startLiveEdit,
  };
  usePresentKeys({ show, layout, editor });
  return show;
}
