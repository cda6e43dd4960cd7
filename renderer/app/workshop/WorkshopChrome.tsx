import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { ApiMethods } from '../../../shared/ipc/contract';
import { useCommands } from '../../commands/registry';
import { Icon, IconButton } from '../../ui/icons';
import { latestWorkshop } from '../../../shared/workshop/marks';
import type { JourneyStore } from '../../state/journey-store';
import { JoinScreen } from './JoinScreen';
import { ResultsScreen } from './results/ResultsScreen';
import { StartWorkshopDialog } from './StartWorkshopDialog';
import type { Facilitator } from './use-facilitator';
import { WorkshopPanel } from './WorkshopPanel';
import { roomCounts } from './workshop-counts';
import './workshop.css';

/** The toolbar's way into a live workshop: start one, or show and hide its panel while it runs; and the results the map keeps. */
export function WorkshopButton({ facilitator, document }: { facilitator: Facilitator; document: JourneyDocument }) {
  const { t } = useTranslation();
  const running = facilitator.workshop.snapshot !== null;
  const latest = latestWorkshop(document.workshops);
  useCommands('workshop', () => [running
    ? { id: 'workshop-panel', label: t('workshopHost.button.panel'), group: t('workshopHost.toolbar'), run: () => facilitator.setPanelOpen(!facilitator.panelOpen) }
    : { id: 'workshop-start', label: t('workshopHost.button.start'), group: t('workshopHost.toolbar'), run: () => facilitator.setDialog('start') },
  ...(latest ? [{ id: 'workshop-results', label: t('workshopHost.results.open'), group: t('workshopHost.toolbar'), run: () => facilitator.setResultsOpen(latest.id) }] : [])]);
  return (
    <div className="toolbar-group" role="group" aria-label={t('workshopHost.toolbar')}>
      {latest && <IconButton icon="results" label={t('workshopHost.results.open')} onClick={() => facilitator.setResultsOpen(latest.id)} />}
      {running ? (
        <button type="button" className="icon-button" aria-label={t('workshopHost.button.panel')} title={t('workshopHost.button.panel')}
          aria-pressed={facilitator.panelOpen} onClick={() => facilitator.setPanelOpen(!facilitator.panelOpen)}>
          <Icon name="workshop" />
        </button>
      ) : (
        <IconButton icon="workshop" label={t('workshopHost.button.start')} onClick={() => facilitator.setDialog('start')} />
      )}
    </div>
  );
}

/** The panel in place of the inspector while a workshop runs (and is not hidden). */
export function WorkshopSidePanel({ facilitator, document }: { facilitator: Facilitator; document: JourneyDocument }) {
  const { snapshot } = facilitator.workshop;
  if (!snapshot || !facilitator.panelOpen) return null;
  return <WorkshopPanel snapshot={snapshot} document={document} workshop={facilitator.workshop} triage={facilitator.triage}
    problem={facilitator.problem ?? (facilitator.workshop.error ? facilitator.workshop.error.message : null)} onShowJoin={() => facilitator.setDialog('join')}
    onEnd={facilitator.endAndKeep} ratingLaneId={facilitator.ratingLaneId} onRatingLane={facilitator.setRatingLaneId} />;
}

/** Offers to carry on a workshop the app left open when it quit or crashed. */
export function ResumeWorkshopBar({ facilitator }: { facilitator: Facilitator }) {
  const { t, i18n } = useTranslation();
  const { workshop } = facilitator;
  const kept = workshop.resumable[0];
  if (workshop.snapshot || !kept) return null;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(kept.createdAt);
  return (
    <div className="disk-notice workshop-resume" role="region" aria-label={t('workshopHost.resume.title')}>
      <span><strong>{t('workshopHost.resume.title')}</strong> {t('workshopHost.resume.text', { time })}</span>
      <span className="button-row">
        <button type="button" className="primary" onClick={() => void workshop.resume(kept.workshopId)}>{t('workshopHost.resume.resume')}</button>
        <button type="button" onClick={() => void facilitator.endAndKeep(kept.workshopId)}>{t('workshopHost.close.end')}</button>
      </span>
    </div>
  );
}

/** The start dialog, the projector's join screen and a workshop's results, whichever is open. */
export function WorkshopDialogs({ facilitator, api, document, store }: { facilitator: Facilitator; api: ApiMethods; document: JourneyDocument; store: JourneyStore }) {
  const { dialog, setDialog, workshop, resultsOpen } = facilitator;
  if (resultsOpen !== null && document.workshops.length > 0) {
    return <ResultsScreen document={document} store={store} workshopId={resultsOpen} shownOnMap={facilitator.shownResult}
      onShowOnMap={facilitator.setShownResult} onClose={() => facilitator.setResultsOpen(null)} />;
  }
  if (dialog === 'start') return <StartWorkshopDialog api={api} onStart={facilitator.start} error={workshop.error?.message ?? null} onClose={() => { workshop.clearError(); setDialog(null); }} />;
  if (dialog === 'join' && workshop.snapshot) return <JoinScreen api={api} snapshot={workshop.snapshot} onClose={() => setDialog(null)} />;
  return null;
}

/** While presenting: the room's live counts in a corner, legible from the back. */
export function WorkshopLiveCounts({ facilitator }: { facilitator: Facilitator }) {
  const { t } = useTranslation();
  const { snapshot } = facilitator.workshop;
  if (!snapshot) return null;
  const counts = roomCounts(snapshot);
  return (
    <p className="workshop-live-counts" role="status" data-testid="workshop-live-counts">
      <span>{t('workshopHost.counts.participants', { count: counts.participants })}</span>
      <span>{t('workshopHost.counts.notes', { count: counts.notes })}</span>
      <span>{t('workshopHost.counts.votes', { count: counts.votes })}</span>
    </p>
  );
}
