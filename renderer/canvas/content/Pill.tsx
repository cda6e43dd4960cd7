import { Group, Line, Rect, RegularPolygon, Text } from 'react-konva';
import { FONT_FAMILY } from '../theme';
import { pillWidth, type PillSpec } from './card-pills';

import { checkPoints, PILL_HEIGHT, pillIcon } from '../../../shared/export/card-marks';

export { PILL_HEIGHT };

/** A small labelled mark on a card's top edge. */
export function Pill({ pill, x, y }: { pill: PillSpec; x: number; y: number }) {
  const width = pillWidth(pill);
  const icon = pillIcon(pill);
  const textX = icon ? 19 : 0;
  return (
    <Group x={x} y={y} name={`mark-${pill.key}`}>
      <Rect width={width} height={PILL_HEIGHT} cornerRadius={PILL_HEIGHT / 2} fill={pill.fill} stroke={pill.stroke} strokeWidth={1.25} dash={pill.dashed ? [3, 2] : []} />
      {icon === 'triangle' && <RegularPolygon x={11} y={PILL_HEIGHT / 2 + 1} sides={3} radius={5.5} fill={pill.stroke} />}
      {icon === 'check' && <Line points={checkPoints(PILL_HEIGHT / 2).flat()} stroke={pill.stroke} strokeWidth={2} lineCap="round" lineJoin="round" />}
      <Text x={textX} width={width - textX - (icon ? 6 : 0)} height={PILL_HEIGHT} align={icon ? 'left' : 'center'} verticalAlign="middle"
        text={pill.text} fontFamily={FONT_FAMILY} fontSize={11} fontStyle="bold" fill={pill.textColour} />
    </Group>
  );
}
