import { useEffect, useRef, useState } from 'react';
import type { Rect, Viewport } from '../../shared/presentation/focus';
import { easeInOut, GLIDE_MS, mixRect, mixViewport, prefersReducedMotion } from './camera';

export interface Shot { viewport: Viewport; focus: Rect | null }

/**
 * Glides the viewport and the bright part to each new shot (instantly for those who ask for
 * reduced motion). The viewport is written through `setViewport`; the bright part is returned.
 */
export function useCamera(shot: Shot | null, getViewport: () => Viewport, setViewport: (v: Viewport) => void, again = 0): Rect | null {
  const [focus, setFocus] = useState<Rect | null>(null);
  const shownFocus = useRef<Rect | null>(null);
  // Bumping `again` moves back to the same shot after the user scrolled away from it.
  const key = shot ? JSON.stringify([shot, again]) : '';
  useEffect(() => {
    if (!shot) {
      shownFocus.current = null;
      return;
    }
    const from: Shot = { viewport: getViewport(), focus: shownFocus.current };
    const show = (t: number) => {
      const next = mixRect(from.focus, shot.focus, t);
      shownFocus.current = next;
      setFocus(next);
      setViewport(mixViewport(from.viewport, shot.viewport, t));
    };
    if (prefersReducedMotion()) {
      show(1);
      return;
    }
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / GLIDE_MS);
      show(easeInOut(t));
      if (t < 1) frame = requestAnimationFrame(tick);
      else clearTimeout(late);
    };
    // A window the system does not paint (hidden, on a sleeping display) gets no frames: land anyway.
    const late = setTimeout(() => {
      cancelAnimationFrame(frame);
      show(1);
    }, GLIDE_MS + 200);
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(late);
    };
    // The shot's value, not its identity, decides whether to move.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return shot ? focus : null;
}
