import './content.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { countOpportunities } from '../../../shared/document/action-plan';
import { ActionPlanTable } from './ActionPlanTable';
import { ChannelsPanel } from './ChannelsPanel';
import { CliConflictsPanel } from './CliConflictsPanel';
import { PanelTopContext } from './ContentPanel';
import { RATING_OVERLAYS, useContent, type RatingOverlay } from '../../editor/content-context';
import { useContentServices } from './content-services';
import { JourneyDetailsPanel } from './JourneyDetailsPanel';
import { MetricsPanel } from './MetricsPanel';
import { PersonaPanel } from './PersonaPanel';
import { PersonaBand } from './PersonaBand';
import { RatingLegend } from './RatingLegend';
import { ReviewStatus } from './ReviewStatus';
import { VersionsPanel } from './VersionsPanel';
import { useCommands } from '../../commands/registry';

/** The element's bottom edge in the viewport, kept current as it or the window resizes. */
function useBottomEdge(ref: RefObject<HTMLElement | null>): number {
  const [bottom, setBottom] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setBottom(element.getBoundingClientRect().bottom);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return bottom;
}

type PanelId = 'details' | 'personas' | 'channels' | 'metrics' | 'actionPlan' | 'versions';

/**
 * The band above the grid: the personas the map is drawn for, its type and review state, the
 * rating overlay, and the buttons that open the content panels (which float over the map).
 */
export function ContentBar() {
  const { t } = useTranslation();
  const { document, overlay, setOverlay } = useContent();
  const { versions } = useContentServices();
  const [open, setOpen] = useState<PanelId | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const bottom = useBottomEdge(bar);
  const opener = useRef<HTMLButtonElement | null>(null);
  // Closing a panel gives the keyboard back to the button that opened it.
  const close = () => {
    setOpen(null);
    opener.current?.focus();
  };
  const button = (id: PanelId, label: string) => (
    <button type="button" aria-pressed={open === id} onClick={(e) => {
      opener.current = e.currentTarget;
      setOpen((current) => (current === id ? null : id));
    }}>{label}</button>
  );
  const { mapType } = document.journey;
  useCommands('content-panels', () => {
    const panels: [PanelId, string][] = [
      ['details', t('content.bar.details')], ['personas', t('content.bar.personas')], ['channels', t('content.bar.channels')],
      ['metrics', t('content.bar.metrics')], ['actionPlan', t('content.actionPlan.heading')], ...(versions ? [['versions', t('content.bar.versions')] as [PanelId, string]] : []),
    ];
    return panels.map(([id, label]) => ({ id: `panel-${id}`, label, group: t('content.bar.label'), run: () => setOpen(id) }));
  });
  return (
    <div ref={bar} className="content-bar" role="region" aria-label={t('content.bar.label')}>
      <div className="content-bar-row">
        <PersonaBand onOpen={() => setOpen('personas')} />
        <div className="content-bar-meta">
          {mapType && <span className="chip map-type">{t(`content.mapType.${mapType}`)}</span>}
          <ReviewStatus meta={document.journey} compact />
        </div>
        <div className="content-bar-actions">
          {button('details', t('content.bar.details'))}
          {button('personas', t('content.bar.personas'))}
          {button('channels', t('content.bar.channels'))}
          {button('metrics', t('content.bar.metrics'))}
          {button('actionPlan', t('content.bar.actionPlan', { count: countOpportunities(document) }))}
          {versions && button('versions', t('content.bar.versions'))}
          <label className="overlay-select">
            {/* Named for screen readers and in its tooltip: the band keeps its room for the personas. */}
            <span className="visually-hidden">{t('content.overlay.label')}</span>
            <select value={overlay} title={t('content.overlay.label')} onChange={(e) => setOverlay(e.target.value as RatingOverlay)}>
              {RATING_OVERLAYS.map((o) => <option key={o} value={o}>{t(`content.overlay.${o}`)}</option>)}
            </select>
          </label>
          {overlay !== 'off' && <RatingLegend />}
        </div>
      </div>
      <PanelTopContext.Provider value={bottom}>
        {open === 'details' && <JourneyDetailsPanel onClose={close} />}
        {open === 'personas' && <PersonaPanel onClose={close} />}
        {open === 'channels' && <ChannelsPanel onClose={close} />}
        {open === 'metrics' && <MetricsPanel onClose={close} />}
        {open === 'actionPlan' && <ActionPlanTable onClose={close} />}
        {open === 'versions' && versions && <VersionsPanel access={versions} onClose={close} />}
        {versions?.path && <CliConflictsPanel key={versions.path} path={versions.path} api={versions.api} />}
      </PanelTopContext.Provider>
    </div>
  );
}
