import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanName } from '../../../shared/coedit/presence';
import type { ApiMethods } from '../../../shared/ipc/contract';
import type { WorkshopAddress, WorkshopJoin } from '../../../shared/ipc/workshop';
import type { JourneyStore } from '../../state/journey-store';
import { IconButton } from '../../ui/icons';
import { Modal } from '../../ui/Modal';
import { QrCode } from '../workshop/QrCode';
import type { Facilitator } from '../workshop/use-facilitator';
import { bindCoedit, coeditOf } from './coedit-bindings';
import './coedit.css';

/** What a guest types: the address with its port (the join URL's host). */
const hostOf = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/.*$/, '');

/**
 * "Edit together…": the map is shared with other laptops on the workshop's relay (one room, one
 * code, the same limits). Without a running room it asks which address laptops may reach; with
 * one it shares the map and shows the address, the code and a QR code of the join address.
 */
export function EditTogetherDialog({ api, store, facilitator, name, onName, onClose }: {
  api: ApiMethods; store: JourneyStore; facilitator: Facilitator; name: string; onName: (name: string) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  const [typedName, setTypedName] = useState(name);
  const [nameMissing, setNameMissing] = useState(false);
  const titleId = useId();
  const running = facilitator.workshop.snapshot !== null;
  const [addresses, setAddresses] = useState<WorkshopAddress[] | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [join, setJoin] = useState<WorkshopJoin | null>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (running) return;
    let stopped = false;
    void api.listWorkshopAddresses({}).then((answer) => {
      if (stopped) return;
      const found = answer.ok ? answer.value : [];
      setAddresses(found);
      setPicked(found.find((entry) => entry.kind !== 'loopback')?.address ?? null);
    });
    return () => {
      stopped = true;
    };
  }, [api, running]);

  useEffect(() => {
    if (!running) return;
    // Yjs and the binding are their own chunk, loaded when a map is first shared.
    if (!coeditOf(store)) void import('./coedit-binding').then(({ CoeditBinding }) => coeditOf(store) ?? bindCoedit(CoeditBinding.host(api, store)));
    let stopped = false;
    void api.workshopJoinInfo({}).then((answer) => !stopped && answer.ok && setJoin(answer.value));
    return () => {
      stopped = true;
    };
  }, [api, store, running]);
  useEffect(() => first.current?.focus(), [join]);

  const start = async () => {
    if (!picked) return;
    const person = cleanName(typedName);
    if (!person) return setNameMissing(true);
    if (person !== name) onName(person);
    setStarting(true);
    await facilitator.start({ addresses: [picked], voteBudget: 5 }, false);
    setStarting(false);
  };

  return (
    <Modal labelledBy={titleId} className="modal coedit-dialog" onClose={onClose}>
        <h2 id={titleId}>{t('coedit.dialog.title')}</h2>
        <p>{t('coedit.dialog.intro')}</p>
        {!running && (
          <form onSubmit={(e) => { e.preventDefault(); void start(); }} className="coedit-start">
            <p className="coedit-name">
              <label>
                {t('coedit.name.label')}
                <input value={typedName} onChange={(e) => { setTypedName(e.target.value); setNameMissing(false); }} maxLength={40} autoComplete="name" spellCheck={false} />
              </label>
            </p>
            {nameMissing && <p role="alert">{t('coedit.name.missing')}</p>}
            <fieldset className="workshop-addresses">
              <legend>{t('coedit.dialog.addresses')}</legend>
              {addresses?.length === 0 && <p role="alert">{t('coedit.dialog.noAddresses')}</p>}
              {addresses?.map((entry) => (
                <label key={entry.address} className="workshop-address">
                  <input type="radio" name="coedit-address" checked={picked === entry.address} onChange={() => setPicked(entry.address)} />
                  <span className="workshop-address-ip">{entry.address}</span>
                  <span className="workshop-address-kind">{entry.interfaceName} · {t(`workshopHost.start.kind.${entry.kind}`)}</span>
                </label>
              ))}
            </fieldset>
            {facilitator.workshop.error && <p role="alert">{facilitator.workshop.error.message}</p>}
            <div className="button-row">
              <button type="submit" className="primary" disabled={!picked || starting}>{starting ? t('coedit.dialog.starting') : t('coedit.dialog.start')}</button>
              <button type="button" onClick={onClose}>{t('coedit.dialog.close')}</button>
            </div>
          </form>
        )}
        {running && join && (
          <div className="coedit-join">
            <p className="coedit-code">{t('coedit.dialog.code')}: <strong data-coedit-code={join.code}>{join.code}</strong></p>
            {join.links.map((link) => (
              <figure key={link.address} className="coedit-link">
                <QrCode text={link.url} label={t('coedit.dialog.qr', { url: link.url })} />
                <figcaption>{t('coedit.dialog.address')}: <strong data-coedit-address={hostOf(link.url)}>{hostOf(link.url)}</strong></figcaption>
              </figure>
            ))}
            <div className="button-row">
              <button type="button" ref={first} onClick={onClose}>{t('coedit.dialog.close')}</button>
            </div>
          </div>
        )}
    </Modal>
  );
}

/** The toolbar's "Edit together…". */
export function EditTogetherButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return <IconButton icon="coedit" label={t('coedit.button')} onClick={onOpen} />;
}
