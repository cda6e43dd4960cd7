import { useState, useSyncExternalStore } from 'react';
import { Group, Layer, Line, Rect, Text } from 'react-konva';
import { sameColumn } from '../../shared/document/commands';
import type { JourneyLayout } from '../../shared/layout/layout';
import { cardTextWidth, METRICS } from '../../shared/layout/metrics';
import { cardsInCell } from '../editor/navigation';
import { marqueeRect, type Gesture, type GestureStore } from '../editor/gesture-store';
import type { Viewport } from '../editor/viewport';
import { wrapLines } from './measure';
import { FONT_FAMILY, GRID } from './theme';
import { contentTransform } from './transform';

interface Props { layout: JourneyLayout; viewport: Viewport; gestures: GestureStore }

function CardDrag({ layout, gesture, zoom }: { layout: JourneyLayout; gesture: Extract<Gesture, { kind: 'cards' }>; zoom: number }) {
  const boxes = layout.cards.filter((c) => gesture.ids.includes(c.id));
  const lead = boxes[0];
  if (!lead) return null;
  const dx = gesture.pointer.x - gesture.grab.x - lead.x;
  const dy = gesture.pointer.y - gesture.grab.y - lead.y;
  const drop = gesture.drop;
  const column = drop && layout.columns.find((c) => sameColumn(c, drop.cell));
  const lane = drop && layout.lanes.find((l) => l.id === drop.cell.laneId);
  const siblings = drop ? cardsInCell(layout, drop.cell).filter((c) => !gesture.ids.includes(c.id)) : [];
  const before = drop?.beforeId ? siblings.find((c) => c.id === drop.beforeId) : undefined;
  const last = siblings.at(-1);
  const lineY = before ? before.y - METRICS.cardGap / 2 : last ? last.y + last.height + METRICS.cardGap / 2 : (lane?.y ?? 0) + METRICS.cellPadding / 2;
  return (
    <>
      {column && lane && (
        <>
          <Rect x={column.x + 1} y={lane.y + 1} width={column.width - 2} height={lane.height - 2} fill={GRID.dropTarget} opacity={0.08} />
          <Line points={[column.x + 8, lineY, column.x + column.width - 8, lineY]} stroke={GRID.dropTarget} strokeWidth={4 / zoom} lineCap="round" />
        </>
      )}
      {boxes.map((box) => (
        <Group key={box.id} name="card" cardText={box.text} x={box.x + dx} y={box.y + dy} opacity={0.9}>
          <Rect width={box.width} height={box.height} fill="#FFFFFF" stroke={GRID.selection} strokeWidth={2 / zoom} cornerRadius={6} />
          <Text x={METRICS.cardPaddingX} y={METRICS.cardPaddingY} width={cardTextWidth(box.width)} text={wrapLines(box.text, cardTextWidth(box.width)).join('\n')}
            fontFamily={FONT_FAMILY} fontSize={METRICS.fontSize} lineHeight={METRICS.lineHeight / METRICS.fontSize} fill={GRID.cardText} wrap="none" />
        </Group>
      ))}
    </>
  );
}

function HeaderDrop({ layout, gesture, zoom }: { layout: JourneyLayout; gesture: Gesture; zoom: number }) {
  const width = 4 / zoom;
  if (gesture.kind === 'stage' || gesture.kind === 'step') {
    const items = gesture.kind === 'stage' ? layout.stages : (layout.stages.find((s) => s.id === gesture.stageId)?.steps ?? []);
    const target = items.find((s) => s.id === gesture.beforeId);
    const lastItem = items.at(-1);
    const x = target ? target.x : lastItem ? lastItem.x + lastItem.width : 0;
    return <Line points={[x, 0, x, layout.height]} stroke={GRID.dropTarget} strokeWidth={width} />;
  }
  if (gesture.kind === 'lane') {
    const target = layout.lanes.find((l) => l.id === gesture.beforeId);
    const y = target ? target.y : layout.height;
    return <Line points={[0, y, layout.width, y]} stroke={GRID.dropTarget} strokeWidth={width} />;
  }
  if (gesture.kind === 'resize') {
    return (
      <>
        <Line points={[gesture.right, 0, gesture.right, layout.height]} stroke={GRID.dropTarget} strokeWidth={width} dash={[8, 4]} />
        <Text x={gesture.right + 6} y={layout.top + 6} text={`${Math.round(gesture.right - gesture.left)} px`} fontFamily={FONT_FAMILY} fontSize={13 / zoom} fill={GRID.dropTarget} />
      </>
    );
  }
  return null;
}

/** What a gesture in progress looks like: ghosts, drop lines, the marquee, the resize guide. */
export function OverlayLayer({ layout, viewport, gestures }: Props) {
  const gesture = useSyncExternalStore(gestures.subscribe, gestures.get);
  const shown = gesture !== null && gesture.kind !== 'pan' && gesture.kind !== 'emotion';
  // Mounted at the first gesture, then kept: adding a layer sizes and clears canvases the size of
  // the window, which the first draw need not wait for and a click should not pay each time.
  const [needed, setNeeded] = useState(false);
  if (shown && !needed) setNeeded(true);
  if (!shown && !needed) return null;
  return (
    <Layer listening={false} visible={shown} {...contentTransform(viewport)}>
      {shown && gesture.kind === 'cards' && <CardDrag layout={layout} gesture={gesture} zoom={viewport.zoom} />}
      {shown && gesture.kind === 'marquee' && <Rect {...marqueeRect(gesture)} fill={GRID.selection} opacity={0.12} stroke={GRID.selection} strokeWidth={1 / viewport.zoom} />}
      {shown && <HeaderDrop layout={layout} gesture={gesture} zoom={viewport.zoom} />}
    </Layer>
  );
}
