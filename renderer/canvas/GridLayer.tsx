import { Layer, Line, Rect } from 'react-konva';
import type { JourneyLayout } from '../../shared/layout/layout';
import { GRID } from './theme';

/** Lane bands and stage dividers: static, so the layer never listens for events. */
export function GridLayer({ layout, scrollX, scrollY }: { layout: JourneyLayout; scrollX: number; scrollY: number }) {
  return (
    <Layer listening={false} x={-scrollX} y={-scrollY}>
      {layout.lanes.map((lane, i) => (
        <Rect key={lane.id} x={0} y={lane.y} width={layout.width} height={lane.height} fill={i % 2 === 0 ? GRID.laneBand : GRID.laneBandAlt} stroke={GRID.line} strokeWidth={1} />
      ))}
      {layout.stages.map((stage) => (
        <Line key={stage.id} points={[stage.x, 0, stage.x, layout.height]} stroke={GRID.line} strokeWidth={1} />
      ))}
      <Line points={[layout.width, 0, layout.width, layout.height]} stroke={GRID.line} strokeWidth={1} />
    </Layer>
  );
}
