import { useMemo } from 'react';
import type { JourneyDocument } from '../../../shared/document/schema';
import { computeLayout } from '../../../shared/layout/layout';
import { estimateLines, METRICS } from '../../../shared/layout/metrics';
import { GRID, LANE_COLOURS } from '../../canvas/theme';

const DASH = { solid: undefined, dashed: '24 14', dotted: '6 12' } as const;

/**
 * A small drawing of a journey: stage headers, lanes in their colours, cards, emotion curves,
 * metric bars and blueprint lines, from the same layout the canvas uses. Decorative: the
 * button around it carries the name.
 */
export function TemplatePreview({ document }: { document: JourneyDocument }) {
  const layout = useMemo(() => computeLayout(document, estimateLines), [document]);
  const laneWidth = METRICS.laneHeaderWidth;
  return (
    <svg className="template-preview" viewBox={`0 0 ${layout.width} ${layout.height}`} preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
      <rect width={layout.width} height={layout.height} fill={GRID.background} />
      {layout.lanes.map((lane) => (
        <g key={lane.id}>
          <rect x={laneWidth} y={lane.y} width={layout.width - laneWidth} height={lane.height} fill={LANE_COLOURS[lane.kind].fill} stroke={GRID.line} strokeWidth={2} />
          <rect x={0} y={lane.y} width={laneWidth} height={lane.height} fill={GRID.laneHeader} stroke={GRID.line} strokeWidth={2} />
          <rect x={0} y={lane.y} width={40} height={lane.height} fill={LANE_COLOURS[lane.kind].accent} />
        </g>
      ))}
      <rect width={layout.width} height={layout.top} fill={GRID.header} />
      {layout.stages.map((stage) => <line key={stage.id} x1={stage.x} y1={0} x2={stage.x} y2={layout.height} stroke="#3B4B5A" strokeWidth={3} />)}
      {layout.cards.map((card) => {
        const kind = layout.lanes.find((l) => l.id === card.laneId)?.kind ?? 'actions';
        return <rect key={card.id} x={card.x} y={card.y} width={card.width} height={card.height} rx={8} fill="#FFFFFF" stroke={LANE_COLOURS[kind].accent} strokeWidth={5} />;
      })}
      {layout.metricLanes.flatMap((lane) => {
        const box = layout.lanes.find((l) => l.id === lane.laneId);
        const max = Math.max(1e-9, ...lane.bars.map((b) => Math.abs(b.value)));
        return box ? lane.bars.map((bar) => {
          const height = (Math.abs(bar.value) / max) * (box.height - 30);
          return <rect key={`${lane.laneId}/${bar.stageId}`} x={bar.x + bar.width * 0.35} y={box.y + box.height - 10 - height} width={bar.width * 0.3} height={height} fill="#0072B2" />;
        }) : [];
      })}
      {layout.emotionCurves.map((curve) => (
        <polyline key={curve.curveId} points={curve.points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={curve.colour} strokeWidth={8}
          strokeDasharray={DASH[curve.style]} strokeLinecap="round" strokeLinejoin="round" />
      ))}
      {layout.blueprintLines.map((line) => (
        <line key={line.kind} x1={laneWidth} y1={line.y} x2={layout.width} y2={line.y} stroke={GRID.cardText} strokeWidth={6}
          strokeDasharray={line.kind === 'interaction' ? '30 16' : line.kind === 'internalInteraction' ? '6 14' : undefined} />
      ))}
    </svg>
  );
}
