import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkTargets, toggleLink } from '../../../../shared/document/commands';
import { containsText } from '../../../../shared/i18n/collation';
import { computeColumns } from '../../../../shared/layout/columns';
import { Field } from '../../content/fields';
import type { KindFieldsProps } from './types';

/** Checkboxes for the pain points and touchpoints an opportunity addresses, in journey order, with a filter. */
export function LinkPicker({ card, document, store, label }: KindFieldsProps & { label: string }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const stageOrder = new Map(computeColumns(document).stages.map((s, i) => [s.id, i]));
  const stageName = new Map(document.stages.map((s) => [s.id, s.name]));
  const laneOf = new Map(document.lanes.map((l) => [l.id, l]));
  const targets = linkTargets(document)
    .filter((c) => c.id !== card.id)
    .sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0));
  const shown = targets.filter((c) => card.links?.includes(c.id) || containsText(c.text, query, i18n.language));
  return (
    <fieldset className="link-picker">
      <legend>{label}</legend>
      {targets.length === 0 ? (
        <p className="muted">{t('content.opportunity.noTargets')}</p>
      ) : (
        <>
          {targets.length > 6 && (
            <Field label={t('content.opportunity.filter')}>{(id) => <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />}</Field>
          )}
          <ul>
            {shown.map((target) => (
              <li key={target.id}>
                <label className="check-field">
                  <input type="checkbox" checked={card.links?.includes(target.id) ?? false}
                    onChange={() => store.transact('Link opportunity', toggleLink(document, card.id, target.id))} />
                  <span>
                    <span className={`kind-tag is-${laneOf.get(target.laneId)?.kind ?? ''}`}>{laneOf.get(target.laneId)?.name}</span>
                    {' '}{t('content.opportunity.target', { stage: stageName.get(target.stageId) ?? '', text: target.text })}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
