import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Stage } from 'react-konva';
import { cardsInRect } from '../../../shared/layout/hit-test';
import type { JourneyLayout } from '../../../shared/layout/layout';
import type { Rect, Viewport } from '../../../shared/presentation/focus';
import type { PresentationState } from '../../../shared/presentation/messages';
import { CanvasThemeContext } from '../../canvas/canvas-theme';
import { CardNodes } from '../../canvas/CardNodes';
import { CanvasContent } from '../../canvas/content/CanvasContent';
import { EmotionCurves } from '../../canvas/EmotionCurves';
import { GridLayer } from '../../canvas/GridLayer';
import { Headers } from '../../canvas/Headers';
import { contentTransform } from '../../canvas/transform';
import { GestureStore } from '../../editor/gesture-store';
import { NOTHING } from '../../editor/selection';
import { visibleRect } from '../../editor/viewport';
import type { ShowTheme } from '../themes';
import { FocusMask } from './FocusMask';
import { PointerMarks } from './PointerMarks';

interface Props {
  layout: JourneyLayout;
  viewport: Viewport;
  view: { width: number; height: number };
  focus: Rect | null;
  marks: PresentationState['marks'];
  laser: PresentationState['laser'];
  theme: ShowTheme;
}

/** Nothing is ever dragged on a canvas nobody edits. */
const NO_GESTURES = new GestureStore();
const NONE: ReadonlySet<string> = new Set();

/**
 * The map drawn for watching, with the editor's own layers: the audience's window and the
 * presenter's preview of the next step. Editing happens in the presenting window's canvas.
 */
export function ShowCanvas({ layout, viewport, view, focus, marks, laser, theme }: Props) {
  const { t } = useTranslation();
  const lanesById = useMemo(() => new Map(layout.lanes.map((l) => [l.id, l])), [layout]);
  const inView = useMemo(() => cardsInRect(layout, visibleRect(viewport, view)), [layout, viewport, view]);
  const blueprintLabels = { interaction: t('blueprint.interaction'), visibility: t('blueprint.visibility'), internalInteraction: t('blueprint.internalInteraction') };
  if (view.width <= 0 || view.height <= 0) return null;
  return (
    <CanvasThemeContext.Provider value={theme.canvas}>
      <Stage width={view.width} height={view.height} listening={false}>
        <GridLayer layout={layout} viewport={viewport} blueprintLabels={blueprintLabels} />
        <Layer listening={false} {...contentTransform(viewport)}>
          <CardNodes cards={inView} lanesById={lanesById} faded={NONE} hiddenId={null} />
          <EmotionCurves layout={layout} gestures={NO_GESTURES} selection={NOTHING} />
          <CanvasContent layout={layout} cards={inView} />
        </Layer>
        <Headers layout={layout} viewport={viewport} selection={NOTHING} viewHeight={view.height} viewWidth={view.width} />
        <FocusMask layout={layout} viewport={viewport} view={view} focus={focus} theme={theme} />
        <PointerMarks viewport={viewport} marks={marks} laser={laser} theme={theme} />
      </Stage>
    </CanvasThemeContext.Provider>
  );
}
