import { useTranslation } from 'react-i18next';
import { addEvidence, removeEvidence, updateCard, updateEvidence, type EvidenceFields as Fields } from '../../../../shared/document/commands';
import { LIMITS } from '../../../../shared/document/limits';
import { DateField, SelectField, TextField } from '../../content/fields';
import type { KindFieldsProps } from './types';

/** Any card's research basis: observed or assumed, and the quotes and notes behind it. */
export function EvidenceFields({ card, document, store }: KindFieldsProps) {
  const { t } = useTranslation();
  const edit = (id: string, patch: Partial<Fields>) => store.transact('Edit evidence', updateEvidence(document, card.id, id, patch));
  const add = (kind: 'quote' | 'note') => {
    const added = addEvidence(document, card.id, { kind, text: '' });
    if (added) store.transact('Add evidence', added.changes);
  };
  const evidence = card.evidence ?? [];
  return (
    <section className="kind-fields" aria-label={t('content.evidence.heading')}>
      <h3>{t('content.evidence.heading')}</h3>
      <fieldset className="segmented">
        <legend>{t('content.evidence.confidence')}</legend>
        {(['observed', 'assumed', undefined] as const).map((confidence) => (
          <label key={confidence ?? 'unknown'}>
            <input type="radio" name={`confidence-${card.id}`} checked={card.confidence === confidence}
              onChange={() => store.transact('Set research basis', updateCard(document, card.id, { confidence }))} />
            {t(`content.evidence.${confidence ?? 'unknown'}`)}
          </label>
        ))}
      </fieldset>
      {evidence.length === 0 && <p className="muted">{t('content.evidence.none')}</p>}
      <ol className="evidence-list">
        {evidence.map((item, index) => (
          <li key={item.id}>
            <fieldset className={`evidence-item is-${item.kind}`}>
              <legend>{t('content.evidence.item', { index: index + 1 })}</legend>
              <SelectField label={t('content.evidence.kind')} value={item.kind}
                options={[{ value: 'quote', label: t('content.evidence.quote') }, { value: 'note', label: t('content.evidence.note') }]}
                onChange={(kind) => kind && edit(item.id, { kind })} />
              <TextField label={t('content.evidence.text')} value={item.text} maxLength={LIMITS.cardTextLength} multiline autoFocus={item.text === ''}
                onCommit={(text) => edit(item.id, { text })} />
              <div className="field-row">
                <TextField label={t('content.evidence.source')} value={item.source ?? ''} maxLength={LIMITS.nameLength} onCommit={(source) => edit(item.id, { source })} />
                <DateField label={t('content.evidence.date')} value={item.date} onChange={(date) => edit(item.id, { date })} />
              </div>
              <button type="button" className="link-button" onClick={() => store.transact('Remove evidence', removeEvidence(document, card.id, item.id))}>
                {t('content.evidence.remove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {evidence.length < LIMITS.evidencePerCard && (
        <div className="panel-actions">
          <button type="button" onClick={() => add('quote')}>{t('content.evidence.addQuote')}</button>
          <button type="button" onClick={() => add('note')}>{t('content.evidence.addNote')}</button>
        </div>
      )}
    </section>
  );
}
