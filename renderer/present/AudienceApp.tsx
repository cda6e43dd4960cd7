import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../shared/document/schema';
import { computeLayout } from '../../shared/layout/layout';
import { stageLayout } from '../../shared/presentation/stage-layout';
import type { Viewport } from '../../shared/presentation/focus';
import { type PresentationState, type WalkPosition } from '../../shared/presentation/messages';
import type { Bridge } from '../bridge/api';
import { ContentProvider } from '../editor/content-context';
import { measureLines } from '../canvas/measure';
import { JourneyStore } from '../state/journey-store';
import { ShowCanvas } from './canvas/ShowCanvas';
import { presentKeyRun, StageNumberKeys } from './present-keys';
import { shotFor } from './shot';
import { isSlide, stageStep } from '../../shared/presentation/walkthrough';
import { ShowHud } from './ShowHud';
import { ShowSlide } from './ShowSlide';
import { connectChannel, type PresentationChannel } from './sync/channel';
import { SHOW_THEMES } from './themes';
import { useCamera } from './use-camera';
import { presentedDocument } from './use-present-session';
import { useWindowSize } from './use-window-size';

interface Shown { state: PresentationState; walk: WalkPosition }

/** The audience's keys go to the presenting window, which decides (a clicker may be plugged in either). */
function useForwardKeys(channel: React.RefObject<PresentationChannel | null>): void {
  useEffect(() => {
    const digits = new StageNumberKeys();
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey) return;
      const run = presentKeyRun(e, digits, performance.now());
      if (!run) return;
      e.preventDefault();
      if (run === 'exit') channel.current?.post({ kind: 'end' });
      else if (typeof run !== 'string') channel.current?.post({ kind: 'action', action: run });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [channel]);
}

/**
 * The audience's window (on the projector, or a second tab in the preview): the map as the
 * presenting window shows it, full screen, in step with it, read-only.
 */
export function AudienceApp({ bridge, sessionId }: { bridge: Bridge; sessionId: string }) {
  const { t } = useTranslation();
  const [document, setDocument] = useState<JourneyDocument | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [ended, setEnded] = useState(false);
  const screen = useWindowSize();
  const channel = useRef<PresentationChannel | null>(null);

  useEffect(() => {
    const opened = connectChannel(bridge, sessionId);
    channel.current = opened;
    const stop = opened.subscribe((message) => {
      if (message.kind === 'document') setDocument(message.document);
      if (message.kind === 'show') {
        setShown({ state: message.state, walk: message.walk });
        setEnded(false);
      }
      if (message.kind === 'end') {
        setEnded(true);
        window.close();
      }
    });
    const bye = () => opened.post({ kind: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      stop();
      opened.close();
      channel.current = null;
    };
  }, [bridge, sessionId]);
  // Hello again on every resize: the presenter pages the stages for this screen.
  useEffect(() => channel.current?.post({ kind: 'hello', screen }), [screen]);
  useForwardKeys(channel);

  const viewId = shown?.state.viewId ?? null;
  const presented = useMemo(() => (document ? presentedDocument(document, viewId) : null), [document, viewId]);
  const layout = useMemo(() => (presented ? computeLayout(presented, measureLines) : null), [presented]);
  const [viewport, setViewport] = useState<Viewport>({ x: 0, y: 0, zoom: 1 });
  const current = useRef(viewport);
  useLayoutEffect(() => {
    current.current = viewport;
  });
  const overview = shown?.state.overview ?? false;
  const step = shown?.walk.step ?? null;
  // A stage is drawn as presented (its empty card lanes shrunk), as in the presenter's window.
  const stageId = overview ? undefined : stageStep(step)?.stageId;
  const drawn = useMemo(() => (layout && stageId ? stageLayout(layout, stageId) : layout), [layout, stageId]);
  const shot = useMemo(() => (drawn && shown ? shotFor(drawn, stageStep(step), screen, { overview, fit: false }) : null), [drawn, shown, step, screen, overview]);
  const focus = useCamera(shot, useCallback(() => current.current, []), setViewport);

  // Metric charts, storyboard images and card marks come from the content layer, which reads the journey from a store.
  const contentStore = useMemo(() => (document ? new JourneyStore(document) : null), [document]);
  const theme = SHOW_THEMES[shown?.state.theme ?? 'light'];
  return (
    <main className={`audience show-${shown?.state.theme ?? 'light'}`} aria-label={t('present.audience.label')}>
      {drawn && shown && contentStore && !ended ? (
        <ContentProvider store={contentStore}>
          <ShowCanvas layout={drawn} viewport={viewport} view={screen} focus={focus} marks={shown.state.marks} laser={shown.state.laser} theme={theme} />
          {isSlide(step) && !overview && presented && <ShowSlide slide={step.slide} document={presented} />}
          <ShowHud layout={drawn} walk={shown.walk} state={shown.state} title={presented?.journey.title} />
        </ContentProvider>
      ) : (
        <p className="audience-message" role="status">{ended ? t('present.audience.ended') : t('present.audience.waiting')}</p>
      )}
    </main>
  );
}

