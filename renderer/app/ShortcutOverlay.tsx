import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { displayKeys, SHORTCUTS, type ShortcutGroup } from '../editor/shortcuts';

const GROUPS: ShortcutGroup[] = ['navigate', 'edit', 'cards', 'view', 'file'];
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Every shortcut, grouped, from the same table the keyboard handler uses. */
export function ShortcutOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus(), []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div ref={dialogRef} tabIndex={-1} className="modal shortcut-overlay" role="dialog" aria-modal="true" aria-labelledby={titleId} onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => { if (e.key === 'Escape' || e.key === '?') { e.preventDefault(); e.stopPropagation(); onClose(); } }}>
        <h2 id={titleId}>{t('shortcuts.title')}</h2>
        <div className="shortcut-groups">
          {GROUPS.map((group) => (
            <section key={group} aria-label={t(`shortcuts.group.${group}`)}>
              <h3>{t(`shortcuts.group.${group}`)}</h3>
              <dl>
                {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                  <div key={s.id} className="shortcut-row">
                    <dt><kbd>{displayKeys(s.keys, isMac())}</kbd></dt>
                    <dd>{t(`shortcuts.action.${s.id}`)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="muted">{t('shortcuts.mouse')}</p>
        <button type="button" className="primary" onClick={onClose}>{t('shortcuts.close')}</button>
      </div>
    </div>
  );
}
