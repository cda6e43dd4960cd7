import type { Rect, Viewport } from '../../shared/presentation/focus';

/** Short enough not to keep a room waiting, long enough to show where the map moved. */
export const GLIDE_MS = 380;

const mix = (a: number, b: number, t: number) => a + (b - a) * t;
/** Ease in and out: the map starts and stops gently. */
export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export const mixViewport = (a: Viewport, b: Viewport, t: number): Viewport => ({ x: mix(a.x, b.x, t), y: mix(a.y, b.y, t), zoom: mix(a.zoom, b.zoom, t) });

export function mixRect(a: Rect | null, b: Rect | null, t: number): Rect | null {
  if (!a || !b) return b;
  return { x: mix(a.x, b.x, t), y: mix(a.y, b.y, t), width: mix(a.width, b.width, t), height: mix(a.height, b.height, t) };
}

export const prefersReducedMotion = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
