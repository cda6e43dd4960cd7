import { Layer, Rect } from 'react-konva';
import { brightAreas, toScreenRect, type Rect as Area, type Viewport } from '../../../shared/presentation/focus';
import type { JourneyLayout } from '../../../shared/layout/layout';
import type { ShowTheme } from '../themes';

interface Props { layout: JourneyLayout; viewport: Viewport; view: { width: number; height: number }; focus: Area | null; theme: ShowTheme }

/**
 * Dims everything but the focused part and its headers, and outlines the part: the outline
 * says "here" to those who cannot tell the dimmed from the bright.
 */
export function FocusMask({ layout, viewport, view, focus, theme }: Props) {
  if (!focus) return null;
  const part = toScreenRect(viewport, focus);
  return (
    <Layer listening={false} name="focus-mask">
      <Rect x={0} y={0} width={view.width} height={view.height} fill={theme.dim} opacity={theme.dimOpacity} />
      {brightAreas(layout, viewport, focus).map((area, i) => (
        <Rect key={i} {...area} fill="#000000" globalCompositeOperation="destination-out" />
      ))}
      <Rect x={part.x - 3} y={part.y - 3} width={part.width + 6} height={part.height + 6} stroke={theme.focusOutline} strokeWidth={4} cornerRadius={6} />
    </Layer>
  );
}
