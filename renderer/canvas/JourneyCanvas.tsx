import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Stage } from 'react-konva';
import { LIMITS } from '../../shared/document/limits';
import { cardsInRect } from '../../shared/layout/hit-test';
import type { CardBox, JourneyLayout, LaneBox } from '../../shared/layout/layout';
import type { EditorState } from '../editor/context';
import type { GestureStore } from '../editor/gesture-store';
import { selectedCardIds } from '../editor/selection';
import type { EditorActions } from '../editor/use-editor';
import { visibleRect } from '../editor/viewport';
import { CardNodes } from './CardNodes';
import { CanvasContent } from './content/CanvasContent';
import { editingBox } from './editing-box';
import { EmotionCurves } from './EmotionCurves';
import { GridLayer } from './GridLayer';
import { MapGrid } from './MapGrid';
import { activeGridPlace, gridPlaceId } from './map-grid-model';
import { Headers, NO_LINK_MARKS, type LinkMarks } from './Headers';
import { OverlayLayer } from './OverlayLayer';
import { SelectionMarks } from './SelectionMarks';
import { TextOverlay } from './TextOverlay';
import { contentTransform } from './transform';
import { usePointer } from './use-pointer';

interface Props {
  layout: JourneyLayout;
  state: EditorState;
  actions: EditorActions;
  gestures: GestureStore;
  latest: React.RefObject<{ state: EditorState; layout: JourneyLayout }>;
  label: string;
  onResize: (size: { width: number; height: number }) => void;
  /** Konva layers drawn over the map and its headers (presenting: the dim mask and the pointers' marks). */
  layersOnTop?: React.ReactNode;
  /** Konva shapes drawn with the content, over cards and curves, under the headers (a workshop's vote dots and rating bands). */
  contentMarks?: React.ReactNode;
  /**
   * Konva shapes in content coordinates on a layer of their own, over the content and under the
   * headers: marks that change far more often than the map (the other laptops' pointers and
   * selections), so a moving pointer redraws this layer and never the cards. Null: no layer.
   */
  liveMarks?: React.ReactNode;
  /** Stages and steps that link to another map, by id, and whether the link works. */
  linkMarks?: LinkMarks;
}

/** The ids of cards being dragged, as a stable string so the card layer re-renders only at drag start and end. */
function useDraggedIds(gestures: GestureStore): ReadonlySet<string> {
  const key = useSyncExternalStore(gestures.subscribe, () => {
    const g = gestures.get();
    return g?.kind === 'cards' && g.drop !== null ? g.ids.join(',') : '';
  });
  return useMemo(() => new Set(key === '' ? [] : key.split(',')), [key]);
}

type ContentProps = {
  layout: JourneyLayout; viewport: EditorState['viewport']; inView: readonly CardBox[]; lanesById: ReadonlyMap<string, LaneBox>; dragged: ReadonlySet<string>;
  hiddenId: string | null; gestures: GestureStore; selection: EditorState['selection']; focusCurve: string | null; selected: readonly CardBox[];
  cursor: EditorState['cursor']; contentMarks: React.ReactNode;
};

/**
 * Cards, curves and what is drawn with them. Memoized: the map screen renders for things the
 * layer does not draw (the save status, a panel), and every render of its shapes redraws it.
 */
const ContentLayer = memo(function ContentLayer({ layout, viewport, inView, lanesById, dragged, hiddenId, gestures, selection, focusCurve, selected, cursor, contentMarks }: ContentProps) {
  return (
    <Layer listening={false} {...contentTransform(viewport)}>
      <CardNodes cards={inView} lanesById={lanesById} faded={dragged} hiddenId={hiddenId} />
      <EmotionCurves layout={layout} gestures={gestures} selection={selection} focusCurve={focusCurve} />
      <CanvasContent layout={layout} cards={inView} />
      {contentMarks}
      <SelectionMarks layout={layout} selected={selected} cursor={cursor} zoom={viewport.zoom} />
    </Layer>
  );
});

type StageProps = ContentProps & {
  width: number; height: number; blueprintLabels: React.ComponentProps<typeof GridLayer>['blueprintLabels']; linkMarks: LinkMarks; layersOnTop: React.ReactNode;
  liveMarks: React.ReactNode;
};

/**
 * The Konva stage and its layers. Memoized: every render of react-konva's Stage reconciles all
 * its layers again in a layout effect, and the map screen renders for much the stage does not draw.
 */
const MapStage = memo(function MapStage({ width, height, blueprintLabels, linkMarks, layersOnTop, liveMarks, ...content }: StageProps) {
  const { layout, viewport, gestures, selection, focusCurve } = content;
  return (
    <Stage width={width} height={height} listening={false}>
      <GridLayer layout={layout} viewport={viewport} blueprintLabels={blueprintLabels} />
      <ContentLayer {...content} />
      {/* Only while there are such marks: a layer costs a canvas the size of the window. */}
      {liveMarks && <Layer listening={false} name="live-marks" {...contentTransform(viewport)}>{liveMarks}</Layer>}
      <Headers layout={layout} viewport={viewport} selection={selection} focusCurve={focusCurve} viewHeight={height} viewWidth={width} linkMarks={linkMarks} />
      {layersOnTop}
      <OverlayLayer layout={layout} viewport={viewport} gestures={gestures} />
    </Stage>
  );
});

/** The swimlane grid: pinned headers, zoomed and scrolled content, gestures, and in-place text editing. */
export function JourneyCanvas({ layout, state, actions, gestures, latest, label, onResize, layersOnTop = null, contentMarks = null, liveMarks = null, linkMarks = NO_LINK_MARKS }: Props) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const gridId = useId();
  const helpId = useId();
  const { viewport, view, selection, editing } = state;
  usePointer({ host, latest, actions, gestures });

  // Measured once before the first paint, so the map is drawn in the commit that mounts it
  // instead of a frame later when the observer first reports; the observer follows resizes
  // (its first report, the size just measured, draws nothing again).
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    let reported = { width: -1, height: -1 };
    const report = (box: { width: number; height: number }) => {
      const size = { width: Math.floor(box.width), height: Math.floor(box.height) };
      if (size.width === reported.width && size.height === reported.height) return;
      reported = size;
      onResize(size);
    };
    report(element.getBoundingClientRect());
    const observer = new ResizeObserver(([entry]) => {
      if (entry) report(entry.contentRect);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onResize]);

  // When the text field closes, the keyboard goes back to the map, not to the page body.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing && (document.activeElement === document.body || document.activeElement === null)) host.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  const lanesById = useMemo(() => new Map(layout.lanes.map((l) => [l.id, l])), [layout]);
  const inView = useMemo(() => cardsInRect(layout, visibleRect(viewport, view)), [layout, viewport, view]);
  const selectedIds = selectedCardIds(selection);
  const selected = useMemo(() => layout.cards.filter((c) => selectedIds.includes(c.id)), [layout, selectedIds]);
  const active = useMemo(() => activeGridPlace(layout, selection, state.cursor), [layout, selection, state.cursor]);
  const dragged = useDraggedIds(gestures);
  const box = editingBox(layout, viewport, editing);
  const blueprintLabels = useMemo(() => ({ interaction: t('blueprint.interaction'), visibility: t('blueprint.visibility'), internalInteraction: t('blueprint.internalInteraction') }), [t]);

  return (
    <div ref={host} className="canvas-host" role="application" aria-label={label} aria-describedby={helpId} tabIndex={0}
      aria-activedescendant={editing ? undefined : gridPlaceId(gridId, active)}>
      {view.width > 0 && (
        <MapStage width={view.width} height={view.height} layout={layout} viewport={viewport} blueprintLabels={blueprintLabels} inView={inView} lanesById={lanesById}
          dragged={dragged} hiddenId={editing?.kind === 'card' ? editing.id : null} gestures={gestures} selection={selection} focusCurve={state.focusCurve}
          selected={selected} cursor={state.cursor} contentMarks={contentMarks} liveMarks={liveMarks} linkMarks={linkMarks} layersOnTop={layersOnTop} />
      )}
      {editing && box && (
        <TextOverlay
          key={JSON.stringify(editing)}
          label={t(editing.kind === 'card' || editing.kind === 'newCard' ? 'editor.cardEditorLabel' : 'editor.nameEditorLabel')}
          initialText={box.text}
          multiline={box.multiline}
          maxLength={box.multiline ? LIMITS.cardTextLength : LIMITS.nameLength}
          box={box}
          zoom={viewport.zoom}
          fontSize={box.fontSize}
          onFinish={(text, advance) => (box.multiline ? actions.finishCardText(text, advance) : actions.finishName(text, advance))}
          onCancel={actions.cancelEditing}
        />
      )}
      {layout.cards.length === 0 && !editing && <p className="canvas-hint" aria-hidden="true">{t('editor.emptyCellHint')}</p>}
      <p id={helpId} className="visually-hidden">{layout.cards.length === 0 ? `${t('editor.emptyCellHint')}. ` : ''}{t('a11y.grid.help')}</p>
      {/* Screen readers cannot read a canvas: the map is a grid for them too. */}
      <MapGrid layout={layout} inView={inView} selection={selection} active={active} idPrefix={gridId} label={t('a11y.grid.label')} />
    </div>
  );
}
