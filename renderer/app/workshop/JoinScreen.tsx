import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiMethods } from '../../../shared/ipc/contract';
import type { WorkshopJoin, WorkshopSnapshot } from '../../../shared/ipc/workshop';
import { Modal } from '../../ui/Modal';
import { QrCode } from './QrCode';

/** The short form of the join address for the projector: no scheme. */
const shortUrl = (url: string) => url.replace(/^https?:\/\//, '');
/** The code in two halves, easier to read out and type: "ABC DEF". */
const spacedCode = (code: string) => code.replace(/^(.{3})(.+)$/, '$1 $2');

/**
 * For the projector: the QR code and the short address phones open, the room code in large
 * type, and how many have joined, live. One address per interface the workshop listens on.
 */
export function JoinScreen({ api, snapshot, onClose }: { api: ApiMethods; snapshot: WorkshopSnapshot; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [join, setJoin] = useState<WorkshopJoin | null>(null);
  useEffect(() => {
    let stopped = false;
    void api.workshopJoinInfo({}).then((answer) => !stopped && answer.ok && setJoin(answer.value));
    return () => {
      stopped = true;
    };
  }, [api, snapshot.workshopId]);
  const joined = snapshot.participants.filter((participant) => !participant.removed).length;
  return (
    <Modal className="workshop-join" backdropClassName={null} labelledBy={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('workshopHost.join.title')}</h2>
      <div className={`workshop-join-links${join && join.links.length > 1 ? ' is-many' : ''}`}>
        {join?.links.map((link) => (
          <figure key={link.address} className="workshop-join-link">
            <QrCode text={link.url} label={t('workshopHost.join.qrLabel', { url: link.url })} />
            <figcaption data-testid="workshop-join-url">{shortUrl(link.url)}</figcaption>
          </figure>
        ))}
      </div>
      <p className="workshop-join-code">
        <span>{t('workshopHost.join.code')}</span>
        <strong data-testid="workshop-room-code">{spacedCode(snapshot.code)}</strong>
      </p>
      <p className="workshop-join-count" role="status" data-testid="workshop-join-count">
        {t('workshopHost.counts.participants', { count: joined })}
        {snapshot.locked && <span className="workshop-locked-note"> · {t('workshopHost.panel.locked')}</span>}
      </p>
      <button type="button" className="workshop-join-close" onClick={onClose}>{t('workshopHost.join.close')}</button>
    </Modal>
  );
}
