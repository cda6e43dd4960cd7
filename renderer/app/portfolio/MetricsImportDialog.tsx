import './portfolio.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeControlChars } from '../../../shared/control-chars';
import { planMetricsImport, type MetricsMode, type MetricsPlan } from '../../../shared/exchange/metrics-import';
import type { MetricsTable } from '../../../shared/ipc/portfolio';
import { useContent } from '../../editor/content-context';
import { describeError } from '../describe-error';
import { useWorkspace } from './workspace-context';
import { Modal } from '../../ui/Modal';

/**
 * Survey results into the map's metrics lanes: choose a file (the native dialog, or the
 * preview's in-page picker), see every change and every value left out, then apply as one
 * undoable change; the dialog then offers Close.
 */
export function MetricsImportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const workspace = useWorkspace();
  const { document, commit } = useContent();
  const [fileName, setFileName] = useState('');
  const [table, setTable] = useState<(MetricsTable & { kind: 'table' }) | null>(null);
  const [mode, setMode] = useState<MetricsMode>('latest');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  /** The plan as applied: still listed (old → new) after the map has the new values. */
  const [applied, setApplied] = useState<MetricsPlan | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Applied: the keyboard goes to Close (Apply is spent), so Enter or Escape leaves.
  useEffect(() => {
    if (applied !== null) closeButton.current?.focus();
  }, [applied]);

  const options = useMemo(() => ({
    mode,
    stageHeaders: ['stage', 'phase', t('portfolio.metrics.stageHeader')],
    dateHeaders: ['date', t('portfolio.metrics.dateHeader')],
    laneNames: { nps: 'NPS', csat: 'CSAT', ces: 'CES', conversion: t('portfolio.metrics.conversion'), churn: t('portfolio.metrics.churn') },
  }), [mode, t]);
  const planned = useMemo(() => (table ? planMetricsImport(document, table.grid, options) : null), [document, options, table]);
  const plan = applied ?? planned;

  const choose = async () => {
    const api = workspace?.api;
    if (!api) return;
    const chosen = await api.chooseImportPath({});
    if (!chosen.ok) return setMessage({ error: true, text: describeError(t, chosen.error) });
    if (!chosen.value) return;
    setFileName(chosen.value.split(/[\\/]/).pop() ?? '');
    const read = await api.readMetricsTable({ path: chosen.value });
    setApplied(null);
    if (!read.ok) return setMessage({ error: true, text: describeError(t, { ...read.error, file: read.error.file ?? chosen.value }) });
    if (read.value.kind === 'error') {
      setTable(null);
      return setMessage({ error: true, text: `${read.value.where}: ${read.value.message}` });
    }
    setMessage(null);
    setTable(read.value as MetricsTable & { kind: 'table' });
  };

  const where = (row: number) => (table?.sheet ? t('portfolio.metrics.sheetRow', { sheet: escapeControlChars(table.sheet), row }) : t('portfolio.metrics.row', { row }));
  const number = (value: number | null) => (value === null ? t('portfolio.metrics.none') : new Intl.NumberFormat(i18n.language).format(value));
  const changing = plan ? plan.entries.filter((e) => e.before !== e.after).length : 0;
  const apply = () => {
    if (!plan) return;
    commit('Import metrics', plan.changes);
    setApplied(plan);
    setMessage({ error: false, text: plan.changes.length === 0 ? t('portfolio.metrics.nothing') : t('portfolio.metrics.applied', { count: changing }) });
  };

  return (
    <Modal className="modal metrics-import" backdropClassName="modal-backdrop metrics-backdrop" labelledBy={titleId} onClose={onClose} portal>
        <h2 id={titleId}>{t('portfolio.metrics.title')}</h2>
        <p className="muted">{t('portfolio.metrics.intro')}</p>
        <div className="exchange-row">
          <button type="button" onClick={() => void choose()}>{t('portfolio.metrics.choose')}</button>
          {fileName && <span className="muted" data-testid="metrics-file">{fileName}</span>}
        </div>
        {plan?.hasDate && (
          <fieldset className="metrics-mode">
            <legend>{t('portfolio.metrics.mode')}</legend>
            {(['latest', 'average'] as const).map((m) => (
              <label key={m}><input type="radio" name={`${titleId}-mode`} checked={mode === m} disabled={applied !== null} onChange={() => setMode(m)} />{t(`portfolio.metrics.${m}`)}</label>
            ))}
          </fieldset>
        )}
        {plan && plan.issues.length > 0 && (
          <div className="metrics-issues" role="alert">
            <p>{t('portfolio.metrics.issuesHeading', { count: plan.issues.length })}</p>
            <ul>
              {plan.issues.map((issue, i) => (
                <li key={i} data-testid="metrics-issue">{where(issue.row)}: {t(`portfolio.metrics.issue.${issue.problem.key}`, issue.problem.params)}</li>
              ))}
            </ul>
          </div>
        )}
        {plan && plan.entries.length > 0 && (
          <table className="metrics-preview" aria-label={t('portfolio.metrics.preview')}>
            <caption>{t('portfolio.metrics.preview')}</caption>
            <thead>
              <tr><th scope="col">{t('portfolio.metrics.stage')}</th><th scope="col">{t('portfolio.metrics.lane')}</th><th scope="col">{t('portfolio.metrics.value')}</th><th scope="col" /></tr>
            </thead>
            <tbody>
              {plan.entries.map((entry) => (
                <tr key={`${entry.stageId}/${entry.metric}`} data-testid="metrics-change">
                  <td>{entry.stageName}</td>
                  <td>{entry.laneName}{entry.laneId === null && <em> ({t('portfolio.metrics.newLane')})</em>}</td>
                  <td>{number(entry.before)} → <strong>{number(entry.after)}</strong>{entry.before === entry.after && <em> ({t('portfolio.metrics.unchanged')})</em>}</td>
                  <td className="muted">{entry.date ? t('portfolio.metrics.fromDate', { date: entry.date }) : t('portfolio.metrics.fromRows', { count: entry.count })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {message && <p role={message.error ? 'alert' : 'status'} className={`exchange-status ${message.error ? 'error' : 'done'}`}>{message.text}</p>}
        <div className="modal-actions">
          <button type="button" className="primary" disabled={!plan || plan.entries.length === 0 || applied !== null} onClick={apply}>{t('portfolio.metrics.apply')}</button>
          <button type="button" ref={closeButton} onClick={onClose}>{t(applied !== null ? 'portfolio.metrics.close' : 'portfolio.metrics.cancel')}</button>
        </div>
    </Modal>
  );
}
