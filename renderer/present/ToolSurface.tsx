import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/document/ids';
import type { MapPoint, PointerTool, PresentationAction } from '../../shared/presentation/messages';
import { toContent, type Viewport } from '../editor/viewport';

interface Props {
  tool: PointerTool;
  getViewport: () => Viewport;
  dispatch: (action: PresentationAction) => void;
}

/**
 * Laid over the map while the laser or the highlighter is on, so the pointer draws instead
 * of editing. Points go out in map units, once per frame, so every window puts them on the
 * same card whatever its size.
 */
export function ToolSurface({ tool, getViewport, dispatch }: Props) {
  const { t } = useTranslation();
  const surface = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = surface.current;
    if (!element || tool === 'none') return;
    let pending: PresentationAction | null = null;
    let frame = 0;
    const flush = () => {
      frame = 0;
      if (pending) dispatch(pending);
      pending = null;
    };
    const later = (action: PresentationAction) => {
      pending = action;
      frame ||= requestAnimationFrame(flush);
    };
    const at = (e: PointerEvent): MapPoint => {
      const box = element.getBoundingClientRect();
      return toContent(getViewport(), { x: e.clientX - box.left, y: e.clientY - box.top });
    };
    let stroke: string | null = null;
    const onDown = (e: PointerEvent) => {
      if (tool !== 'highlighter' || e.button !== 0) return;
      element.setPointerCapture(e.pointerId);
      stroke = newId();
      dispatch({ type: 'startMark', id: stroke, at: at(e) });
    };
    const onMove = (e: PointerEvent) => {
      if (tool === 'laser') later({ type: 'laser', at: at(e) });
      else if (stroke) {
        // Every point of a stroke counts: send at once, not once per frame.
        dispatch({ type: 'extendMark', id: stroke, at: at(e) });
      }
    };
    const onUp = () => {
      stroke = null;
    };
    const onLeave = () => tool === 'laser' && later({ type: 'laser', at: null });
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [tool, getViewport, dispatch]);
  if (tool === 'none') return null;
  return <div ref={surface} className={`tool-surface is-${tool}`} title={t(`present.tool.${tool}`)} aria-hidden="true" />;
}
