import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { JourneyLayout } from '../../../shared/layout/layout';
import type { EditorActions } from '../../editor/use-editor';
import { stageStep } from '../../../shared/presentation/walkthrough';
import { useStepLabel } from '../ShowHud';
import type { Show } from '../use-show';
import { LiveEditControls } from './LiveEditControls';
import { NextStepPreview } from './NextStepPreview';
import { PresenterControls } from './PresenterControls';
import { PresenterTimer } from './PresenterTimer';

interface Props {
  show: Show;
  layout: JourneyLayout;
  /** The whole map's layout, before the current stage's shrinking: the next step is drawn from it. */
  mapLayout: JourneyLayout;
  document: JourneyDocument;
  actions: EditorActions;
  audienceHref: string | null;
}

/**
 * The presenter's screen beside the map: the current and next step, the stage's speaker
 * notes, a timer and the controls. On a laptop with a projector it stays on the laptop.
 */
export function PresenterPanel({ show, layout, mapLayout, document, actions, audienceHref }: Props) {
  const { t } = useTranslation();
  const session = show.session;
  const label = useStepLabel(layout, show.walk, session?.state.overview ?? false, show.presented.journey.title);
  if (!session) return null;
  const { walk } = show;
  const step = stageStep(walk.step);
  const notes = step ? document.stages.find((s) => s.id === step.stageId)?.speakerNotes : undefined;
  const next = show.steps[walk.position + 1] ?? null;
  return (
    <aside className="presenter-panel" aria-label={t('present.presenterView')}>
      <header className="presenter-now">
        <div>
          <h2>{t('present.now')}</h2>
          <p className="presenter-step-label" data-testid="presenter-now">{label}</p>
        </div>
        <PresenterTimer clock={session.clock} onChange={(clock) => show.patch({ clock })} />
      </header>
      <section className="presenter-notes" aria-labelledby="presenter-notes-heading">
        <h2 id="presenter-notes-heading">{t('present.speakerNotes')}</h2>
        <p data-testid="speaker-notes" className={notes ? undefined : 'muted'}>{notes ?? t('present.noNotes')}</p>
      </section>
      <NextStepPreview layout={mapLayout} title={show.presented.journey.title} step={next} position={walk.position + 1} count={walk.count} theme={show.theme} />
      <PresenterControls show={show} state={session.state} layout={layout} document={document} audienceHref={audienceHref}
        audienceConnected={session.audience !== null} onLiveEdit={show.startLiveEdit} />
      {step && <LiveEditControls layout={layout} step={step} actions={actions} />}
    </aside>
  );
}
