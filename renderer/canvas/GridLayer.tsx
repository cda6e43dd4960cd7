import { memo } from 'react';
import { Layer, Line, Rect, Text } from 'react-konva';
import type { JourneyLayout } from '../../shared/layout/layout';
import type { Viewport } from '../editor/viewport';
import { useCanvasTheme } from './canvas-theme';
import { FONT_FAMILY } from './theme';
import { contentTransform } from './transform';
import { sameGridProps } from './same-grid';

interface Props { layout: JourneyLayout; viewport: Viewport; blueprintLabels: Record<'interaction' | 'visibility' | 'internalInteraction', string> }

/** Lane bands, column dividers and service-blueprint lines: static, so the layer never listens. */
export const GridLayer = memo(function GridLayer({ layout, viewport, blueprintLabels }: Props) {
  const { grid: GRID } = useCanvasTheme();
  const stageEdges = new Set(layout.stages.map((s) => s.x));
  return (
    <Layer listening={false} {...contentTransform(viewport)}>
      {layout.lanes.map((lane, i) => (
        <Rect key={lane.id} x={0} y={lane.y} width={layout.width} height={lane.height} fill={i % 2 === 0 ? GRID.laneBand : GRID.laneBandAlt} stroke={GRID.line} strokeWidth={1} />
      ))}
      {layout.columns.map((column) => (
        <Line key={`${column.stageId}/${column.stepId ?? ''}`} points={[column.x, layout.top, column.x, layout.height]}
          stroke={stageEdges.has(column.x) ? GRID.stageLine : GRID.line} strokeWidth={stageEdges.has(column.x) ? 1.5 : 1} dash={stageEdges.has(column.x) ? [] : [4, 4]} />
      ))}
      <Line points={[layout.width, layout.top, layout.width, layout.height]} stroke={GRID.stageLine} strokeWidth={1.5} />
      {layout.blueprintLines.map((line) => (
        <Line key={`${line.kind}-${line.y}`} points={[0, line.y, layout.width, line.y]} stroke={GRID.blueprintLine} strokeWidth={2.5}
          dash={line.kind === 'visibility' ? [14, 6] : line.kind === 'interaction' ? [] : [3, 5]} />
      ))}
      {layout.blueprintLines.map((line) => (
        <Text key={`label-${line.kind}-${line.y}`} x={layout.width - 260} y={line.y - 18} width={250} align="right"
          text={blueprintLabels[line.kind]} fontFamily={FONT_FAMILY} fontSize={12} fontStyle="bold" fill={GRID.blueprintLine} />
      ))}
    </Layer>
  );
}, sameGridProps);
