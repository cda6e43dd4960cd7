import type Konva from 'konva';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Stage } from 'react-konva';
import type { JourneyLayout } from '../../shared/layout/layout';
import { cardAt, cardsInRect, cellAt } from '../../shared/layout/hit-test';
import { METRICS } from '../../shared/layout/metrics';
import { CardNodes } from './CardNodes';
import { CardTextEditor } from './CardTextEditor';
import { EmotionCurves } from './EmotionCurves';
import { GridLayer } from './GridLayer';
import { Headers } from './Headers';
import { clampScroll, visibleRect, type Scroll, type Size } from './viewport';

export type Cell = { laneId: string; stageId: string };
/** What the text overlay edits: an existing card, or a card not yet created in a cell. */
export type Editing = { cardId: string } | { newIn: Cell } | null;

interface Props {
  layout: JourneyLayout;
  label: string;
  selectedId: string | null;
  editing: Editing;
  onSelect: (cardId: string | null) => void;
  onEdit: (editing: Editing) => void;
  onFinishEdit: (text: string) => void;
  onSetEmotion: (curveId: string, column: { stageId: string; stepId: string | undefined }, value: number) => void;
}

function useElementSize(ref: React.RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** The swimlane grid on a Konva stage: pinned headers, scrolled content, and the text overlay. */
export function JourneyCanvas({ layout, label, selectedId, editing, onSelect, onEdit, onFinishEdit, onSetEmotion }: Props) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const view = useElementSize(containerRef);
  const [rawScroll, setScroll] = useState<Scroll>({ x: 0, y: 0 });
  const scroll = clampScroll(rawScroll, layout, view);
  const lanesById = useMemo(() => new Map(layout.lanes.map((l) => [l.id, l])), [layout]);
  const visibleCards = useMemo(() => cardsInRect(layout, visibleRect(scroll, view)), [layout, scroll.x, scroll.y, view.width, view.height]); // eslint-disable-line react-hooks/exhaustive-deps

  const toContent = (stage: Konva.Stage) => {
    const pointer = stage.getPointerPosition();
    return pointer ? { x: pointer.x + scroll.x, y: pointer.y + scroll.y, onHeader: pointer.x < METRICS.laneHeaderWidth || pointer.y < METRICS.stageHeaderHeight } : null;
  };

  const handleClick = (event: Konva.KonvaEventObject<MouseEvent>) => {
    const stage = event.target.getStage();
    const at = stage && toContent(stage);
    if (!at || at.onHeader) return;
    onSelect(cardAt(layout, at.x, at.y)?.id ?? null);
    containerRef.current?.focus();
  };

  const handleDoubleClick = (event: Konva.KonvaEventObject<MouseEvent>) => {
    const stage = event.target.getStage();
    const at = stage && toContent(stage);
    if (!at || at.onHeader) return;
    const card = cardAt(layout, at.x, at.y);
    if (card) return onEdit({ cardId: card.id });
    const cell = cellAt(layout, at.x, at.y);
    if (cell && cell.lane.kind !== 'emotions') onEdit({ newIn: { laneId: cell.lane.id, stageId: cell.stage.id } });
  };

  const editorBox = (() => {
    if (!editing) return null;
    if ('cardId' in editing) {
      const card = layout.cards.find((c) => c.id === editing.cardId);
      return card ? { left: card.x - scroll.x, top: card.y - scroll.y, width: card.width, minHeight: card.height, text: card.text } : null;
    }
    const stage = layout.stages.find((s) => s.id === editing.newIn.stageId);
    const lane = layout.lanes.find((l) => l.id === editing.newIn.laneId);
    if (!stage || !lane) return null;
    const below = layout.cards.filter((c) => c.laneId === lane.id && c.stageId === stage.id).reduce((y, c) => Math.max(y, c.y + c.height + METRICS.cardGap), lane.y + METRICS.cellPadding);
    return { left: stage.x + METRICS.cellPadding - scroll.x, top: below - scroll.y, width: stage.width - 2 * METRICS.cellPadding, minHeight: METRICS.cardMinHeight, text: '' };
  })();

  return (
    <div ref={containerRef} className="canvas-host" role="application" aria-label={label} tabIndex={0}
      onWheel={(e) => setScroll(clampScroll({ x: scroll.x + (e.shiftKey ? e.deltaY : e.deltaX), y: scroll.y + (e.shiftKey ? 0 : e.deltaY) }, layout, view))}>
      {view.width > 0 && (
        <Stage width={view.width} height={view.height} onClick={handleClick} onDblClick={handleDoubleClick}>
          <GridLayer layout={layout} scrollX={scroll.x} scrollY={scroll.y} />
          <Layer x={-scroll.x} y={-scroll.y}>
            <CardNodes cards={visibleCards} lanesById={lanesById} selectedId={selectedId} hiddenId={editing && 'cardId' in editing ? editing.cardId : null} />
            <EmotionCurves layout={layout} onSetEmotion={onSetEmotion} />
          </Layer>
          <Headers layout={layout} scrollX={scroll.x} scrollY={scroll.y} viewHeight={view.height} />
        </Stage>
      )}
      {editing && editorBox && (
        <CardTextEditor key={'cardId' in editing ? editing.cardId : `${editing.newIn.laneId}/${editing.newIn.stageId}`}
          initialText={editorBox.text} box={editorBox} onFinish={onFinishEdit} onCancel={() => onEdit(null)} />
      )}
      {layout.cards.length === 0 && !editing && <p className="canvas-hint">{t('editor.emptyCellHint')}</p>}
      {/* Screen readers cannot read a canvas: the cards in view are listed for them too. */}
      <ul className="visually-hidden" aria-label={t('editor.cardsInView')} data-testid="cards-in-view">
        {visibleCards.map((card) => (
          <li key={card.id}>{card.text}</li>
        ))}
      </ul>
    </div>
  );
}
