import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MetricsImportDialog } from '../portfolio/MetricsImportDialog';
import { useWorkspace } from '../portfolio/workspace-context';
import { addLane, sameColumn, setMetricValue, updateLane } from '../../../shared/document/commands';
import { sortByOrder } from '../../../shared/document/order';
import { computeColumns } from '../../../shared/layout/columns';
import { ContentPanel } from './ContentPanel';
import { useContent } from '../../editor/content-context';
import { NumberField, TextField } from './fields';

/** A number per stage (or step) for each metrics lane, and the lane's unit; the canvas charts them. */
export function MetricsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { document, commit } = useContent();
  const workspace = useWorkspace();
  const [importing, setImporting] = useState(false);
  const lanes = sortByOrder(document.lanes).filter((l) => l.kind === 'metrics');
  const { stages, columns } = computeColumns(document);
  const columnName = (c: (typeof columns)[number]) => {
    const stage = stages.find((s) => s.id === c.stageId);
    const step = stage?.steps.find((s) => s.id === c.stepId);
    return step ? `${stage?.name ?? ''} · ${step.name}` : (stage?.name ?? '');
  };
  return (
    <ContentPanel title={t('content.metrics.heading')} onClose={onClose}>
      {lanes.length === 0 && <p className="muted">{t('content.metrics.empty')}</p>}
      {lanes.map((lane) => (
        <fieldset key={lane.id} className="metric-lane">
          <legend>{lane.name}</legend>
          <TextField label={t('content.metrics.unit')} value={lane.unit ?? ''} maxLength={20}
            onCommit={(unit) => commit('Set metric unit', updateLane(document, lane.id, { unit }))} />
          <div className="metric-grid">
            {columns.map((column) => (
              <NumberField key={`${column.stageId}/${column.stepId ?? ''}`} label={columnName(column)}
                value={document.metricValues.find((m) => m.laneId === lane.id && sameColumn(m, column))?.value}
                onCommit={(value) => commit('Set metric', setMetricValue(document, lane.id, column, value))} />
            ))}
          </div>
        </fieldset>
      ))}
      <button type="button" onClick={() => commit('Add metrics lane', addLane(document, 'metrics', t('lane.metrics')).changes)}>
        {t('content.metrics.addLane')}
      </button>
      {workspace && <button type="button" onClick={() => setImporting(true)}>{t('portfolio.metrics.import')}</button>}
      {importing && workspace && <MetricsImportDialog onClose={() => setImporting(false)} />}
    </ContentPanel>
  );
}
