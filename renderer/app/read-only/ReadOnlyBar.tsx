import { useTranslation } from 'react-i18next';
import type { ReadOnlyReason } from '../../../shared/ipc/read-only';
import { LockMark } from './LockMark';
import './read-only.css';

/**
 * Above a map whose file cannot be written where it is: says why and offers Save as…, the only
 * way to keep its edits (Save and autosave do not write it). It stays until the map is saved
 * somewhere writable.
 */
export function ReadOnlyBar({ reason, onSaveAs }: { reason: ReadOnlyReason; onSaveAs: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="read-only-bar" role="status" aria-label={t('readOnly.label')}>
      <LockMark />
      <span className="read-only-text">{reason === 'read-only-medium' ? t('readOnly.notice.readOnlyMedium') : t('readOnly.notice.noPermission')}</span>
      <button type="button" className="primary" onClick={onSaveAs}>{t('readOnly.saveAs')}</button>
    </div>
  );
}
