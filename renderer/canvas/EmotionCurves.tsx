import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Circle, Group, Line, Text } from 'react-konva';
import { EMOTION_MAX, EMOTION_MIN } from '../../shared/document/limits';
import { roundEmotion } from '../../shared/document/commands';
import { formatSigned } from '../../shared/i18n/numbers';
import { emotionY, type EmotionCurveBox, type JourneyLayout, type LaneBox } from '../../shared/layout/layout';
import { placePointLabels, POINT_LABEL } from '../../shared/layout/point-labels';
import type { GestureStore } from '../editor/gesture-store';
import type { Selection } from '../editor/selection';
import { useCanvasTheme } from './canvas-theme';
import { FONT_FAMILY, emotionColour } from './theme';

interface Props {
  layout: JourneyLayout;
  gestures: GestureStore;
  selection: Selection;
  /** The curve in focus, drawn after (over) the others so its points are the ones seen and picked. */
  focusCurve?: string | null;
}

export const DASHES: Record<EmotionCurveBox['style'], number[]> = { solid: [], dashed: [14, 8], dotted: [2, 7] };

function ScaleLines({ lane, width }: { lane: LaneBox; width: number }) {
  const { grid: GRID } = useCanvasTheme();
  const levels = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MAX - i);
  return (
    <>
      {levels.map((level) => (
        <Line key={level} points={[0, emotionY(lane, level), width, emotionY(lane, level)]} stroke={GRID.line}
          strokeWidth={level === 0 ? 1.5 : 1} dash={level === 0 ? [] : [4, 6]} />
      ))}
    </>
  );
}

/** The curves in drawing order: the one in focus last, the others as the document orders them. */
export function drawingOrder<T extends { curveId: string }>(curves: readonly T[], focusCurve: string | null | undefined): T[] {
  const focused = curves.filter((c) => c.curveId === focusCurve);
  return [...curves.filter((c) => c.curveId !== focusCurve), ...focused];
}

/** One curve per emotion series through its points; the point being dragged follows the pointer. */
export function EmotionCurves({ layout, gestures, selection, focusCurve = null }: Props) {
  const { grid: GRID, curveColour } = useCanvasTheme();
  const { i18n } = useTranslation();
  const dragging = useSyncExternalStore(gestures.subscribe, () => {
    const g = gestures.get();
    return g?.kind === 'emotion' ? g : null;
  });
  // Where each label goes, clear of the other curves' labels and points in its column (the exports place them alike).
  const labels = useMemo(() => new Map(placePointLabels(layout).map((l) => [`${l.curveId}/${l.stageId}/${l.stepId ?? ''}`, l])), [layout]);
  return (
    <>
      {layout.lanes.filter((l) => l.kind === 'emotions' && !l.collapsed).map((lane) => (
        <ScaleLines key={lane.id} lane={lane} width={layout.width} />
      ))}
      {drawingOrder(layout.emotionCurves, focusCurve).map((curve) => {
        const lane = layout.lanes.find((l) => l.id === curve.laneId);
        if (!lane) return null;
        const points = curve.points.map((p) => {
          const live = dragging && dragging.curveId === curve.curveId && dragging.stageId === p.stageId && dragging.stepId === p.stepId;
          const value = live ? roundEmotion(dragging.value) : p.value;
          return { ...p, value, y: live ? emotionY(lane, value) : p.y };
        });
        return (
          <Group key={curve.curveId} name={`curve curve-${curve.curveId}`}>
            <Line points={points.flatMap((p) => [p.x, p.y])} stroke={curveColour(curve.colour)} strokeWidth={3} dash={DASHES[curve.style]} tension={0.3} lineCap="round" lineJoin="round" />
            {points.map((point) => {
              const selected = selection.kind === 'point' && selection.curveId === curve.curveId && selection.stageId === point.stageId && selection.stepId === point.stepId;
              const label = labels.get(`${curve.curveId}/${point.stageId}/${point.stepId ?? ''}`);
              return (
                <Group key={`${point.stageId}/${point.stepId ?? ''}`} x={point.x} y={point.y}>
                  {selected && <Circle radius={18} stroke={GRID.selection} strokeWidth={3} />}
                  <Circle radius={13} fill={emotionColour(point.value)} stroke={curve.style === 'solid' ? '#FFFFFF' : curve.colour} strokeWidth={curve.style === 'solid' ? 2 : 3} />
                  <Text text={formatSigned(point.value, i18n.language)} fontFamily={FONT_FAMILY} fontSize={11} fontStyle="bold" fill="#FFFFFF" width={30} x={-15} y={-6} align="center" />
                  {label && (
                    <Text text={label.text} fontFamily={FONT_FAMILY} fontSize={POINT_LABEL.size} fill={GRID.cardText} width={label.width} x={-label.width / 2} y={label.dy}
                      height={POINT_LABEL.height} verticalAlign="middle" align="center" wrap="none" ellipsis />
                  )}
                </Group>
              );
            })}
          </Group>
        );
      })}
    </>
  );
}
