import type { JourneyLayout } from '../../shared/layout/layout';
import type { Viewport } from '../editor/viewport';
import { FocusMask } from './canvas/FocusMask';
import { PointerMarks } from './canvas/PointerMarks';
import { isSlide } from '../../shared/presentation/walkthrough';
import { ShowHud } from './ShowHud';
import { ShowSlide } from './ShowSlide';
import { ToolSurface } from './ToolSurface';
import type { Show } from './use-show';

interface LayerProps { show: Show; layout: JourneyLayout; viewport: Viewport; view: { width: number; height: number } }

/** Konva layers over the editor's canvas while presenting: the dim mask, then the pointers' marks. */
export function ShowLayers({ show, layout, viewport, view }: LayerProps) {
  const state = show.session?.state;
  if (!state) return null;
  return (
    <>
      <FocusMask layout={layout} viewport={viewport} view={view} focus={show.focus} theme={show.theme} />
      <PointerMarks viewport={viewport} marks={state.marks} laser={state.laser} theme={show.theme} />
    </>
  );
}

/** Page elements over the canvas while presenting: the pointer tools' surface and the progress bar. */
export function ShowOverlay({ show, layout, getViewport }: { show: Show; layout: JourneyLayout; getViewport: () => Viewport }) {
  const state = show.session?.state;
  if (!state) return null;
  return (
    <>
      <ToolSurface tool={state.tool} getViewport={getViewport} dispatch={show.dispatch} />
      {isSlide(show.walk.step) && !state.overview && !show.session?.liveEdit && <ShowSlide slide={show.walk.step.slide} document={show.presented} />}
      <ShowHud layout={layout} walk={show.walk} state={state} title={show.presented.journey.title} onJump={(number) => show.dispatch({ type: 'goToStage', number })} />
    </>
  );
}
