import { memo } from 'react';
import { Group, Layer, Line, Rect, Text } from 'react-konva';
import type { JourneyLayout, LaneBox } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import { LEGEND, LINK_MARK } from '../editor/hit';
import type { Selection } from '../editor/selection';
import { sameGridProps } from './same-grid';
import type { Viewport } from '../editor/viewport';
import { DASHES } from './EmotionCurves';
import { useCanvasTheme } from './canvas-theme';
import { FONT_FAMILY } from './theme';
import { laneHeaderTransform, stageHeaderTransform } from './transform';

/** How a linked stage's or step's mark is drawn: a working link, or one that leads nowhere. */
export type LinkMarks = ReadonlyMap<string, 'ok' | 'broken'>;
export const NO_LINK_MARKS: LinkMarks = new Map();

interface Props { layout: JourneyLayout; viewport: Viewport; selection: Selection; focusCurve?: string | null; viewHeight: number; viewWidth: number; linkMarks?: LinkMarks }

/**
 * The mark of a header that links to another map, at its right end: two stacked sheets (a map
 * behind this one). A broken link is told apart by shape, not colour alone: a dashed box with "!".
 */
function LinkMark({ right, top, height, state }: { right: number; top: number; height: number; state: 'ok' | 'broken' }) {
  const x = right - LINK_MARK.right - LINK_MARK.width;
  const y = top + (height - LINK_MARK.height) / 2;
  const broken = state === 'broken';
  if (broken) {
    return (
      <Group x={x} y={y}>
        <Rect width={LINK_MARK.width} height={LINK_MARK.height} cornerRadius={5} fill="#E69F00" stroke="#1F2933" strokeWidth={1.5} dash={[4, 3]} />
        <Text width={LINK_MARK.width} height={LINK_MARK.height} text="!" align="center" verticalAlign="middle" fontFamily={FONT_FAMILY} fontSize={17} fontStyle="bold" fill="#1F2933" />
      </Group>
    );
  }
  return (
    <Group x={x} y={y}>
      <Rect width={LINK_MARK.width} height={LINK_MARK.height} cornerRadius={5} fill="rgba(255,255,255,0.16)" stroke="#FFFFFF" strokeWidth={1.5} />
      <Rect x={9} y={4} width={14} height={10} stroke="#FFFFFF" strokeWidth={1.5} cornerRadius={1} />
      <Rect x={6} y={8} width={14} height={10} fill="#22313F" stroke="#FFFFFF" strokeWidth={1.5} cornerRadius={1} />
    </Group>
  );
}

/**
 * A lane's legend of curves (emotions lanes), so two curves can be told apart without colour.
 * Clicking a name brings that curve into focus (editor/hit.ts); the one in focus is marked and bold.
 */
function CurveLegend({ layout, lane, focusCurve }: { layout: JourneyLayout; lane: LaneBox; focusCurve: string | null }) {
  const { grid: GRID, curveColour } = useCanvasTheme();
  const curves = layout.emotionCurves.filter((c) => c.laneId === lane.id);
  if (curves.length < 2) return null;
  return (
    <>
      {curves.map((curve, i) => {
        const focused = curve.curveId === focusCurve;
        return (
          <Group key={curve.curveId} x={18} y={lane.y + LEGEND.top + i * LEGEND.row}>
            {focused && <Rect x={-4} y={-2} width={METRICS.laneHeaderWidth - 28} height={LEGEND.row} cornerRadius={4} stroke={GRID.selection} strokeWidth={1.5} />}
            <Line points={[0, 8, 26, 8]} stroke={curveColour(curve.colour)} strokeWidth={3} dash={DASHES[curve.style]} />
            <Text x={32} y={1} width={METRICS.laneHeaderWidth - 60} text={curve.name} fontFamily={FONT_FAMILY} fontSize={13}
              fontStyle={focused ? 'bold' : 'normal'} fill={GRID.laneHeaderText} wrap="none" ellipsis />
          </Group>
        );
      })}
    </>
  );
}

/** Stage and step headers pinned to the top and lane headers pinned to the left while the map scrolls. */
export const Headers = memo(function Headers({ layout, viewport, selection, focusCurve = null, viewHeight, viewWidth, linkMarks = NO_LINK_MARKS }: Props) {
  const { stageHeaderHeight: stageH, stepHeaderHeight: stepH, laneHeaderWidth: laneW } = METRICS;
  const zoom = viewport.zoom;
  const { grid: GRID, lanes: LANE_COLOURS } = useCanvasTheme();
  const selectedFill = (selected: boolean) => (selected ? GRID.headerSelected : GRID.header);
  return (
    <Layer listening={false}>
      <Group {...laneHeaderTransform(viewport)}>
        <Rect x={0} y={viewport.y} width={laneW} height={viewHeight / zoom} fill={GRID.laneHeader} />
        {layout.lanes.map((lane) => {
          const selected = selection.kind === 'lane' && selection.id === lane.id;
          return (
            <Group key={lane.id}>
              <Rect x={0} y={lane.y} width={laneW} height={lane.height} fill={selected ? GRID.laneHeaderSelected : GRID.laneHeader} stroke={GRID.line} strokeWidth={1} />
              <Rect x={0} y={lane.y} width={6} height={lane.height} fill={LANE_COLOURS[lane.kind].accent} />
              <Text x={14} y={lane.y + 9} text={lane.collapsed ? '▸' : '▾'} fontSize={16} fill={GRID.laneHeaderText} />
              <Text x={32} y={lane.y + 10} width={laneW - 42} height={lane.collapsed ? 20 : undefined} text={lane.name} fontFamily={FONT_FAMILY}
                fontSize={16} fontStyle="bold" fill={GRID.laneHeaderText} wrap={lane.collapsed ? 'none' : 'word'} ellipsis={lane.collapsed} />
              {lane.kind === 'emotions' && !lane.collapsed && <CurveLegend layout={layout} lane={lane} focusCurve={focusCurve} />}
            </Group>
          );
        })}
      </Group>
      <Group {...stageHeaderTransform(viewport)}>
        <Rect x={viewport.x} y={0} width={viewWidth / zoom} height={layout.top} fill={GRID.header} />
        {layout.stages.map((stage) => {
          const stageMark = linkMarks.get(stage.id);
          const markRoom = (mark: unknown) => (mark ? LINK_MARK.width + LINK_MARK.right : 0);
          return (
            <Group key={stage.id}>
              <Rect x={stage.x} y={0} width={stage.width} height={stageH} fill={selectedFill(selection.kind === 'stage' && selection.id === stage.id)} stroke={GRID.headerLine} strokeWidth={1} />
              <Text x={stage.x + 14} y={0} width={stage.width - 28 - markRoom(stageMark)} height={stageH} verticalAlign="middle" text={stage.name}
                fontFamily={FONT_FAMILY} fontSize={17} fontStyle="bold" fill={GRID.headerText} ellipsis wrap="none" />
              {stageMark && <LinkMark right={stage.x + stage.width} top={0} height={stageH} state={stageMark} />}
              {stage.steps.map((step) => {
                const stepMark = linkMarks.get(step.id);
                return (
                  <Group key={step.id}>
                    <Rect x={step.x} y={stageH} width={step.width} height={stepH} fill={selection.kind === 'step' && selection.id === step.id ? GRID.headerSelected : GRID.stepHeader} stroke={GRID.headerLine} strokeWidth={1} />
                    <Text x={step.x + 12} y={stageH} width={step.width - 24 - markRoom(stepMark)} height={stepH} verticalAlign="middle" text={step.name}
                      fontFamily={FONT_FAMILY} fontSize={14} fill={GRID.headerText} ellipsis wrap="none" />
                    {stepMark && <LinkMark right={step.x + step.width} top={stageH} height={stepH} state={stepMark} />}
                  </Group>
                );
              })}
            </Group>
          );
        })}
      </Group>
      <Rect x={0} y={0} width={laneW * zoom} height={layout.top * zoom} fill={GRID.header} />
    </Layer>
  );
}, sameGridProps);
