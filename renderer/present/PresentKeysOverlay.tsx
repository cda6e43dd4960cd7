import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESENT_KEYS } from './present-keys';

/** The presentation's keys, from the table the handler uses (`?` opens it, Esc or `?` closes it). */
export function PresentKeysOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus(), []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div ref={dialogRef} tabIndex={-1} className="modal shortcut-overlay" role="dialog" aria-modal="true" aria-labelledby={titleId} onClick={(e) => e.stopPropagation()}>
        <h2 id={titleId}>{t('present.keysTitle')}</h2>
        <dl className="present-keys">
          {PRESENT_KEYS.map((k) => (
            <div key={k.id} className="shortcut-row">
              <dt><kbd>{k.keys}</kbd></dt>
              <dd>{t(`present.keys.${k.id}`)}</dd>
            </div>
          ))}
          <div className="shortcut-row">
            <dt><kbd>1–9</kbd></dt>
            <dd>{t('present.keys.stageNumber')}</dd>
          </div>
        </dl>
        <p className="muted">{t('present.keysMouse')}</p>
        <button type="button" className="primary" onClick={onClose}>{t('shortcuts.close')}</button>
      </div>
    </div>
  );
}
