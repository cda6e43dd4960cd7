import { useEffect, useLayoutEffect, useRef } from 'react';
import type { JourneyLayout } from '../../shared/layout/layout';
import type { EditorState } from '../editor/context';
import type { EditorActions } from '../editor/use-editor';
import { presentKeyRun, StageNumberKeys, type PresenterCommand } from './present-keys';
import type { Show } from './use-show';

interface Options {
  show: Show;
  layout: JourneyLayout;
  editor: { state: EditorState; actions: EditorActions };
}

/** A checkbox or radio button of the presenter view: the walk-through's keys still work after clicking one. */
const ticking = (target: EventTarget | null) => target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
const typingIn = (target: EventTarget | null) =>
  (target instanceof HTMLInputElement && !ticking(target)) || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
const pressing = (target: EventTarget | null, e: KeyboardEvent) =>
  ((target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) && (e.key === 'Enter' || e.key === ' ')) || (ticking(target) && e.key === ' ');

/**
 * The keyboard while presenting, ahead of the editor's (capture phase on the window): the
 * walk-through's keys and the clickers'. Ctrl/⌘ shortcuts (undo, save, zoom) stay the
 * editor's; in live editing every key but Esc is the editor's, as in the editor.
 */
export function usePresentKeys({ show, layout, editor }: Options): void {
  const latest = useRef({ show, layout, editor });
  useLayoutEffect(() => {
    latest.current = { show, layout, editor };
  });

  useEffect(() => {
    const digits = new StageNumberKeys();
    const command = (name: PresenterCommand) => {
      const { show: s } = latest.current;
      const session = s.session;
      if (!session) return;
      // Esc closes what is open first: the key list, then the pointer tool, then the presentation.
      if (name === 'exit') return session.helpOpen ? s.patch({ helpOpen: false }) : session.state.tool !== 'none' ? s.dispatch({ type: 'toggleTool', tool: session.state.tool }) : s.exit();
      if (name === 'presenterView') return s.patch({ presenterView: !session.presenterView });
      if (name === 'help') return s.patch({ helpOpen: !session.helpOpen });
      s.startLiveEdit();
    };

    const onKey = (e: KeyboardEvent) => {
      const { show: s, editor: ed, layout: l } = latest.current;
      const session = s.session;
      if (!session) {
        if (e.key === 'F5' && !e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          s.enter();
        }
        return;
      }
      if (typingIn(e.target) || e.ctrlKey || e.metaKey) return;
      if (session.liveEdit) {
        if (e.key === 'Escape' && ed.state.selection.kind === 'none') {
          e.preventDefault();
          e.stopPropagation();
          s.patch({ liveEdit: false });
        } else if ((e.key === '+' || e.key === '-') && ed.state.selection.kind !== 'point') {
          // + and − on an emotions cell take hold of its first curve's point there.
          const cursor = ed.state.cursor;
          const curve = cursor && l.emotionCurves.find((c) => c.laneId === cursor.laneId);
          if (cursor && curve) ed.actions.selectPoint(curve.curveId, cursor);
        }
        return;
      }
      if (pressing(e.target, e)) return;
      const run = presentKeyRun(e, digits, performance.now());
      if (!run) return;
      e.preventDefault();
      e.stopPropagation();
      if (typeof run === 'string') command(run);
      else s.dispatch(run);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
