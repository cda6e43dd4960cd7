import { Arrow, Group, Line, Rect, Text } from 'react-konva';
import type { EmotionCurveBox, JourneyLayout } from '../../../shared/layout/layout';
import { CHANGE_STYLE } from '../../../shared/merge/change-style';
import { ghostArrow } from '../../../shared/merge/ghost-arrow';
import type { ChangeMark, ChangeTarget, CompareMarks, MetricDelta } from '../../../shared/merge/compare-view';
import { FONT_FAMILY, GRID } from '../theme';
import { ChangeBadge } from './ChangeBadge';

interface Props {
  layout: JourneyLayout;
  marks: CompareMarks;
  /** The cards in view: only theirs are drawn. */
  cardsInView: JourneyLayout['cards'];
  /** The other map's curves, drawn dashed and paler over this map's. */
  ghostCurves: readonly EmotionCurveBox[];
  deltas: readonly MetricDelta[];
  formatDelta: (delta: MetricDelta) => string;
  highlight: ChangeTarget;
  /** Moved cards' old places (ghost id → card id): outlined dashed, with an arrow to where the card went. */
  ghosts: ReadonlyMap<string, string>;
}

const outline = (mark: ChangeMark) => ({ stroke: CHANGE_STYLE[mark].colour, strokeWidth: 3, dash: CHANGE_STYLE[mark].dashed ? [8, 5] : [] });

/** Where a change target is on this layout (null: not on this map). */
export function targetBox(layout: JourneyLayout, target: ChangeTarget): { x: number; y: number; width: number; height: number } | null {
  if (!target) return null;
  if (target.kind === 'card') return layout.cards.find((c) => c.id === target.id) ?? null;
  if (target.kind === 'stage') {
    const stage = layout.stages.find((s) => s.id === target.id);
    return stage ? { x: stage.x, y: layout.top, width: stage.width, height: layout.height - layout.top } : null;
  }
  const lane = layout.lanes.find((l) => l.id === target.id);
  return lane ? { x: layout.stages[0]?.x ?? 0, y: lane.y, width: layout.width - (layout.stages[0]?.x ?? 0), height: lane.height } : null;
}

/**
 * The marks of a comparison, drawn in the scrolled content layer over the map: an outline and
 * a badge on each added, removed, moved or changed card, stage column and lane; the other
 * map's emotion curves dashed; each metric's change at a stage as a signed number; and the
 * change chosen in the list ringed.
 */
export function CompareMarksLayer({ layout, marks, cardsInView, ghostCurves, deltas, formatDelta, highlight, ghosts }: Props) {
  const stageX = new Map(layout.stages.map((s) => [s.id, s]));
  const laneY = new Map(layout.lanes.map((l) => [l.id, l]));
  const ring = targetBox(layout, highlight);
  const gridLeft = layout.stages[0]?.x ?? 0;
  return (
    <Group listening={false} name="compare-marks">
      {layout.stages.filter((s) => marks.stages.has(s.id)).map((stage) => {
        const mark = marks.stages.get(stage.id) as ChangeMark;
        return (
          <Group key={`stage-${stage.id}`} name="stage-mark" stageId={stage.id} mark={mark}>
            <Rect x={stage.x + 2} y={layout.top + 2} width={stage.width - 4} height={layout.height - layout.top - 4} {...outline(mark)} />
            <ChangeBadge mark={mark} x={stage.x + stage.width / 2} y={layout.top + 16} />
          </Group>
        );
      })}
      {layout.lanes.filter((l) => marks.lanes.has(l.id)).map((lane) => {
        const mark = marks.lanes.get(lane.id) as ChangeMark;
        return (
          <Group key={`lane-${lane.id}`} name="lane-mark" laneId={lane.id} mark={mark}>
            <Rect x={gridLeft + 2} y={lane.y + 2} width={layout.width - gridLeft - 4} height={lane.height - 4} {...outline(mark)} />
            <ChangeBadge mark={mark} x={gridLeft + 16} y={lane.y + 16} />
          </Group>
        );
      })}
      {cardsInView.filter((c) => marks.cards.has(c.id)).map((card) => {
        const mark = marks.cards.get(card.id) as ChangeMark;
        return (
          <Group key={card.id} name="card-mark" cardId={card.id} mark={mark}>
            <Rect x={card.x - 3} y={card.y - 3} width={card.width + 6} height={card.height + 6} cornerRadius={8} {...outline(mark)} />
            <ChangeBadge mark={mark} x={card.x + card.width - 4} y={card.y + 2} />
          </Group>
        );
      })}
      {ghosts.size > 0 && cardsInView.filter((c) => ghosts.has(c.id)).map((ghost) => {
        const moved = layout.cards.find((c) => c.id === ghosts.get(ghost.id));
        const arrow = moved ? ghostArrow(ghost, moved) : null;
        const style = CHANGE_STYLE.moved;
        return (
          <Group key={ghost.id} name="ghost-mark" cardId={ghosts.get(ghost.id)}>
            <Rect x={ghost.x - 3} y={ghost.y - 3} width={ghost.width + 6} height={ghost.height + 6} cornerRadius={8} stroke={style.colour} strokeWidth={2.5} dash={[6, 5]} />
            {arrow && <Arrow points={arrow} stroke={style.colour} fill={style.colour} strokeWidth={2.5} dash={[10, 6]} pointerLength={12} pointerWidth={12} />}
          </Group>
        );
      })}
      {ghostCurves.map((curve) => (
        <Group key={`ghost-${curve.curveId}`} name="ghost-curve" opacity={0.75}>
          <Line points={curve.points.flatMap((p) => [p.x, p.y])} stroke={curve.colour} strokeWidth={2.5} dash={[10, 7]} tension={0.3} />
          {curve.points.map((p) => <Rect key={`${p.stageId}/${p.stepId ?? ''}`} x={p.x - 5} y={p.y - 5} width={10} height={10} stroke={curve.colour} strokeWidth={2} fill="#FFFFFF" />)}
        </Group>
      ))}
      {deltas.map((delta) => {
        const stage = stageX.get(delta.stageId);
        const lane = laneY.get(delta.laneId);
        if (!stage || !lane || lane.collapsed) return null;
        const text = formatDelta(delta);
        const width = Math.max(34, text.length * 8.5 + 14);
        return (
          <Group key={`${delta.laneId}/${delta.stageId}`} name="metric-delta" x={stage.x + stage.width - width - 8} y={lane.y + 6}>
            <Rect width={width} height={22} cornerRadius={11} fill="#FFFFFF" stroke={GRID.cardText} strokeWidth={1.5} />
            <Text width={width} height={22} align="center" verticalAlign="middle" text={text} fontFamily={FONT_FAMILY} fontSize={13} fontStyle="bold" fill={GRID.cardText} />
          </Group>
        );
      })}
      {ring && <Rect name="compare-highlight" x={ring.x - 8} y={ring.y - 8} width={ring.width + 16} height={ring.height + 16} cornerRadius={10} stroke="#1F2933" strokeWidth={4} />}
    </Group>
  );
}
