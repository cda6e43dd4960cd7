import { useTranslation } from 'react-i18next';
import { Group, Line, Rect, Text } from 'react-konva';
import type { BlueprintLine, JourneyLayout } from '../../../shared/layout/layout';
import { FONT_FAMILY, GRID } from '../theme';

/** Each line has its own pattern as well as its label: lines never differ by colour alone. */
const PATTERN: Record<BlueprintLine['kind'], { dash: number[]; width: number }> = {
  interaction: { dash: [12, 6], width: 2 },
  visibility: { dash: [], width: 2.5 },
  internalInteraction: { dash: [2, 5], width: 2 },
};
const LABEL_EVERY = 4;

/** The service blueprint's lines of interaction, visibility and internal interaction, labelled along the map. */
export function BlueprintLines({ layout }: { layout: JourneyLayout }) {
  const { t } = useTranslation();
  const left = layout.stages[0]?.x ?? 0;
  // Labelled at the first stage and every few stages after, so a scrolled map still names its lines.
  const labelXs = layout.stages.filter((_, i) => i % LABEL_EVERY === 0).map((s) => s.x + 8);
  return (
    <>
      {layout.blueprintLines.map((line) => {
        const label = t(`content.blueprint.${line.kind}`);
        const width = label.length * 6.4 + 12;
        return (
          <Group key={line.kind + line.y} name="blueprint-line">
            <Line points={[left, line.y, layout.width, line.y]} stroke={GRID.cardText} strokeWidth={PATTERN[line.kind].width}
              dash={PATTERN[line.kind].dash} lineCap="round" />
            {labelXs.map((x) => (
              <Group key={x} x={x} y={line.y - 9}>
                <Rect width={width} height={18} fill="#FFFFFF" stroke={GRID.cardText} strokeWidth={1} cornerRadius={9} />
                <Text text={label} width={width} height={18} align="center" verticalAlign="middle" fontFamily={FONT_FAMILY} fontSize={11} fontStyle="bold" fill={GRID.cardText} />
              </Group>
            ))}
          </Group>
        );
      })}
    </>
  );
}
