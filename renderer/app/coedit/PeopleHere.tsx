import { useTranslation } from 'react-i18next';
import { PRESENCE_PALETTE, type PeerPresence } from '../../../shared/coedit/presence';

/** Who is here, in the co-editing bar: a swatch of each person's colour, their name, and whether they type. */
export function PeopleHere({ self, peers }: { self: string; peers: readonly PeerPresence[] }) {
  const { t } = useTranslation();
  return (
    <ul className="coedit-people" aria-label={t('coedit.people.label', { count: peers.length + 1 })}>
      <li className="coedit-person is-self">{t('coedit.people.you', { name: self })}</li>
      {peers.map((peer) => {
        const paint = PRESENCE_PALETTE[peer.colour] ?? PRESENCE_PALETTE[0];
        return (
          <li key={peer.id} className="coedit-person" data-presence-name={peer.name}>
            <span className="coedit-swatch" style={{ background: paint.fill }} aria-hidden="true" />
            {peer.typing ? t('coedit.people.typing', { name: peer.name }) : peer.name}
          </li>
        );
      })}
    </ul>
  );
}
