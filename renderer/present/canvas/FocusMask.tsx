import { useEffect, useRef } from 'react';
import { Layer, Rect } from 'react-konva';
import type Konva from 'konva';
import { brightAreas, toScreenRect, type Rect as Area, type Viewport } from '../../../shared/presentation/focus';
import type { JourneyLayout } from '../../../shared/layout/layout';
import type { ShowTheme } from '../themes';

interface Props { layout: JourneyLayout; viewport: Viewport; view: { width: number; height: number }; focus: Area | null; theme: ShowTheme }

/**
 * Dims everything but the focused part and its headers, and outlines the part: the outline
 * says "here" to those who cannot tell the dimmed from the bright. The dimming multiplies the
 * map beneath (its canvas blends with the map's, as CSS mix-blend-mode), so dimmed text keeps
 * its contrast with its card.
 */
export function FocusMask({ layout, viewport, view, focus, theme }: Props) {
  const mask = useRef<Konva.Layer>(null);
  useEffect(() => {
    const canvas = mask.current?.getNativeCanvasElement();
    if (canvas) canvas.style.mixBlendMode = 'multiply';
  }, [focus]);
  if (!focus) return null;
  const part = toScreenRect(viewport, focus);
  return (
    <>
      <Layer ref={mask} listening={false} name="focus-mask">
        <Rect x={0} y={0} width={view.width} height={view.height} fill={theme.dim} />
        {brightAreas(layout, viewport, focus).map((area, i) => (
          <Rect key={i} {...area} fill="#000000" globalCompositeOperation="destination-out" />
        ))}
      </Layer>
      <Layer listening={false} name="focus-outline">
        <Rect x={part.x - 3} y={part.y - 3} width={part.width + 6} height={part.height + 6} stroke={theme.focusOutline} strokeWidth={4} cornerRadius={6} />
      </Layer>
    </>
  );
}
