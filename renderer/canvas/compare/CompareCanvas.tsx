import { useMemo } from 'react';
import { Layer, Stage } from 'react-konva';
import { cardsInRect } from '../../../shared/layout/hit-test';
import type { EmotionCurveBox, JourneyLayout } from '../../../shared/layout/layout';
import type { ChangeTarget, CompareMarks, MetricDelta } from '../../../shared/merge/compare-view';
import { GestureStore } from '../../editor/gesture-store';
import { NOTHING, type Selection } from '../../editor/selection';
import { visibleRect, type Size, type Viewport } from '../../editor/viewport';
import { CardNodes } from '../CardNodes';
import { MetricBars } from '../content/MetricBars';
import { EmotionCurves } from '../EmotionCurves';
import { GridLayer } from '../GridLayer';
import { Headers } from '../Headers';
import { contentTransform } from '../transform';
import { CompareMarksLayer } from './CompareMarksLayer';

export interface CompareCanvasProps {
  layout: JourneyLayout;
  viewport: Viewport;
  view: Size;
  marks: CompareMarks;
  ghostCurves: readonly EmotionCurveBox[];
  deltas: readonly MetricDelta[];
  formatDelta: (delta: MetricDelta) => string;
  highlight: ChangeTarget;
  /** Cards drawn faded: what the map after no longer has (the overlay shows them where they were). */
  faded: ReadonlySet<string>;
  blueprintLabels: Record<'interaction' | 'visibility' | 'internalInteraction', string>;
  /** Names the cards-in-view list for screen readers (and says which map this is). */
  cardsLabel: string;
  /** The mark's name, read out with each card in the list. */
  markName: (mark: string) => string;
  /** Moved cards' old places on the overlay (ghost id → card id), drawn faded and dashed. */
  ghosts: ReadonlyMap<string, string>;
  /** What a ghost is, read out with it in the list ("where it was"). */
  ghostName: string;
}

/** Nothing is dragged on a canvas nobody edits. */
const NO_GESTURES = new GestureStore();

/**
 * A map drawn for comparing: the editor's grid, cards, curves and metric charts, with the
 * comparison's marks over them. Read-only: it never listens; the screen around it pans and
 * zooms it. Cards in view are listed for screen readers with their mark.
 */
export function CompareCanvas(props: CompareCanvasProps) {
  const { layout, viewport, view, marks, highlight } = props;
  const lanesById = useMemo(() => new Map(layout.lanes.map((l) => [l.id, l])), [layout]);
  const inView = useMemo(() => cardsInRect(layout, visibleRect(viewport, view)), [layout, viewport, view]);
  const selection: Selection = highlight?.kind === 'stage' || highlight?.kind === 'lane' ? { kind: highlight.kind, id: highlight.id } : NOTHING;
  return (
    <>
      {view.width > 0 && view.height > 0 && (
        <Stage width={view.width} height={view.height} listening={false}>
          <GridLayer layout={layout} viewport={viewport} blueprintLabels={props.blueprintLabels} />
          <Layer listening={false} {...contentTransform(viewport)}>
            <CardNodes cards={inView} lanesById={lanesById} faded={props.faded} hiddenId={null} />
            <EmotionCurves layout={layout} gestures={NO_GESTURES} selection={NOTHING} />
            <MetricBars layout={layout} />
            <CompareMarksLayer layout={layout} marks={marks} cardsInView={inView} ghostCurves={props.ghostCurves} deltas={props.deltas}
              formatDelta={props.formatDelta} highlight={highlight} ghosts={props.ghosts} />
          </Layer>
          <Headers layout={layout} viewport={viewport} selection={selection} viewHeight={view.height} viewWidth={view.width} />
        </Stage>
      )}
      <ul className="visually-hidden" aria-label={props.cardsLabel} data-testid="compare-cards-in-view">
        {inView.map((card) => {
          const ghostOf = props.ghosts.get(card.id);
          const mark = ghostOf ? 'moved-from' : marks.cards.get(card.id);
          const said = ghostOf ? props.ghostName : mark && props.markName(mark);
          return (
            <li key={card.id} data-card-id={ghostOf ?? card.id} data-mark={mark ?? ''} aria-current={(highlight?.kind === 'card' && highlight.id === card.id) || undefined}>
              {said ? `${card.text} (${said})` : card.text}
            </li>
          );
        })}
      </ul>
    </>
  );
}
