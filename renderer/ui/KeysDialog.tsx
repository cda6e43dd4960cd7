import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

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
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus(), []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div ref={dialogRef} tabIndex={-1} className="modal shortcut-overlay" role="dialog" aria-modal="true" aria-labelledby={titleId} onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (!closeOnKeys || (e.key !== 'Escape' && e.key !== '?')) return;
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <p className="muted">{mouseHint}</p>
        <button type="button" className="primary" onClick={onClose}>{t('shortcuts.close')}</button>
      </div>
    </div>
  );
}
