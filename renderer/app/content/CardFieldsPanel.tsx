import { useTranslation } from 'react-i18next';
import { KindFields } from '../inspector/kind-fields/KindFields';
import { ContentPanel } from './ContentPanel';
import { useContent } from './content-context';

/** The selected card's kind fields and evidence, until the inspector shows them itself. */
export function CardFieldsPanel({ cardId, onClose }: { cardId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { document, store } = useContent();
  const card = cardId ? document.cards.find((c) => c.id === cardId) : undefined;
  const lane = card && document.lanes.find((l) => l.id === card.laneId);
  return (
    <ContentPanel title={card ? `${t('content.card.heading')}: ${lane?.name ?? ''}` : t('content.card.heading')} onClose={onClose}>
      {card ? (
        <>
          <p className="card-fields-text">{card.text}</p>
          <KindFields key={card.id} card={card} document={document} store={store} />
        </>
      ) : (
        <p className="muted">{t('content.card.none')}</p>
      )}
    </ContentPanel>
  );
}
