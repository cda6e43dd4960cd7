import { useMemo } from 'react';
import type { JourneyDocument } from '../../shared/document/schema';
import type { JourneyLayout } from '../../shared/layout/layout';
import { slidesOf } from '../../shared/presentation/slides';
import { stageLayout } from '../../shared/presentation/stage-layout';
import { showSteps, stageStep, walkSteps, type ShowStep } from '../../shared/presentation/walkthrough';
import type { PresentSession } from './session';
import { presentedDocument } from './use-present-session';
import { useWindowSize } from './use-window-size';

/**
 * The presentation's steps, cut from the map's whole layout for the audience's screen, and
 * the layout the current step is drawn on: its stage as presented (empty card lanes shrunk),
 * or the whole map for a slide and the overview. The editor's window edits on that layout too,
 * so what is drawn is what a click hits.
 */
export function useShowSteps(document: JourneyDocument, layout: JourneyLayout, session: PresentSession | null): { steps: readonly ShowStep[]; shown: JourneyLayout } {
  const windowSize = useWindowSize();
  const screen = session?.audience ?? windowSize;
  const presenting = session !== null;
  const laneByLane = session?.state.laneByLane ?? false;
  const viewId = session?.state.viewId ?? null;
  const slidesOn = session?.state.slides ?? false;
  const presented = useMemo(() => presentedDocument(document, viewId), [document, viewId]);
  const slides = useMemo(() => slidesOf(presented, slidesOn), [presented, slidesOn]);
  const steps = useMemo(
    () => (presenting ? showSteps(walkSteps(layout, { laneByLane, screen: { width: screen.width, height: screen.height } }), slides) : []),
    [presenting, layout, laneByLane, screen.width, screen.height, slides],
  );
  const stageId = session && !session.state.overview ? stageStep(steps[session.state.position])?.stageId : undefined;
  const shown = useMemo(() => (stageId ? stageLayout(layout, stageId) : layout), [layout, stageId]);
  return { steps, shown };
}
