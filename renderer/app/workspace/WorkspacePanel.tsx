import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDateString } from '../../../shared/document/review-dates';
import { MAP_STATUSES, MAP_TYPES } from '../../../shared/document/schema/people';
import type { WorkspaceCard } from '../../../shared/ipc/workspace';
import { WORKSPACE_CARD_LIMIT } from './limits';
import type { WorkspaceState } from './use-workspace';
import { NO_FILTER, ownersOf, SORT_KEYS, viewCards, type CardFilter, type SortKey } from './workspace-view';
import './workspace.css';

/** A map's thumbnail: its SVG as an image (no scripts run in an <img>). Decorative: the card names the map. */
const thumbnailSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

function MapCard({ card, onOpen }: { card: WorkspaceCard; onOpen: (path: string) => void }) {
  const { t, i18n } = useTranslation();
  const s = card.summary;
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const overdue = s.reviewDue && s.nextReview !== undefined && s.nextReview < toDateString(new Date());
  const name = s.title || card.relativePath;
  return (
    <li className={`workspace-card${s.reviewDue ? ' is-due' : ''}`} data-testid="workspace-card">
      {/* Named "Open <title>", which holds all it shows (spoken as it reads); the path just after it. */}
      <button type="button" className="workspace-card-open" onClick={() => onOpen(card.path)} aria-label={t('workspace.card.open', { name })}>
        <img className="workspace-thumbnail" src={thumbnailSource(card.thumbnail)} alt="" />
        <span className="workspace-card-title">{name}</span>
      </button>
      <span className="workspace-card-path muted">{card.relativePath}</span>
      {s.reviewDue && (
        <p className="workspace-due" role="note"><span aria-hidden="true">⚠ </span>{overdue ? t('workspace.card.overdue') : t('workspace.card.dueToday')}</p>
      )}
      <dl className="workspace-facts">
        <div><dt>{t('workspace.card.type')}</dt><dd>{s.mapType ? t(`content.mapType.${s.mapType}`) : t('workspace.card.none')}</dd></div>
        <div><dt>{t('workspace.card.status')}</dt><dd>{s.status ? t(`content.mapStatus.${s.status}`) : t('workspace.card.none')}</dd></div>
        <div><dt>{t('workspace.card.owner')}</dt><dd>{s.owner ?? t('workspace.card.none')}</dd></div>
        <div><dt>{t('workspace.card.nextReview')}</dt><dd>{s.nextReview ? date(s.nextReview) : t('workspace.card.none')}</dd></div>
        <div><dt>{t('workspace.card.painPoints')}</dt><dd data-testid="pain-points">{s.painPoints}</dd></div>
        <div><dt>{t('workspace.card.openOpportunities')}</dt><dd data-testid="open-opportunities">{s.openOpportunities}</dd></div>
      </dl>
    </li>
  );
}

/** The start screen's view of the open folder: its maps as cards, sortable and filterable. */
export function WorkspacePanel({ workspace, onOpenPath, canChooseFolder }: { workspace: WorkspaceState; onOpenPath: (path: string) => void; canChooseFolder: boolean }) {
  const { t, i18n } = useTranslation();
  const { listing } = workspace;
  const [sort, setSort] = useState<SortKey>('name');
  const [filter, setFilter] = useState<CardFilter>(NO_FILTER);
  const cards = useMemo(() => (listing ? viewCards(listing.maps, sort, filter, i18n.language) : []), [listing, sort, filter, i18n.language]);
  const owners = useMemo(() => (listing ? ownersOf(listing.maps, i18n.language) : []), [listing, i18n.language]);
  const patch = (next: Partial<CardFilter>) => setFilter((f) => ({ ...f, ...next }));

  if (!listing) {
    return (
      <section className="workspace" aria-labelledby="workspace-heading">
        <h2 id="workspace-heading">{t('workspace.openFolder')}</h2>
        <p className="muted">{t('workspace.none')}</p>
        {canChooseFolder && <button type="button" onClick={() => void workspace.openFolder()}>{t('workspace.openFolder')}</button>}
      </section>
    );
  }
  return (
    <section className="workspace" aria-labelledby="workspace-heading">
      <div className="workspace-head">
        <h2 id="workspace-heading">{t('workspace.heading', { name: listing.name })}</h2>
        <button type="button" onClick={() => void workspace.refresh()}>{t('workspace.refresh')}</button>
        {canChooseFolder && <button type="button" onClick={() => void workspace.openFolder()}>{t('workspace.openFolder')}</button>}
      </div>
      {listing.maps.length === 0 ? <p className="muted">{t('workspace.empty')}</p> : (
        <>
          <form className="workspace-controls" role="search" aria-label={t('workspace.filter.label')} onSubmit={(e) => e.preventDefault()}>
            <label>{t('workspace.sortBy')}
              <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
                {SORT_KEYS.map((key) => <option key={key} value={key}>{t(`workspace.sort.${key}`)}</option>)}
              </select>
            </label>
            <label>{t('workspace.filter.type')}
              <select value={filter.type} onChange={(e) => patch({ type: e.target.value })}>
                <option value="">{t('workspace.filter.any')}</option>
                {MAP_TYPES.map((type) => <option key={type} value={type}>{t(`content.mapType.${type}`)}</option>)}
              </select>
            </label>
            <label>{t('workspace.filter.status')}
              <select value={filter.status} onChange={(e) => patch({ status: e.target.value })}>
                <option value="">{t('workspace.filter.any')}</option>
                {MAP_STATUSES.map((status) => <option key={status} value={status}>{t(`content.mapStatus.${status}`)}</option>)}
              </select>
            </label>
            <label>{t('workspace.filter.owner')}
              <select value={filter.owner} onChange={(e) => patch({ owner: e.target.value })}>
                <option value="">{t('workspace.filter.any')}</option>
                {owners.map((owner) => <option key={owner} value={owner}>{owner}</option>)}
              </select>
            </label>
            <label>{t('workspace.filter.text')}
              <input type="search" value={filter.text} onChange={(e) => patch({ text: e.target.value })} />
            </label>
          </form>
          <p className="muted" role="status">{t('workspace.shown', { shown: cards.length, total: listing.maps.length })}</p>
          <ul className="workspace-cards">
            {cards.map((card) => <MapCard key={card.path} card={card} onOpen={onOpenPath} />)}
          </ul>
        </>
      )}
      {listing.truncated && <p className="muted">{t('workspace.truncated', { limit: WORKSPACE_CARD_LIMIT })}</p>}
      {listing.problems.length > 0 && (
        <details className="workspace-problems">
          <summary>{t('workspace.problems')} ({listing.problems.length})</summary>
          <ul>{listing.problems.map((p) => <li key={p.path}><strong>{p.relativePath}</strong>: {p.message}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
