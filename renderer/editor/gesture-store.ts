import type { Cell } from '../../shared/document/commands';
import type { Point, Rect } from './viewport';

/**
 * A pointer gesture in progress. It changes on every mouse move, so it lives outside React
 * state: only the small overlay layer that draws it subscribes, not the whole canvas.
 */
export type Gesture =
  | { kind: 'cards'; ids: readonly string[]; grab: Point; pointer: Point; drop: { cell: Cell; beforeId: string | null } | null }
  | { kind: 'marquee'; from: Point; to: Point; additive: boolean }
  | { kind: 'pan'; last: Point }
  | { kind: 'stage'; id: string; pointer: Point; beforeId: string | null }
  | { kind: 'step'; id: string; stageId: string; pointer: Point; beforeId: string | null }
  | { kind: 'lane'; id: string; pointer: Point; beforeId: string | null }
  /** `grab`: how far right of the pointer the edge was, so the edge keeps its distance from it. */
  | { kind: 'resize'; target: { stageId: string } | { stepId: string }; left: number; right: number; grab: number }
  | { kind: 'emotion'; curveId: string; stageId: string; stepId: string | undefined; value: number };

export class GestureStore {
  private current: Gesture | null = null;
  private readonly listeners = new Set<() => void>();

  get = (): Gesture | null => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(next: Gesture | null): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

export const marqueeRect = (g: { from: Point; to: Point }): Rect => ({
  x: Math.min(g.from.x, g.to.x),
  y: Math.min(g.from.y, g.to.y),
  width: Math.abs(g.to.x - g.from.x),
  height: Math.abs(g.to.y - g.from.y),
});
