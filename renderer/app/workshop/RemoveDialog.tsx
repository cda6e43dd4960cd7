import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Removing a participant asks first: their phone is disconnected and their notes are kept
 * (parked, to accept later); their votes and ratings count unless the facilitator drops them.
 * Either way the removal can be undone from the participants list.
 */
export function RemoveDialog({ name, onRemove, onCancel }: { name: string; onRemove: (drop: boolean) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [drop, setDrop] = useState(false);
  return (
    <div className="modal-backdrop">
      <form className="modal workshop-remove" role="alertdialog" aria-modal="true" aria-labelledby={titleId}
        onSubmit={(e) => {
          e.preventDefault();
          onRemove(drop);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          onCancel();
        }}>
        <h2 id={titleId}>{t('workshopHost.remove.title', { name })}</h2>
        <p>{t('workshopHost.remove.text')}</p>
        <fieldset className="workshop-remove-choice">
          <legend>{t('workshopHost.remove.votes')}</legend>
          <label><input type="radio" name="drop" checked={!drop} onChange={() => setDrop(false)} autoFocus /> {t('workshopHost.remove.keep')}</label>
          <label><input type="radio" name="drop" checked={drop} onChange={() => setDrop(true)} /> {t('workshopHost.remove.drop')}</label>
        </fieldset>
        <div className="button-row workshop-start-actions">
          <button type="submit" className="danger">{t('workshopHost.remove.confirm')}</button>
          <button type="button" onClick={onCancel}>{t('workshopHost.cancel')}</button>
        </div>
      </form>
    </div>
  );
}
