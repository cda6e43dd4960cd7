import { Group, Layer, Rect, Text } from 'react-konva';
import type { JourneyLayout } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import { FONT_FAMILY, GRID, LANE_COLOURS } from './theme';

interface Props { layout: JourneyLayout; scrollX: number; scrollY: number; viewHeight: number }

/** Stage headers pinned to the top and lane headers pinned to the left while the map scrolls. */
export function Headers({ layout, scrollX, scrollY, viewHeight }: Props) {
  const { stageHeaderHeight: headerH, laneHeaderWidth: laneW } = METRICS;
  return (
    <Layer listening={false}>
      <Group y={-scrollY}>
        <Rect x={0} y={scrollY} width={laneW} height={Math.max(viewHeight, layout.height)} fill={GRID.laneHeader} />
        {layout.lanes.map((lane) => (
          <Group key={lane.id} y={lane.y}>
            <Rect width={laneW} height={lane.height} fill={GRID.laneHeader} stroke={GRID.line} strokeWidth={1} />
            <Rect width={6} height={lane.height} fill={LANE_COLOURS[lane.kind].accent} />
            <Text x={18} y={14} width={laneW - 30} text={lane.name} fontFamily={FONT_FAMILY} fontSize={16}
              fontStyle="bold" fill={GRID.laneHeaderText} wrap="word" />
          </Group>
        ))}
      </Group>
      <Group x={-scrollX}>
        <Rect x={scrollX} y={0} width={Math.max(layout.width, scrollX + 4000)} height={headerH} fill={GRID.header} />
        {layout.stages.map((stage) => (
          <Group key={stage.id} x={stage.x}>
            <Rect width={stage.width} height={headerH} fill={GRID.header} stroke="#3B4B5A" strokeWidth={1} />
            <Text x={14} y={0} width={stage.width - 28} height={headerH} verticalAlign="middle" text={stage.name}
              fontFamily={FONT_FAMILY} fontSize={17} fontStyle="bold" fill={GRID.headerText} ellipsis wrap="none" />
          </Group>
        ))}
      </Group>
      <Rect x={0} y={0} width={laneW} height={headerH} fill={GRID.header} />
    </Layer>
  );
}
