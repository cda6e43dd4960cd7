import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';

const CLOSE_KEYS = ['Escape', '?'];

interface Props {
  title: string;
  /** The mouse gestures, said in a sentence under the keys. */
  mouseHint: string;
  onClose: () => void;
  /** Whether Esc and `?` inside the dialog close it (the presentation handles them itself). */
  closeOnKeys: boolean;
  children: React.ReactNode;
}

/** The modal shell of a list of keyboard shortcuts: focused on open, closed by its button or a click outside. */
export function KeysDialog({ title, mouseHint, onClose, closeOnKeys, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal className="modal shortcut-overlay" labelledBy={titleId} onClose={onClose} closeKeys={closeOnKeys ? CLOSE_KEYS : []} closeOnBackdrop initialFocus="dialog">
        <h2 id={titleId}>{title}</h2>
        {children}
        <p className="muted">{mouseHint}</p>
        <button type="button" className="primary" onClick={onClose}>{t('shortcuts.close')}</button>
    </Modal>
  );
}
