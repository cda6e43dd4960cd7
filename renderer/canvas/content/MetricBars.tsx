import { useTranslation } from 'react-i18next';
import { Group, Line, Rect, Text } from 'react-konva';
import type { JourneyLayout, MetricLaneBox } from '../../../shared/layout/layout';
import { FONT_FAMILY, GRID } from '../theme';

const LABEL_SPACE = 22;
const PADDING = 10;

/** A bar per stage in a metrics lane, scaled to the lane's largest value, each with its number and unit. */
function LaneBars({ lane, box, format }: { lane: MetricLaneBox; box: { y: number; height: number }; format: (v: number) => string }) {
  const max = Math.max(1e-9, ...lane.bars.map((b) => Math.abs(b.value)));
  const negative = lane.bars.some((b) => b.value < 0);
  const top = box.y + LABEL_SPACE;
  const bottom = box.y + box.height - (negative ? LABEL_SPACE : PADDING);
  const zero = negative ? (top + bottom) / 2 : bottom;
  const span = negative ? (bottom - top) / 2 : bottom - top;
  const left = Math.min(...lane.bars.map((b) => b.x));
  const right = Math.max(...lane.bars.map((b) => b.x + b.width));
  return (
    <Group name="metric-bars">
      {lane.bars.length > 0 && <Line points={[left, zero, right, zero]} stroke={GRID.line} strokeWidth={1.5} />}
      {lane.bars.map((bar) => {
        const barWidth = Math.min(56, bar.width * 0.35);
        const x = bar.x + (bar.width - barWidth) / 2;
        const height = (Math.abs(bar.value) / max) * span;
        const y = bar.value >= 0 ? zero - height : zero;
        const text = `${format(bar.value)}${lane.unit ? ` ${lane.unit}` : ''}`;
        return (
          <Group key={`${bar.stageId}/${bar.stepId ?? ''}`}>
            <Rect x={x} y={y} width={barWidth} height={Math.max(1, height)} fill={bar.value >= 0 ? '#0072B2' : '#D55E00'} cornerRadius={2} />
            <Text x={bar.x} width={bar.width} align="center" y={bar.value >= 0 ? y - 18 : y + height + 4} text={text}
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
