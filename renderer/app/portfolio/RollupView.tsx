import './portfolio.css';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeControlChars } from '../../../shared/control-chars';
import { updateCard } from '../../../shared/document/commands';
import { OPPORTUNITY_STATUSES, PRIORITIES } from '../../../shared/document/schema';
import type { Rollup, RollupMap } from '../../../shared/ipc/portfolio';
import { distinct, filterRollup, NO_ROLLUP_FILTER, rollupOf, rollupRows, type RollupFilter, type RollupRow } from '../../../shared/workspace/rollup';
import type { JourneyStore } from '../../state/journey-store';
import { Modal } from '../../ui/Modal';
import { Field, SelectField, TextField } from '../content/fields';
import { describeError } from '../describe-error';
import { HeatView } from './HeatView';
import type { WorkspaceApi } from './workspace-context';

/** The map open in this window: its edits go through its store, never around it. */
export interface OpenMap { path: string; store: JourneyStore }

interface Props {
  api: WorkspaceApi;
  folder: string;
  openMap: OpenMap | null;
  /** Opens a map at a stage (the heat view's cells). */
  onJump: (path: string, stageId: string) => void;
  onClose: () => void;
}

type Patch = { owner?: string; priority?: RollupRow['priority'] | null; status?: RollupRow['status'] | null };

/**
 * One action plan across every map of the workspace, filtered and edited in place, and the
 * pain-point heat of every map by stage. A full-window dialog; Escape closes it.
 */
export function RollupView({ api, folder, openMap, onJump, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [rollup, setRollup] = useState<Rollup | null>(null);
  const [tab, setTab] = useState<'plan' | 'heat'>('plan');
  const [filter, setFilter] = useState<RollupFilter>(NO_ROLLUP_FILTER);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    const read = await api.readRollup({ folderPath: folder });
    if (!read.ok) return setStatus({ error: true, text: describeError(t, read.error) });
    // The open map as it is in this window, unsaved edits included.
    const maps = read.value.maps.map((m) => (openMap && m.path === openMap.path ? rollupOf(openMap.store.document, m.path, m.relativePath) : m));
    setRollup({ ...read.value, maps });
  }, [api, folder, openMap, t]);
  useEffect(() => {
    void Promise.resolve().then(load);
  }, [load]);

  const rows = useMemo(() => (rollup ? rollupRows(rollup.maps) : []), [rollup]);
  const shown = filterRollup(rows, filter, i18n.language);
  const mapOf = (path: string): RollupMap | undefined => rollup?.maps.find((m) => m.path === path);
  const fileOf = (path: string) => escapeControlChars(mapOf(path)?.relativePath ?? path);

  const edit = async (row: RollupRow, patch: Patch) => {
    if (openMap && row.mapPath === openMap.path) {
      const fields = { ...('owner' in patch ? { owner: patch.owner === '' ? undefined : patch.owner } : {}), ...('priority' in patch ? { priority: patch.priority ?? undefined } : {}), ...('status' in patch ? { status: patch.status ?? undefined } : {}) };
      openMap.store.transact('Edit opportunity', updateCard(openMap.store.document, row.id, fields));
      setStatus({ error: false, text: t('portfolio.rollup.saved', { file: fileOf(row.mapPath) }) });
      return load();
    }
    const written = await api.editRollupCard({ mapPath: row.mapPath, cardId: row.id, patch });
    setStatus(written.ok ? { error: false, text: t('portfolio.rollup.saved', { file: fileOf(row.mapPath) }) } : { error: true, text: describeError(t, { ...written.error, file: written.error.file ?? row.mapPath }) });
    await load();
  };

  const any = t('portfolio.rollup.any');
  const unset = { value: 'unset' as const, label: t('portfolio.rollup.unset') };
  return (
    <Modal className="modal rollup-view" backdropClassName="modal-backdrop rollup-backdrop" labelledBy={titleId} onClose={onClose} initialFocus="dialog">
        <header className="rollup-header">
          <h2 id={titleId}>{t('portfolio.rollup.heading', { folder: escapeControlChars(folder) })}</h2>
          <div role="tablist" aria-label={t('portfolio.rollup.tabs')} className="rollup-tabs">
            {(['plan', 'heat'] as const).map((id) => (
              <button key={id} type="button" role="tab" aria-selected={tab === id} tabIndex={tab === id ? 0 : -1} onClick={() => setTab(id)}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                  // Arrows move between the two tabs, and the keyboard goes with them.
                  const other = e.currentTarget.parentElement?.querySelector<HTMLButtonElement>(`[role='tab']:not([aria-selected='true'])`);
                  setTab(id === 'plan' ? 'heat' : 'plan');
                  other?.focus();
                }}>
                {t(`portfolio.rollup.${id}`)}
              </button>
            ))}
          </div>
          <button type="button" className="icon-button" aria-label={t('portfolio.rollup.close')} title={t('portfolio.rollup.close')} onClick={onClose}>×</button>
        </header>
        {status && <p role={status.error ? 'alert' : 'status'} className={`rollup-status${status.error ? ' error' : ''}`}>{status.text}</p>}
        {!rollup ? <p className="muted">{t('portfolio.rollup.loading')}</p> : tab === 'heat' ? (
          <HeatView maps={rollup.maps} onJump={onJump} />
        ) : (
          <div role="tabpanel" aria-label={t('portfolio.rollup.plan')}>
            <div className="action-plan-filters rollup-filters" role="search">
              <SelectField label={t('portfolio.rollup.map')} value={filter.map === 'any' ? undefined : filter.map} emptyLabel={any}
                options={rollup.maps.map((m) => ({ value: m.path, label: m.title || m.relativePath }))} onChange={(map) => setFilter({ ...filter, map: map ?? 'any' })} />
              <SelectField label={t('portfolio.rollup.owner')} value={filter.owner === 'any' ? undefined : filter.owner} emptyLabel={any}
                options={distinct(rows.map((r) => r.owner), i18n.language).map((o) => ({ value: o, label: o }))} onChange={(owner) => setFilter({ ...filter, owner: owner ?? 'any' })} />
              <SelectField label={t('portfolio.rollup.priority')} value={filter.priority === 'any' ? undefined : filter.priority} emptyLabel={any}
                options={[...PRIORITIES.map((p) => ({ value: p, label: t(`content.priority.${p}`) })), unset]} onChange={(priority) => setFilter({ ...filter, priority: priority ?? 'any' })} />
              <SelectField label={t('portfolio.rollup.status')} value={filter.status === 'any' ? undefined : filter.status} emptyLabel={any}
                options={[...OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`content.oppStatus.${s}`) })), unset]} onChange={(s) => setFilter({ ...filter, status: s ?? 'any' })} />
              <SelectField label={t('portfolio.rollup.persona')} value={filter.persona === 'any' ? undefined : filter.persona} emptyLabel={any}
                options={distinct(rollup.maps.flatMap((m) => m.personas), i18n.language).map((p) => ({ value: p, label: p }))} onChange={(persona) => setFilter({ ...filter, persona: persona ?? 'any' })} />
              <Field label={t('portfolio.rollup.search')}>{(id) => <input id={id} type="search" value={filter.query} onChange={(e) => setFilter({ ...filter, query: e.target.value })} />}</Field>
              <span className="muted" role="status">{t('portfolio.rollup.shown', { shown: shown.length, count: rows.length })}</span>
            </div>
            {rows.length === 0 ? <p className="muted">{t('portfolio.rollup.empty')}</p> : (
              <table className="action-plan rollup-plan">
                <thead>
                  <tr>
                    {(['map', 'stage', 'opportunity', 'owner', 'priority', 'status'] as const).map((c) => <th key={c} scope="col">{t(`portfolio.rollup.${c}`)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row, index) => (
                    <tr key={`${row.mapPath}/${row.id}`} data-testid="rollup-row">
                      <td>{mapOf(row.mapPath)?.title || fileOf(row.mapPath)}</td>
                      <td>{row.stageName}</td>
                      <td className="cell-text">{row.text}</td>
                      <td>
                        <TextField label={t('portfolio.rollup.ownerOf', { index: index + 1 })} hideLabel value={row.owner} maxLength={120}
                          onCommit={(owner) => void edit(row, { owner })} />
                      </td>
                      <td>
                        <SelectField label={t('portfolio.rollup.priorityOf', { index: index + 1 })} hideLabel value={row.priority} emptyLabel={t('content.notSet')}
                          options={PRIORITIES.map((p) => ({ value: p, label: t(`content.priority.${p}`) }))} onChange={(priority) => void edit(row, { priority: priority ?? null })} />
                      </td>
                      <td>
                        <SelectField label={t('portfolio.rollup.statusOf', { index: index + 1 })} hideLabel value={row.status} emptyLabel={t('content.notSet')}
                          options={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`content.oppStatus.${s}`) }))} onChange={(s) => void edit(row, { status: s ?? null })} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {rows.length > 0 && shown.length === 0 && <p className="muted">{t('portfolio.rollup.noMatch')}</p>}
          </div>
        )}
        {rollup && rollup.problems.length > 0 && (
          <div className="rollup-problems">
            <p>{t('portfolio.rollup.problems')}</p>
            <ul>{rollup.problems.map((p) => <li key={p.relativePath}>{escapeControlChars(`${p.relativePath}: ${p.message}`)}</li>)}</ul>
          </div>
        )}
    </Modal>
  );
}
