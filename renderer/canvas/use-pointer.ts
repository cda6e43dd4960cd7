import { useEffect, useRef } from 'react';
import { emotionValueAt } from '../../shared/layout/layout';
import { cardsInRect } from '../../shared/layout/hit-test';
import type { EditorState } from '../editor/context';
import { cardDropTarget, headerDropBefore } from '../editor/drop-targets';
import { marqueeRect, type GestureStore } from '../editor/gesture-store';
import { hitTest, type Hit } from '../editor/hit';
import { selectedCardIds } from '../editor/selection';
import type { EditorActions } from '../editor/use-editor';
import { toContent, type Point } from '../editor/viewport';
import type { JourneyLayout, LaneBox } from '../../shared/layout/layout';
import type { Column } from '../../shared/document/commands';

interface Options {
  host: React.RefObject<HTMLDivElement | null>;
  latest: React.RefObject<{ state: EditorState; layout: JourneyLayout }>;
  actions: EditorActions;
  gestures: GestureStore;
}

const DRAG_THRESHOLD = 4;

/**
 * Mouse and wheel on the map: select, drag cards and headers, marquee, resize, pan, zoom.
 * A gesture is tracked on the window so it survives the pointer leaving the canvas, and it
 * becomes one document change (one undo step) when the button is released.
 */
export function usePointer({ host, latest, actions, gestures }: Options): void {
  const space = useRef(false);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const local = (e: { clientX: number; clientY: number }): Point => {
      const box = element.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    };
    const content = (screen: Point) => toContent(latest.current.state.viewport, screen);

    const onKey = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      space.current = e.type === 'keydown';
      element.style.cursor = space.current ? 'grab' : '';
      if (e.type === 'keydown' && e.target === element) e.preventDefault();
    };

    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { zoom } = latest.current.state.viewport;
      // Ctrl+wheel is also what a trackpad pinch sends.
      if (e.ctrlKey || e.metaKey) actions.zoomBy(Math.exp(-e.deltaY * 0.0025), local(e));
      else if (e.shiftKey && e.deltaX === 0) actions.scrollBy(e.deltaY / zoom, 0);
      else actions.scrollBy(e.deltaX / zoom, e.deltaY / zoom);
    };

    const start = (e: PointerEvent, hit: Hit, at: Point) => {
      const { state } = latest.current;
      if (space.current || e.button === 1) return gestures.set({ kind: 'pan', last: at });
      switch (hit.kind) {
        case 'card': {
          const ids = selectedCardIds(state.selection);
          if (e.shiftKey || e.metaKey || e.ctrlKey) return actions.toggleCard(hit.card.id);
          const dragIds = ids.includes(hit.card.id) ? ids : [hit.card.id];
          if (!ids.includes(hit.card.id)) actions.selectCards([hit.card.id]);
          const grab = content(at);
          return gestures.set({ kind: 'cards', ids: dragIds, grab: { x: grab.x - hit.card.x, y: grab.y - hit.card.y }, pointer: grab, drop: null });
        }
        case 'cell':
          actions.focusCell(hit.cell);
          return gestures.set({ kind: 'marquee', from: content(at), to: content(at), additive: e.shiftKey });
        case 'point':
          actions.selectPoint(hit.curveId, hit);
          return gestures.set({ kind: 'emotion', curveId: hit.curveId, stageId: hit.stageId, stepId: hit.stepId, value: emotionValueAt(hit.lane, content(at).y) });
        case 'stage':
          actions.selectStage(hit.stage.id);
          if (hit.mark && actions.hasMapLink({ kind: 'stage', id: hit.stage.id })) return actions.openMapLink({ kind: 'stage', id: hit.stage.id });
          if (hit.resize) return gestures.set({ kind: 'resize', target: { stageId: hit.stage.id }, left: hit.stage.x, right: hit.stage.x + hit.stage.width, grab: hit.stage.x + hit.stage.width - content(at).x });
          return gestures.set({ kind: 'stage', id: hit.stage.id, pointer: content(at), beforeId: null });
        case 'step':
          actions.selectStep(hit.step.id);
          if (hit.mark && actions.hasMapLink({ kind: 'step', id: hit.step.id })) return actions.openMapLink({ kind: 'step', id: hit.step.id });
          if (hit.resize) return gestures.set({ kind: 'resize', target: { stepId: hit.step.id }, left: hit.step.x, right: hit.step.x + hit.step.width, grab: hit.step.x + hit.step.width - content(at).x });
          return gestures.set({ kind: 'step', id: hit.step.id, stageId: hit.stage.id, pointer: content(at), beforeId: null });
        case 'curve':
          // The legend's curve name: that curve comes into focus, with its lane selected.
          actions.selectLane(hit.lane.id);
          return actions.focusCurve(hit.curveId);
        case 'lane':
          if (hit.toggle) return actions.toggleCollapsed(hit.lane.id);
          actions.selectLane(hit.lane.id);
          return gestures.set({ kind: 'lane', id: hit.lane.id, pointer: content(at), beforeId: null });
        case 'none':
          return actions.focusCell(null);
      }
    };

    let origin: Point | null = null;
    let moved = false;

    const onMove = (e: PointerEvent) => {
      const g = gestures.get();
      if (!g || !origin) return;
      const at = local(e);
      if (!moved && Math.hypot(at.x - origin.x, at.y - origin.y) < DRAG_THRESHOLD) return;
      moved = true;
      const { layout, state } = latest.current;
      const p = content(at);
      switch (g.kind) {
        case 'pan':
          actions.scrollBy((g.last.x - at.x) / state.viewport.zoom, (g.last.y - at.y) / state.viewport.zoom);
          return gestures.set({ ...g, last: at });
        case 'cards':
          return gestures.set({ ...g, pointer: p, drop: cardDropTarget(layout, p, g.ids) });
        case 'marquee':
          return gestures.set({ ...g, to: p });
        case 'emotion': {
          const lane = layout.lanes.find((l) => layout.emotionCurves.some((c) => c.curveId === g.curveId && c.laneId === l.id));
          return lane && gestures.set({ ...g, value: emotionValueAt(lane, p.y) });
        }
        case 'stage':
          return gestures.set({ ...g, pointer: p, beforeId: headerDropBefore(layout.stages, p.x, (s) => s.x, (s) => s.width) });
        case 'step': {
          const steps = layout.stages.find((s) => s.id === g.stageId)?.steps ?? [];
          return gestures.set({ ...g, pointer: p, beforeId: headerDropBefore(steps, p.x, (s) => s.x, (s) => s.width) });
        }
        case 'lane':
          return gestures.set({ ...g, pointer: p, beforeId: headerDropBefore(layout.lanes, p.y, (l) => l.y, (l) => l.height) });
        case 'resize':
          return gestures.set({ ...g, right: Math.max(g.left + 120, p.x + g.grab) });
      }
    };

    const onUp = () => {
      const g = gestures.get();
      const wasMoved = moved;
      origin = null;
      moved = false;
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      gestures.set(null);
      if (!g || (!wasMoved && g.kind !== 'emotion')) return;
      const { layout } = latest.current;
      switch (g.kind) {
        case 'cards': return g.drop && actions.moveCards(g.ids, g.drop.cell, g.drop.beforeId);
        case 'marquee': {
          const ids = cardsInRect(layout, marqueeRect(g)).map((c) => c.id);
          const keep = g.additive ? selectedCardIds(latest.current.state.selection) : [];
          return actions.selectCards([...keep.filter((id) => !ids.includes(id)), ...ids]);
        }
        case 'emotion': return wasMoved && actions.setEmotion(g.curveId, g, g.value);
        case 'stage': return g.beforeId !== g.id && actions.moveStage(g.id, g.beforeId);
        case 'step': return g.beforeId !== g.id && actions.moveStep(g.id, g.beforeId);
        case 'lane': return g.beforeId !== g.id && actions.moveLane(g.id, g.beforeId);
        case 'resize': {
          const width = g.right - g.left;
          return 'stageId' in g.target ? actions.resizeStage(g.target.stageId, width) : actions.resizeStep(g.target.stepId, width);
        }
        case 'pan': return;
      }
    };

    // Only the drawing itself: not the text field or anything else laid over it.
    const onDrawing = (target: EventTarget | null) => target instanceof Node && element.contains(target) && !(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || target instanceof HTMLButtonElement);

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 && e.button !== 1) return;
      if (!onDrawing(e.target)) return;
      element.focus();
      const at = local(e);
      origin = at;
      moved = false;
      const { layout, state } = latest.current;
      start(e, hitTest(layout, state.viewport, at, state.focusCurve), at);
      if (gestures.get()) {
        window.addEventListener('pointermove', onMove);
        window.addEventListener('pointerup', onUp);
      }
    };

    /** Double-click in an emotions lane puts the point of its curve in focus (else its first) for that column there. */
    const placeEmotion = (lane: LaneBox, cell: Column, at: Point) => {
      const { layout, state } = latest.current;
      const curves = layout.emotionCurves.filter((c) => c.laneId === lane.id);
      const curve = curves.find((c) => c.curveId === state.focusCurve) ?? curves[0];
      if (!curve) return;
      actions.setEmotion(curve.curveId, cell, emotionValueAt(lane, content(at).y));
      actions.selectPoint(curve.curveId, cell);
    };

    const onDoubleClick = (e: MouseEvent) => {
      if (!onDrawing(e.target)) return;
      const hit = hitTest(latest.current.layout, latest.current.state.viewport, local(e), latest.current.state.focusCurve);
      if (hit.kind === 'card') actions.editCard(hit.card.id);
      else if (hit.kind === 'cell' && hit.lane.kind === 'emotions' && !hit.lane.collapsed) placeEmotion(hit.lane, hit.cell, local(e));
      else if (hit.kind === 'cell' && hit.lane.kind !== 'metrics' && !hit.lane.collapsed) actions.newCardIn(hit.cell);
      else if (hit.kind === 'stage' && !hit.resize) actions.startEditing({ kind: 'stageName', id: hit.stage.id });
      else if (hit.kind === 'step' && !hit.resize) actions.startEditing({ kind: 'stepName', id: hit.step.id });
      else if (hit.kind === 'lane' && !hit.toggle) actions.startEditing({ kind: 'laneName', id: hit.lane.id });
    };

    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('dblclick', onDoubleClick);
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKey);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('dblclick', onDoubleClick);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    };
  }, [host, latest, actions, gestures]);
}

