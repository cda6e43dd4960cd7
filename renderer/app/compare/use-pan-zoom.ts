import { useCallback, useEffect, useRef, useState } from 'react';
import { clampViewport, fitViewport, zoomAt, type Size, type Viewport } from '../../editor/viewport';

/**
 * One viewport for a read-only map (or two maps side by side, kept in step): the wheel
 * scrolls, Ctrl/⌘+wheel or a pinch zooms around the pointer, dragging pans, and the keys
 * + − 0 and the arrows do the same from the keyboard. `content` is the largest map's size.
 */
export function usePanZoom(content: Size & { top: number }, view: Size) {
  const [viewport, setRaw] = useState<Viewport>({ x: 0, y: 0, zoom: 1 });
  const latest = useRef({ content, view });
  useEffect(() => {
    latest.current = { content, view };
  });
  // Until the user moves the map, it is kept whole in view as the panes take their size.
  const moved = useRef(false);
  const place = useCallback((next: (v: Viewport) => Viewport) => setRaw((v) => clampViewport(next(v), latest.current.content, latest.current.view)), []);
  const set = useCallback((next: (v: Viewport) => Viewport) => {
    moved.current = true;
    place(next);
  }, [place]);
  const fit = useCallback(() => place(() => fitViewport(latest.current.content, latest.current.view, latest.current.content.top)), [place]);
  useEffect(() => {
    if (!moved.current && view.width > 0 && view.height > 0) fit();
  }, [fit, view.width, view.height, content.width, content.height]);

  /** Listeners for every host element showing this viewport (a canvas each, side by side). */
  const bind = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    let drag: { x: number; y: number } | null = null;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = element.getBoundingClientRect();
      if (e.ctrlKey || e.metaKey) set((v) => zoomAt(v, Math.exp(-e.deltaY * 0.0025), { x: e.clientX - box.left, y: e.clientY - box.top }));
      else set((v) => ({ ...v, x: v.x + (e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX) / v.zoom, y: v.y + (e.shiftKey && e.deltaX === 0 ? 0 : e.deltaY) / v.zoom }));
    };
    const onDown = (e: PointerEvent) => {
      drag = { x: e.clientX, y: e.clientY };
      element.setPointerCapture(e.pointerId);
    };
    const onMove = (e: PointerEvent) => {
      if (!drag) return;
      const [dx, dy] = [e.clientX - drag.x, e.clientY - drag.y];
      drag = { x: e.clientX, y: e.clientY };
      set((v) => ({ ...v, x: v.x - dx / v.zoom, y: v.y - dy / v.zoom }));
    };
    const onUp = () => {
      drag = null;
    };
    const onKey = (e: KeyboardEvent) => {
      const step = 80;
      const moves: Record<string, (v: Viewport) => Viewport> = {
        ArrowLeft: (v) => ({ ...v, x: v.x - step / v.zoom }), ArrowRight: (v) => ({ ...v, x: v.x + step / v.zoom }),
        ArrowUp: (v) => ({ ...v, y: v.y - step / v.zoom }), ArrowDown: (v) => ({ ...v, y: v.y + step / v.zoom }),
        '+': (v) => zoomAt(v, 1.25, { x: latest.current.view.width / 2, y: latest.current.view.height / 2 }),
        '=': (v) => zoomAt(v, 1.25, { x: latest.current.view.width / 2, y: latest.current.view.height / 2 }),
        '-': (v) => zoomAt(v, 0.8, { x: latest.current.view.width / 2, y: latest.current.view.height / 2 }),
      };
      if (e.key === '0') {
        e.preventDefault();
        fit();
        return;
      }
      const move = moves[e.key];
      if (!move || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      set(move);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('keydown', onKey);
    };
  }, [fit, set]);

  return { viewport, setViewport: set, fit, bind };
}
