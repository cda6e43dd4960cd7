import { useEffect } from 'react';
import { sameColumn } from '../../shared/document/commands';
import type { JourneyLayout } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import type { EditorState } from './context';
import type { EditorActions } from './use-editor';

/** Scrolls so the keyboard cursor (the last selected card, or the cursor cell) stays in view. */
export function useKeepInView(state: EditorState, layout: JourneyLayout, actions: EditorActions): void {
  const { selection, cursor, viewport, view } = state;
  const lastId = selection.kind === 'cards' ? selection.ids.at(-1) : undefined;
  useEffect(() => {
    if (view.width === 0) return;
    const card = lastId ? layout.cards.find((c) => c.id === lastId) : undefined;
    const column = cursor ? layout.columns.find((c) => sameColumn(c, cursor)) : undefined;
    const lane = cursor ? layout.lanes.find((l) => l.id === cursor.laneId) : undefined;
    const target = card ?? (column && lane ? { x: column.x, y: lane.y, width: column.width, height: Math.min(lane.height, 200) } : undefined);
    if (!target) return;
    const left = viewport.x + METRICS.laneHeaderWidth / viewport.zoom;
    const top = viewport.y + layout.top / viewport.zoom;
    const right = viewport.x + view.width / viewport.zoom;
    const bottom = viewport.y + view.height / viewport.zoom;
    let dx = 0;
    let dy = 0;
    if (target.x < left) dx = target.x - left - 16;
    else if (target.x + target.width > right) dx = Math.min(target.x - left - 16, target.x + target.width - right + 16);
    if (target.y < top) dy = target.y - top - 16;
    else if (target.y + target.height > bottom) dy = Math.min(target.y - top - 16, target.y + target.height - bottom + 16);
    if (dx !== 0 || dy !== 0) actions.scrollBy(dx, dy);
    // Only when the cursor moves, not when the user scrolls away on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastId, cursor, layout, view.width]);
}
