import { useTranslation } from 'react-i18next';
import type { ApiMethods } from '../../../shared/ipc/contract';
import type { CoeditStatus } from './coedit-binding';
import { PeopleHere } from './PeopleHere';
import type { JourneyStore } from '../../state/journey-store';
import { usePeers } from './use-presence';

/**
 * Above the map while it is shared: how many laptops edit it (host), or the guest's connection,
 * with "Work apart" / "Reconnect", and once the host stopped sharing, "Save a copy…" (the copy
 * merges into the host's map later with Compare and merge), and who is here.
 */
export function CoeditBar({ api, status, self, store, onSaveCopy }: {
  api: Pick<ApiMethods, 'setCoeditOnline'>; status: CoeditStatus; self: string; store: JourneyStore; onSaveCopy: () => void;
}) {
  const { t } = useTranslation();
  const peers = usePeers(store);
  const guest = status.role === 'guest';
  const text = status.role === 'host' ? t('coedit.bar.host', { count: status.laptops })
    : status.role === 'none' || status.connection === 'ended' ? t('coedit.bar.ended') : t(`coedit.bar.${status.connection}`);
  const ended = status.role === 'none' || status.connection === 'ended';
  return (
    <div className={`disk-notice coedit-bar is-${ended ? 'ended' : status.connection}`} role="region" aria-label={t('coedit.bar.label')} data-coedit-connection={ended ? 'ended' : status.connection}>
      <span role="status">{text}</span>
      {status.refused && <span role="alert">{t('coedit.bar.refused')}</span>}
      {!ended && <PeopleHere self={self} peers={peers} />}
      <span className="button-row">
        {guest && !ended && status.connection !== 'offline' && <button type="button" onClick={() => void api.setCoeditOnline({ online: false })}>{t('coedit.bar.goOffline')}</button>}
        {guest && !ended && status.connection === 'offline' && <button type="button" className="primary" onClick={() => void api.setCoeditOnline({ online: true })}>{t('coedit.bar.goOnline')}</button>}
        {guest && <button type="button" className={ended ? 'primary' : ''} onClick={onSaveCopy}>{t('coedit.bar.saveCopy')}</button>}
      </span>
    </div>
  );
}
