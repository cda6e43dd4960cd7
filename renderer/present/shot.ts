import type { JourneyLayout } from '../../shared/layout/layout';
import { fitZoom, focusRect, focusViewport, overviewRect, showZoom } from '../../shared/presentation/focus';
import type { Size, WalkStep } from '../../shared/presentation/walkthrough';
import type { Shot } from './use-camera';

/**
 * Where the camera goes for a step: its part at the presentation zoom, or smaller to fit it in
 * one step (down to the readable zoom; further only where the canvas is not the show, as beside
 * the presenter view), or the whole map for the overview.
 */
export function shotFor(layout: JourneyLayout, step: WalkStep | null | undefined, canvas: Size, options: { overview: boolean; fit: boolean }): Shot | null {
  if (canvas.width === 0) return null;
  if (options.overview || !step) {
    const rect = overviewRect(layout);
    return { viewport: focusViewport(layout, rect, canvas, fitZoom(layout, rect, canvas)), focus: null };
  }
  const rect = focusRect(layout, step);
  if (!rect) return null;
  const zoom = options.fit ? fitZoom(layout, rect, canvas) : showZoom(layout, rect, canvas);
  return { viewport: focusViewport(layout, rect, canvas, zoom), focus: rect };
}
