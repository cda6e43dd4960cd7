import type { ActionContext } from './context';
import { selectedCardIds } from './selection';
import { clampViewport, fitViewport, viewportForRect, zoomAt, type Point, type Viewport } from './viewport';

/** Zoom and scroll. Session state only: nothing here enters history or the file. */
export function viewActions(ctx: ActionContext) {
  const set = (viewport: Viewport) => ctx.update({ viewport: clampViewport(viewport, ctx.layout, ctx.state.view) });
  const centre = (): Point => ({ x: ctx.state.view.width / 2, y: ctx.state.view.height / 2 });
  return {
    setViewport: set,
    scrollBy: (dx: number, dy: number) => set({ ...ctx.state.viewport, x: ctx.state.viewport.x + dx, y: ctx.state.viewport.y + dy }),
    zoomBy: (factor: number, anchor: Point = centre()) => set(zoomAt(ctx.state.viewport, factor, anchor)),
    zoomReset: () => set(zoomAt(ctx.state.viewport, 1 / ctx.state.viewport.zoom, { x: 0, y: 0 })),
    zoomFit: () => set(fitViewport(ctx.layout, ctx.state.view, ctx.layout.top)),
    /** Zooms to the selected cards, or to the cursor's cell. */
    zoomToSelection() {
      const ids = selectedCardIds(ctx.state.selection);
      const boxes = ctx.layout.cards.filter((c) => ids.includes(c.id));
      if (boxes.length === 0) return;
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      const width = Math.max(...boxes.map((b) => b.x + b.width)) - x;
      const height = Math.max(...boxes.map((b) => b.y + b.height)) - y;
      set(viewportForRect({ x: x - 20, y: y - 20, width: width + 40, height: height + 40 }, ctx.state.view, ctx.layout.top, 2));
    },
  };
}
