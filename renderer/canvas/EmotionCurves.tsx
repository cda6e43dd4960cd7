import type Konva from 'konva';
import { Circle, Group, Line, Text } from 'react-konva';
import { EMOTION_MAX, EMOTION_MIN } from '../../shared/document/limits';
import { emotionValueAt, emotionY, type EmotionCurveBox, type JourneyLayout, type LaneBox } from '../../shared/layout/layout';
import { FONT_FAMILY, emotionColour, GRID } from './theme';

interface Props {
  layout: JourneyLayout;
  onSetEmotion: (curveId: string, column: { stageId: string; stepId: string | undefined }, value: number) => void;
}

const formatValue = (v: number) => (v > 0 ? `+${v}` : String(v));

function ScaleLines({ lane, width }: { lane: LaneBox; width: number }) {
  const levels = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MAX - i);
  return (
    <>
      {levels.map((level) => (
        <Line key={level} points={[0, emotionY(lane, level), width, emotionY(lane, level)]} stroke={GRID.line}
          strokeWidth={level === 0 ? 1.5 : 1} dash={level === 0 ? [] : [4, 6]} listening={false} />
      ))}
    </>
  );
}

function Curve({ curve, lane, onSetEmotion }: { curve: EmotionCurveBox; lane: LaneBox } & Pick<Props, 'onSetEmotion'>) {
  const points = curve.points.flatMap((p) => [p.x, p.y]);
  return (
    <Group>
      <Line points={points} stroke="#0072B2" strokeWidth={3} tension={0.35} lineCap="round" lineJoin="round" listening={false} />
      {curve.points.map((point) => (
        <Group key={`${point.stageId}/${point.stepId ?? ''}`} x={point.x} y={point.y} draggable name="emotion-point"
          dragBoundFunc={function (this: Konva.Node, pos) {
            // Points move only up and down, inside the lane's scale.
            const stage = this.getStage();
            const offsetY = stage ? this.getAbsolutePosition().y - this.y() : 0;
            const top = emotionY(lane, EMOTION_MAX) + offsetY;
            const bottom = emotionY(lane, EMOTION_MIN) + offsetY;
            return { x: this.getAbsolutePosition().x, y: Math.min(bottom, Math.max(top, pos.y)) };
          }}
          onDragEnd={(e) => {
            onSetEmotion(curve.curveId, { stageId: point.stageId, stepId: point.stepId }, emotionValueAt(lane, e.target.y()));
            e.target.position({ x: point.x, y: point.y });
          }}>
          <Circle radius={13} fill={emotionColour(point.value)} stroke="#FFFFFF" strokeWidth={2} />
          <Text text={formatValue(point.value)} fontFamily={FONT_FAMILY} fontSize={11} fontStyle="bold" fill="#FFFFFF"
            width={30} x={-15} y={-6} align="center" listening={false} />
        </Group>
      ))}
    </Group>
  );
}

/** One curve per emotion lane through its points; drag a point up or down to change it. */
export function EmotionCurves({ layout, onSetEmotion }: Props) {
  return (
    <>
      {layout.emotionCurves.map((curve) => {
        const lane = layout.lanes.find((l) => l.id === curve.laneId);
        if (!lane) return null;
        return (
          <Group key={curve.curveId}>
            <ScaleLines lane={lane} width={layout.width} />
            <Curve curve={curve} lane={lane} onSetEmotion={onSetEmotion} />
          </Group>
        );
      })}
    </>
  );
}
