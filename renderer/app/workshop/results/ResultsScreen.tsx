import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument, WorkshopResult } from '../../../../shared/document/schema';
import type { JourneyStore } from '../../../state/journey-store';
import { ParkedNotes } from './ParkedNotes';
import { Ranking } from './Ranking';
import { RatingsChart } from './RatingsChart';
import './results.css';

interface Props {
  document: JourneyDocument;
  store: JourneyStore;
  /** The workshop shown first. */
  workshopId: string;
  /** The workshop whose marks the map shows, if any. */
  shownOnMap: string | null;
  onShowOnMap: (workshopId: string | null) => void;
  onClose: () => void;
}

/**
 * A workshop's results for the projector: the ranking, the room's ratings per stage beside
 * the map's curve, and the notes it left parked, each of which can still be accepted into
 * the map. A map that keeps several workshops shows one at a time, chosen by name and date.
 */
export function ResultsScreen({ document, store, workshopId, shownOnMap, onShowOnMap, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const pickId = useId();
  const close = useRef<HTMLButtonElement>(null);
  const [chosen, setChosen] = useState(workshopId);
  useEffect(() => close.current?.focus(), []);
  const workshops = [...document.workshops].sort((a, b) => b.date.localeCompare(a.date));
  const result: WorkshopResult | undefined = document.workshops.find((workshop) => workshop.id === chosen) ?? workshops[0];
  if (!result) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${result.date}T00:00:00Z`));
  return (
    <div className="workshop-results" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="workshop-results"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}>
      <header className="results-header">
        <div>
          <h2 id={titleId}>{t('workshopHost.results.title', { name: result.name })}</h2>
          <p className="results-meta">{t('workshopHost.results.meta', { date, count: result.participants })}</p>
        </div>
        <div className="results-controls">
          {workshops.length > 1 && (
            <label htmlFor={pickId}>{t('workshopHost.results.choose')}
              <select id={pickId} value={result.id} onChange={(e) => setChosen(e.target.value)}>
                {workshops.map((workshop) => <option key={workshop.id} value={workshop.id}>{workshop.name} · {workshop.date}</option>)}
              </select>
            </label>
          )}
          <label className="results-on-map">
            <input type="checkbox" checked={shownOnMap === result.id} onChange={(e) => onShowOnMap(e.target.checked ? result.id : null)} />
            {t('workshopHost.results.showOnMap')}
          </label>
          <button ref={close} type="button" onClick={onClose}>{t('workshopHost.results.close')}</button>
        </div>
      </header>
      <div className="results-body">
        <section className="results-ranking" aria-labelledby={`${titleId}-ranking`}>
          <h3 id={`${titleId}-ranking`}>{t('workshopHost.results.ranking')}</h3>
          <Ranking result={result} document={document} />
        </section>
        <section className="results-ratings" aria-labelledby={`${titleId}-ratings`}>
          <h3 id={`${titleId}-ratings`}>{t('workshopHost.results.ratings')}</h3>
          {result.ratings.length === 0 ? <p>{t('workshopHost.results.noRatings')}</p> : <RatingsChart result={result} document={document} />}
        </section>
        <section className="results-parked" aria-labelledby={`${titleId}-parked`}>
          <h3 id={`${titleId}-parked`}>{t('workshopHost.results.parked', { count: result.parked.length })}</h3>
          <ParkedNotes result={result} document={document} store={store} />
        </section>
      </div>
    </div>
  );
}
