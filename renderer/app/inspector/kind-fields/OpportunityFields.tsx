import { useTranslation } from 'react-i18next';
import { updateCard } from '../../../../shared/document/commands';
import { LIMITS } from '../../../../shared/document/limits';
import { OPPORTUNITY_STATUSES, PRIORITIES, type Card } from '../../../../shared/document/schema';
import { SelectField, TextField } from '../../content/fields';
import { LinkPicker } from './LinkPicker';
import type { KindFieldsProps } from './types';

/** An opportunity's owner, priority, status, and the pain points and touchpoints it addresses. */
export function OpportunityFields(props: KindFieldsProps) {
  const { card, document, store } = props;
  const { t } = useTranslation();
  const set = (patch: Partial<Card>) => store.transact('Edit opportunity', updateCard(document, card.id, patch));
  return (
    <section className="kind-fields" aria-label={t('content.opportunity.heading')}>
      <h3>{t('content.opportunity.heading')}</h3>
      <TextField label={t('content.opportunity.owner')} value={card.owner ?? ''} maxLength={LIMITS.nameLength}
        onCommit={(owner) => set({ owner: owner === '' ? undefined : owner })} />
      <div className="field-row">
        <SelectField label={t('content.opportunity.priority')} value={card.priority} emptyLabel={t('content.notSet')}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`content.priority.${p}`) }))} onChange={(priority) => set({ priority })} />
        <SelectField label={t('content.opportunity.status')} value={card.status} emptyLabel={t('content.notSet')}
          options={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`content.oppStatus.${s}`) }))} onChange={(status) => set({ status })} />
      </div>
      <LinkPicker {...props} label={t('content.opportunity.links')} />
    </section>
  );
}
