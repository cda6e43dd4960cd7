import { useTranslation } from 'react-i18next';
import type { PhoneSnapshot } from './phone-session';

/**
 * Online, connecting or offline, and how many changes wait for the host: said in words and
 * with a mark (● ◌ ○), never by colour alone.
 */
export function ConnectionBar({ snapshot }: { snapshot: PhoneSnapshot }) {
  const { t } = useTranslation();
  const state = snapshot.status === 'synced' ? 'online' : snapshot.status === 'offline' ? 'offline' : 'connecting';
  const mark = { online: '●', connecting: '◌', offline: '○' }[state];
  const waiting = snapshot.waiting > 0 ? t('phone.status.waiting', { count: snapshot.waiting }) : state === 'online' ? t('phone.status.allSent') : '';
  return (
    <div className={`connection connection-${state}`} data-state={state} data-waiting={snapshot.waiting}>
      {/* Only going online or offline is announced; the count changes with every edit and would chatter. */}
      <span className="connection-state" role="status" aria-label={`${t('phone.status.label')}: ${t(`phone.status.${state}`)}`}>
        <span aria-hidden="true">{mark}</span> {t(`phone.status.${state}`)}
      </span>
      {waiting !== '' && <span className="connection-waiting">{waiting}</span>}
      {state === 'offline' && <span className="connection-hint">{t('phone.status.offlineHint')}</span>}
    </div>
  );
}
