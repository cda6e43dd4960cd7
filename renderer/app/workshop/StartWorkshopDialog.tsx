import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiMethods } from '../../../shared/ipc/contract';
import type { WorkshopAddress } from '../../../shared/ipc/workshop';
import { WORKSHOP_LIMITS } from '../../../shared/workshop/model';
import { Modal } from '../../ui/Modal';

interface Props {
  api: ApiMethods;
  onStart: (choice: { addresses: string[]; voteBudget: number }) => Promise<boolean>;
  onClose: () => void;
  /** Why the last start failed (an address taken, a network gone), in main's words. */
  error: string | null;
}

/**
 * Which of this computer's local-network addresses phones may reach it on, and the votes each
 * person has. Nothing is picked for the facilitator but the first local-network address: never
 * all interfaces, and loopback (offered only by the preview) only when ticked.
 */
export function StartWorkshopDialog({ api, onStart, onClose, error }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [addresses, setAddresses] = useState<WorkshopAddress[] | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [voteBudget, setVoteBudget] = useState(5);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    let stopped = false;
    void api.listWorkshopAddresses({}).then((answer) => {
      if (stopped) return;
      const found = answer.ok ? answer.value : [];
      setAddresses(found);
      // The first of the room's network (private IPv4 comes first); loopback is never picked for the facilitator.
      const first = found.find((entry) => entry.kind !== 'loopback');
      setPicked(new Set(first ? [first.address] : []));
    });
    return () => {
      stopped = true;
    };
  }, [api]);

  const toggle = (address: string, on: boolean) => setPicked((current) => {
    const next = new Set(current);
    if (on) next.add(address);
    else next.delete(address);
    return next;
  });
  const submit = async () => {
    setStarting(true);
    const started = await onStart({ addresses: [...picked], voteBudget });
    setStarting(false);
    if (started) onClose();
  };

  return (
    <Modal className="modal workshop-start" labelledBy={titleId} onClose={onClose}
        onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2 id={titleId}>{t('workshopHost.start.title')}</h2>
        <p>{t('workshopHost.start.intro')}</p>
        <fieldset className="workshop-addresses">
          <legend>{t('workshopHost.start.addresses')}</legend>
          {addresses === null ? <p>{t('workshopHost.start.looking')}</p> : addresses.length === 0 ? <p role="alert">{t('workshopHost.start.noAddresses')}</p> : addresses.map((entry) => (
            <label key={entry.address} className="workshop-address">
              <input type="checkbox" checked={picked.has(entry.address)} onChange={(e) => toggle(entry.address, e.target.checked)} />
              <span className="workshop-address-ip">{entry.address}</span>
              <span className="workshop-address-kind">{entry.interfaceName} · {t(`workshopHost.start.kind.${entry.kind}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="workshop-budget">
          {t('workshopHost.start.voteBudget')}
          <input type="number" min={1} max={WORKSHOP_LIMITS.voteBudgetMax} value={voteBudget}
            onChange={(e) => setVoteBudget(Math.max(1, Math.min(WORKSHOP_LIMITS.voteBudgetMax, Math.round(Number(e.target.value) || 1))))} />
        </label>
        {error && <p className="workshop-problem" role="alert">{t('workshopHost.start.failed', { message: error })}</p>}
        <div className="button-row workshop-start-actions">
          <button type="submit" className="primary" disabled={picked.size === 0 || starting}>{starting ? t('workshopHost.start.starting') : t('workshopHost.start.start')}</button>
          <button type="button" onClick={onClose}>{t('workshopHost.cancel')}</button>
        </div>
    </Modal>
  );
}
