import { Circle, Group, Layer, Line } from 'react-konva';
import type { Viewport } from '../../../shared/presentation/focus';
import type { PresentationState } from '../../../shared/presentation/messages';
import { contentTransform } from '../../canvas/transform';
import type { ShowTheme } from '../themes';

interface Props { viewport: Viewport; marks: PresentationState['marks']; laser: PresentationState['laser']; theme: ShowTheme }

/** Screen pixels, whatever the zoom: a pointer must look the same on the laptop and on the wall. */
const LASER_RADIUS = 11;
const HIGHLIGHTER_WIDTH = 22;

/** The highlighter's strokes and the laser dot: drawn over the map, never part of it. */
export function PointerMarks({ viewport, marks, laser, theme }: Props) {
  if (marks.length === 0 && !laser) return null;
  const px = 1 / viewport.zoom;
  return (
    <Layer listening={false} name="pointer-marks" {...contentTransform(viewport)}>
      {marks.map((mark) => (
        <Line key={mark.id} points={mark.points} stroke={theme.highlighter} opacity={theme.highlighterOpacity} strokeWidth={HIGHLIGHTER_WIDTH * px}
          lineCap="round" lineJoin="round" tension={0.4} />
      ))}
      {laser && (
        // A red dot in a white and a dark ring: visible on any theme, not by its colour alone.
        <Group x={laser.x} y={laser.y}>
          <Circle radius={(LASER_RADIUS + 5) * px} fill="#1F2933" opacity={0.55} />
          <Circle radius={(LASER_RADIUS + 2) * px} fill="#FFFFFF" />
          <Circle radius={LASER_RADIUS * px} fill="#D55E00" />
        </Group>
      )}
    </Layer>
  );
}
