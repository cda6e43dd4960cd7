import { useEffect } from 'react';
import { sameColumn } from '../../shared/document/commands';
import type { JourneyLayout } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import type { EditorState } from './context';
import type { EditorActions } from './use-editor';

interface Target { x: number; y: number; width: number; height: number; axis?: 'x' | 'y' }

/** What the keyboard is on: a name being typed, the last selected card, or the cursor cell. */
function targetOf(state: EditorState, layout: JourneyLayout): Target | undefined {
  const { selection, cursor, editing } = state;
  // A header being named scrolls along its own axis only: the column into view, or the row.
  if (editing?.kind === 'stageName' || editing?.kind === 'stepName') {
    const box = editing.kind === 'stageName' ? layout.stages.find((s) => s.id === editing.id) : layout.stages.flatMap((s) => s.steps).find((s) => s.id === editing.id);
    return box && { x: box.x, y: 0, width: box.width, height: 0, axis: 'x' };
  }
  if (editing?.kind === 'laneName') {
    const lane = layout.lanes.find((l) => l.id === editing.id);
    return lane && { x: 0, y: lane.y, width: 0, height: Math.min(lane.height, 200), axis: 'y' };
  }
  const lastId = selection.kind === 'cards' ? selection.ids.at(-1) : undefined;
  const card = lastId ? layout.cards.find((c) => c.id === lastId) : undefined;
  if (card) return card;
  const cell = editing?.kind === 'newCard' ? editing.cell : cursor;
  const column = cell ? layout.columns.find((c) => sameColumn(c, cell)) : undefined;
  const lane = cell ? layout.lanes.find((l) => l.id === cell.laneId) : undefined;
  return column && lane ? { x: column.x, y: lane.y, width: column.width, height: Math.min(lane.height, 200) } : undefined;
}

/**
 * Scrolls so what the keyboard is on stays in view: the last selected card, the cursor cell,
 * and a stage, step or lane being named (a new one off-screen comes into view with its field).
 */
export function useKeepInView(state: EditorState, layout: JourneyLayout, actions: EditorActions): void {
  const { selection, cursor, editing, viewport, view } = state;
  const lastId = selection.kind === 'cards' ? selection.ids.at(-1) : undefined;
  const editingKey = editing ? JSON.stringify(editing) : '';
  useEffect(() => {
    if (view.width === 0) return;
    const target = targetOf(state, layout);
    if (!target) return;
    const left = viewport.x + METRICS.laneHeaderWidth / viewport.zoom;
    const top = viewport.y + layout.top / viewport.zoom;
    const right = viewport.x + view.width / viewport.zoom;
    const bottom = viewport.y + view.height / viewport.zoom;
    let dx = 0;
    let dy = 0;
    if (target.axis !== 'y') {
      if (target.x < left) dx = target.x - left - 16;
      else if (target.x + target.width > right) dx = Math.min(target.x - left - 16, target.x + target.width - right + 16);
    }
    if (target.axis !== 'x') {
      if (target.y < top) dy = target.y - top - 16;
      else if (target.y + target.height > bottom) dy = Math.min(target.y - top - 16, target.y + target.height - bottom + 16);
    }
    if (dx !== 0 || dy !== 0) actions.scrollBy(dx, dy);
    // Only when the cursor moves or an edit starts, not when the user scrolls away on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastId, cursor, editingKey, layout, view.width]);
}
