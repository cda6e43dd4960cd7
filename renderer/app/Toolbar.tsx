import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  dirty: boolean;
  saving: boolean;
  lastSavedAt: Date | null;
  onRename: (title: string) => void;
  onSave: () => void;
  onSaveAs: () => void;
  onClose: () => void;
}

export function Toolbar({ title, dirty, saving, lastSavedAt, onRename, onSave, onSaveAs, onClose }: Props) {
  const { t, i18n } = useTranslation();
  // null while not typing, so the field shows the document's title (which undo may change).
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);
  const commit = () => {
    if (!cancelled.current && draft !== null && draft !== title) onRename(draft);
    cancelled.current = false;
    setDraft(null);
  };
  const status = saving
    ? t('editor.saving')
    : dirty
      ? t('editor.unsaved')
      : lastSavedAt
        ? t('editor.savedAt', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(lastSavedAt) })
        : '';
  return (
    <header className="toolbar">
      <input className="title-input" aria-label={t('editor.titleLabel')} value={draft ?? title} maxLength={200}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') {
            cancelled.current = true;
            e.currentTarget.blur();
          }
        }} />
      <span className={`save-status${dirty ? ' is-dirty' : ''}`} role="status" data-testid="save-status">{status}</span>
      <div className="toolbar-actions">
        <button type="button" className="primary" onClick={onSave}>{t('editor.save')}</button>
        <button type="button" onClick={onSaveAs}>{t('editor.saveAs')}</button>
        <button type="button" onClick={onClose}>{t('editor.close')}</button>
      </div>
    </header>
  );
}
