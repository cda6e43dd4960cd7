import './portfolio.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeControlChars } from '../../../shared/control-chars';
import { planMetricsImport, type MetricsMode } from '../../../shared/exchange/metrics-import';
import type { MetricsTable } from '../../../shared/ipc/portfolio';
import { useContent } from '../../editor/content-context';
import { describeError } from '../describe-error';
import { previewPath } from '../exchange/preview-paths';
import { useWorkspace } from './workspace-context';
import { Modal } from '../../ui/Modal';

/** Survey results into the map's metrics lanes: choose a file, see every change and every bad row, then apply as one undoable change. */
export function MetricsImportDialog({ nativeDialogs, onClose }: { nativeDialogs: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const workspace = useWorkspace();
  const { document, commit } = useContent();
  const [fileName, setFileName] = useState('');
  const [table, setTable] = useState<(MetricsTable & { kind: 'table' }) | null>(null);
  const [mode, setMode] = useState<MetricsMode>('latest');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [applied, setApplied] = useState(false);

  const options = useMemo(() => ({
    mode,
    stageHeaders: ['stage', 'phase', t('portfolio.metrics.stageHeader')],
    dateHeaders: ['date', t('portfolio.metrics.dateHeader')],
    laneNames: { nps: 'NPS', csat: 'CSAT', ces: 'CES', conversion: t('portfolio.metrics.conversion'), churn: t('portfolio.metrics.churn') },
  }), [mode, t]);
  const plan = useMemo(() => (table ? planMetricsImport(document, table.grid, options) : null), [document, options, table]);

  const choose = async () => {
    const api = workspace?.api;
    if (!api) return;
    const chosen = nativeDialogs ? await api.chooseImportPath({}) : { ok: true as const, value: await previewPath(fileName) };
    if (!chosen.ok) return setMessage({ error: true, text: describeError(t, chosen.error) });
    if (!chosen.value) return;
    const read = await api.readMetricsTable({ path: chosen.value });
    setApplied(false);
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
    setApplied(true);
    setMessage({ error: false, text: plan.changes.length === 0 ? t('portfolio.metrics.nothing') : t('portfolio.metrics.applied', { count: changing }) });
  };

  return (
    <Modal className="modal metrics-import" backdropClassName="modal-backdrop metrics-backdrop" labelledBy={titleId} onClose={onClose} portal>
        <h2 id={titleId}>{t('portfolio.metrics.title')}</h2>
        <p className="muted">{t('portfolio.metrics.intro')}</p>
        <div className="exchange-row">
          {!nativeDialogs && (
            <label>
              {t('portfolio.metrics.fileName')}
              <input autoFocus value={fileName} onChange={(e) => setFileName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void choose()} />
            </label>
          )}
          <button type="button" onClick={() => void choose()}>{t('portfolio.metrics.choose')}</button>
        </div>
        {plan?.hasDate && (
          <fieldset className="metrics-mode">
            <legend>{t('portfolio.metrics.mode')}</legend>
            {(['latest', 'average'] as const).map((m) => (
              <label key={m}><input type="radio" name={`${titleId}-mode`} checked={mode === m} onChange={() => setMode(m)} />{t(`portfolio.metrics.${m}`)}</label>
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
          <button type="button" className="primary" disabled={!plan || plan.entries.length === 0 || applied} onClick={apply}>{t('portfolio.metrics.apply')}</button>
          <button type="button" onClick={onClose}>{t('portfolio.metrics.cancel')}</button>
        </div>
    </Modal>
  );
}
