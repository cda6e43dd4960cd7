import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionPlanRows, filterRows, NO_FILTER, sortRows, type ActionPlanColumn, type ActionPlanFilter, type ActionPlanSort,
} from '../../../shared/document/action-plan';
import { OPPORTUNITY_STATUSES, PRIORITIES } from '../../../shared/document/schema';
import { ActionPlanRow } from './ActionPlanRow';
import { ContentPanel } from './ContentPanel';
import { useContent } from '../../editor/content-context';
import { Field, SelectField } from './fields';

const COLUMNS: { column: ActionPlanColumn; label: string }[] = [
  { column: 'stage', label: 'content.actionPlan.stage' },
  { column: 'text', label: 'content.actionPlan.opportunity' },
  { column: 'owner', label: 'content.actionPlan.owner' },
  { column: 'priority', label: 'content.actionPlan.priority' },
  { column: 'status', label: 'content.actionPlan.status' },
  { column: 'links', label: 'content.actionPlan.links' },
];

/** Every opportunity on the map as one table: sortable, filterable, and editable in place. */
export function ActionPlanTable({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { document } = useContent();
  const [sort, setSort] = useState<ActionPlanSort>({ column: 'stage', direction: 'ascending' });
  const [filter, setFilter] = useState<ActionPlanFilter>(NO_FILTER);
  const [expanded, setExpanded] = useState<string | null>(null);
  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }), [i18n.language]);
  const all = useMemo(() => actionPlanRows(document), [document]);
  const rows = sortRows(filterRows(all, filter, i18n.language), sort, collator.compare);
  const sortBy = (column: ActionPlanColumn) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const anyOrUnset = [{ value: 'unset' as const, label: t('content.actionPlan.unset') }];
  return (
    <ContentPanel title={t('content.actionPlan.heading')} onClose={onClose} wide>
      <div className="action-plan-filters" role="search">
        <Field label={t('content.actionPlan.search')}>{(id) => <input id={id} type="search" value={filter.query} onChange={(e) => setFilter({ ...filter, query: e.target.value })} />}</Field>
        <SelectField label={t('content.actionPlan.priority')} value={filter.priority === 'any' ? undefined : filter.priority} emptyLabel={t('content.actionPlan.any')}
          options={[...PRIORITIES.map((p) => ({ value: p, label: t(`content.priority.${p}`) })), ...anyOrUnset]}
          onChange={(priority) => setFilter({ ...filter, priority: priority ?? 'any' })} />
        <SelectField label={t('content.actionPlan.status')} value={filter.status === 'any' ? undefined : filter.status} emptyLabel={t('content.actionPlan.any')}
          options={[...OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`content.oppStatus.${s}`) })), ...anyOrUnset]}
          onChange={(status) => setFilter({ ...filter, status: status ?? 'any' })} />
        <span className="muted" role="status">{t('content.actionPlan.shown', { shown: rows.length, count: all.length })}</span>
      </div>
      {all.length === 0 ? (
        <p className="muted">{t('content.actionPlan.empty')}</p>
      ) : (
        <table className="action-plan">
          <thead>
            <tr>
              {COLUMNS.map(({ column, label }) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : 'none'}>
                  <button type="button" className="sort-button" onClick={() => sortBy(column)}>
                    {t(label)}
                    <span aria-hidden="true">{sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <ActionPlanRow key={row.id} row={row} index={index} expanded={expanded === row.id}
                onToggleLinks={() => setExpanded((id) => (id === row.id ? null : row.id))} />
            ))}
          </tbody>
        </table>
      )}
      {all.length > 0 && rows.length === 0 && <p className="muted">{t('content.actionPlan.noMatch')}</p>}
    </ContentPanel>
  );
}
