import { useTranslation } from 'react-i18next';
import type { PhoneSession } from './phone-session';

const MESSAGE_KEYS: Readonly<Record<string, string>> = {
  ended: 'phone.closed.ended',
  'wrong-code': 'phone.closed.wrongCode',
  'room-locked': 'phone.closed.roomLocked',
  'room-full': 'phone.closed.roomFull',
  'address-full': 'phone.closed.addressFull',
  removed: 'phone.closed.removed',
  'unknown-participant': 'phone.closed.unknownParticipant',
  'unsupported-version': 'phone.closed.unsupportedVersion',
  replaced: 'phone.closed.replaced',
};

/** The workshop closed the connection for good: say why, and what can be done. */
export function ClosedNotice({ reason, session }: { reason: string; session: PhoneSession }) {
  const { t } = useTranslation();
  const startOver = () => {
    session.startOver();
    window.location.reload();
  };
  return (
    <div className="phone">
      <header className="phone-header">
        <h1>{t('phone.title')}</h1>
      </header>
      <main className="closed">
        <p role="alert" className="closed-message">{t(MESSAGE_KEYS[reason] ?? 'phone.closed.ended')}</p>
        {reason === 'unknown-participant' && <button type="button" className="button button-primary" onClick={startOver}>{t('phone.closed.joinAgain')}</button>}
        {(reason === 'unsupported-version' || reason === 'replaced') && (
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>{t('phone.closed.reload')}</button>
        )}
      </main>
    </div>
  );
}
