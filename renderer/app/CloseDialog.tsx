import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import './recovery/recovery.css';

export type CloseChoice = 'save' | 'discard' | 'cancel';

/**
 * Close with unsaved edits: the same question, in the same words, as Electron's prompt when
 * the window itself closes (main/window-manager.ts): Save, Don't Save or Cancel.
 */
export function CloseDialog({ name, onChoose }: { name: string; onChoose: (choice: CloseChoice) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const messageId = useId();
  return (
    <Modal className="modal conflict-dialog" role="alertdialog" labelledBy={titleId} describedBy={messageId} onClose={() => onChoose('cancel')}>
        <h2 id={titleId}>{t('dialog.unsavedTitle')}</h2>
        <p id={messageId}>{t('dialog.unsavedMessage', { name })} {t('dialog.unsavedDetail')}</p>
        <div className="conflict-choices">
          <button type="button" className="primary" autoFocus onClick={() => onChoose('save')}>{t('dialog.save')}</button>
          <button type="button" onClick={() => onChoose('discard')}>{t('dialog.dontSave')}</button>
          <button type="button" onClick={() => onChoose('cancel')}>{t('dialog.cancel')}</button>
        </div>
    </Modal>
  );
}
