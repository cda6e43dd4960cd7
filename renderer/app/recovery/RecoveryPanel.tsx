import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoverySummary } from '../../../shared/ipc/recovery';
import type { Bridge } from '../../bridge/api';
import './recovery.css';

/**
 * On the start screen: maps whose unsaved edits were journaled when Waymark (or the map)
 * closed before a save. Each can be restored or, after a second click, discarded.
 */
export function RecoveryPanel({ bridge, onRestore }: { bridge: Bridge; onRestore: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<RecoverySummary[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void bridge.api.listRecovery({}).then((result) => live && result.ok && setEntries(result.value));
    return () => {
      live = false;
    };
  }, [bridge]);

  if (entries.length === 0) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const discard = async (id: string) => {
    const result = await bridge.api.discardRecovery({ id });
    if (result.ok) setEntries((list) => list.filter((e) => e.id !== id));
    setConfirming(null);
  };

  return (
    <section className="recovery-panel" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('recovery.heading')}</h2>
      <p className="muted">{t('recovery.intro')}</p>
      <ul className="recovery-list">
        {entries.map((entry) => (
          <li key={entry.id} aria-label={t('recovery.itemLabel', { title: entry.title, name: entry.name })}>
            <div className="recovery-what">
              <strong>{entry.title || entry.name}</strong>
              <span className="muted">{entry.path ?? t('recovery.neverSaved')}</span>
              <span>{t('recovery.lastEdit', { time: when.format(new Date(entry.editedAt)) })}</span>
            </div>
            {confirming === entry.id ? (
              <div className="recovery-actions" role="group" aria-label={t('recovery.confirmDiscard')}>
                <span>{t('recovery.confirmDiscard')}</span>
                <button type="button" className="danger" onClick={() => void discard(entry.id)}>{t('recovery.discardForGood')}</button>
                <button type="button" autoFocus onClick={() => setConfirming(null)}>{t('recovery.keep')}</button>
              </div>
            ) : (
              <div className="recovery-actions">
                <button type="button" className="primary" onClick={() => onRestore(entry.id)}>{t('recovery.restore')}</button>
                <button type="button" onClick={() => setConfirming(entry.id)}>{t('recovery.discard')}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
