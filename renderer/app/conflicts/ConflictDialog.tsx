import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';
import type { ConflictChoice } from '../file-session';
import '../recovery/recovery.css';

/** Asked when a save finds that another program changed the file since this window read it. */
export function ConflictDialog({ name, onChoose }: { name: string; onChoose: (choice: ConflictChoice) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const messageId = useId();
  return (
    <Modal className="modal conflict-dialog" role="alertdialog" labelledBy={titleId} describedBy={messageId} onClose={() => onChoose('cancel')}>
        <h2 id={titleId}>{t('conflict.title', { name })}</h2>
        <p id={messageId}>{t('conflict.message')}</p>
        <div className="conflict-choices">
          <button type="button" className="primary" autoFocus onClick={() => onChoose('copy')}>{t('conflict.saveCopy')}</button>
          <button type="button" onClick={() => onChoose('overwrite')}>{t('conflict.overwrite')}</button>
          <button type="button" onClick={() => onChoose('reload')}>{t('conflict.reload')}</button>
          <button type="button" onClick={() => onChoose('cancel')}>{t('conflict.cancel')}</button>
        </div>
    </Modal>
  );
}

/** A quiet line under the toolbar: the file changed or went away on disk. */
export function DiskNoticeBar({ notice, name, onDismiss }: { notice: 'changed' | 'missing' | 'reloaded'; name: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const text = notice === 'changed' ? t('conflict.changedNotice', { name }) : notice === 'missing' ? t('conflict.missingNotice', { name }) : t('conflict.reloaded', { name });
  return (
    <div className="disk-notice" role="status">
      <span>{text}</span>
      <button type="button" onClick={onDismiss} aria-label={t('conflict.dismiss')}>×</button>
    </div>
  );
}
