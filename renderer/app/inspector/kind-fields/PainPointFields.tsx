import { useTranslation } from 'react-i18next';
import { updateCard } from '../../../../shared/document/commands';
import { RatingField } from '../../content/fields';
import type { KindFieldsProps } from './types';

/** How severe the friction is, 1-5. */
export function PainPointFields({ card, document, store }: KindFieldsProps) {
  const { t } = useTranslation();
  return (
    <section className="kind-fields" aria-label={t('content.painPoint.heading')}>
      <h3>{t('content.painPoint.heading')}</h3>
      <RatingField label={t('content.painPoint.severity')} value={card.severity}
        onChange={(severity) => store.transact('Set severity', updateCard(document, card.id, { severity }))} />
    </section>
  );
}
