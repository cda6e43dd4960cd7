import { useTranslation } from 'react-i18next';
import { Group, Line, Rect, Text } from 'react-konva';
import type { JourneyLayout, MetricLaneBox } from '../../../shared/layout/layout';
import { metricBarColour, metricLaneGeometry } from '../../../shared/layout/metric-bars';
import { useCanvasTheme } from '../canvas-theme';
import { FONT_FAMILY } from '../theme';

/** A bar per stage in a metrics lane, from a zero line (negative values below it), each with its number and unit. */
function LaneBars({ lane, box, format }: { lane: MetricLaneBox; box: { y: number; height: number }; format: (v: number) => string }) {
  const { zero, bars } = metricLaneGeometry(lane, box);
  // The theme's: a presentation's dark grounds need light numbers.
  const { grid: GRID } = useCanvasTheme();
  return (
    <Group name="metric-bars">
      {zero && <Line points={[zero.x1, zero.y, zero.x2, zero.y]} stroke={GRID.line} strokeWidth={1.5} />}
      {bars.map((bar) => {
        const text = `${format(bar.value)}${lane.unit ? ` ${lane.unit}` : ''}`;
        return (
          <Group key={`${bar.stageId}/${bar.stepId ?? ''}`}>
            <Rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={metricBarColour(bar.value)} cornerRadius={2} />
            <Text x={bar.labelX - bar.labelWidth / 2} width={bar.labelWidth} align="center" y={bar.labelTop} text={text}
              fontFamily={FONT_FAMILY} fontSize={13} fontStyle="bold" fill={GRID.cardText} />
          </Group>
        );
      })}
    </Group>
  );
}

/** The metrics lanes' charts. */
export function MetricBars({ layout }: { layout: JourneyLayout }) {
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <>
      {layout.metricLanes.map((lane) => {
        const box = layout.lanes.find((l) => l.id === lane.laneId);
        return box ? <LaneBars key={lane.laneId} lane={lane} box={box} format={(v) => number.format(v)} /> : null;
      })}
    </>
  );
}
