import { Circle, Group, Rect, RegularPolygon, Text } from 'react-konva';
import { BADGE_RADIUS, CHANGE_STYLE } from '../../../shared/merge/change-style';
import type { ChangeMark } from '../../../shared/merge/compare-view';
import { FONT_FAMILY } from '../theme';

/** A change's badge: its colour, its shape and its symbol, centred at (x, y) in map units. */
export function ChangeBadge({ mark, x, y }: { mark: ChangeMark; x: number; y: number }) {
  const style = CHANGE_STYLE[mark];
  const r = BADGE_RADIUS;
  const outline = { stroke: '#FFFFFF', strokeWidth: 2 };
  return (
    <Group x={x} y={y} name="change-badge" listening={false}>
      {style.shape === 'circle' && <Circle radius={r} fill={style.colour} {...outline} />}
      {style.shape === 'square' && <Rect x={-r} y={-r} width={2 * r} height={2 * r} fill={style.colour} {...outline} />}
      {style.shape === 'diamond' && <Rect x={0} y={-r * 1.3} width={r * 1.84} height={r * 1.84} rotation={45} fill={style.colour} {...outline} />}
      {style.shape === 'triangle' && <RegularPolygon sides={3} radius={r * 1.35} y={r * 0.25} fill={style.colour} {...outline} />}
      <Text x={-r} y={-r + (style.shape === 'triangle' ? 3 : 0)} width={2 * r} height={2 * r} align="center" verticalAlign="middle"
        text={style.symbol} fontFamily={FONT_FAMILY} fontSize={16} fontStyle="bold" fill={style.ink} />
    </Group>
  );
}
