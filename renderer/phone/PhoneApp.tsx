import { useCallback, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { votesUsed } from '../../shared/workshop/model';
import { ClosedNotice } from './ClosedNotice';
import { ConnectionBar } from './ConnectionBar';
import { NameField } from './NameField';
import type { PhoneSession } from './phone-session';
import { StageCard, type NoteEditing } from './StageCard';
import { VoteList } from './VoteList';

type Tab = 'stages' | 'votes';

/** The whole participant page: connection state, then the stages (notes, ratings) or the votes. */
export function PhoneApp({ session }: { session: PhoneSession }) {
  const { t } = useTranslation();
  const snapshot = useSyncExternalStore(session.subscribe, session.snapshot);
  const [tab, setTab] = useState<Tab>('stages');
  const [editing, setEditing] = useState<NoteEditing | null>(null);
  // One polite live region for what the page did ("Note added."), so screen readers hear it once.
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage(text), []);
  const ids = { stages: useId(), votes: useId() };

  // The facilitator sees where each phone is writing (awareness, never shown to other phones).
  useEffect(() => {
    session.client.presence.setLocalState(editing ? { stageId: editing.stageId, writing: true } : null);
  }, [session, editing]);

  if (snapshot.closedBy !== null) return <ClosedNotice reason={snapshot.closedBy} session={session} />;

  const { room, content } = snapshot;
  const left = Math.max(0, room.voteBudget - votesUsed(content, room));
  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`${ids[id]}-tab`}
      aria-selected={tab === id}
      aria-controls={ids[id]}
      className="tab"
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  );

  return (
    <div className="phone">
      <header className="phone-header">
        <h1>{t('phone.title')}</h1>
        <ConnectionBar snapshot={snapshot} />
      </header>
      {snapshot.refused && <p className="notice notice-error" role="alert">{t('phone.refused')}</p>}
      {!snapshot.hasRoom ? (
        <p className="loading" role="status">{t('phone.loading')}</p>
      ) : (
        <>
          <nav className="tabs" role="tablist" aria-label={t('phone.tabs.label')}>
            {tabButton('stages', t('phone.tabs.stages'))}
            {/* The votes left, on the tab, once the facilitator gives a budget. */}
            {tabButton('votes', room.voteBudget > 0 ? `${t('phone.tabs.votes')} · ${left}` : t('phone.tabs.votes'))}
          </nav>
          <main>
            {tab === 'stages' ? (
              <section role="tabpanel" id={ids.stages} aria-labelledby={`${ids.stages}-tab`}>
                <NameField session={session} name={content.profile.name ?? ''} room={room} announce={announce} />
                {room.stages.length === 0 && <p className="empty">{t('phone.stages.none')}</p>}
                {room.stages.map((stage) => (
                  <StageCard
                    key={stage.id}
                    stage={stage}
                    session={session}
                    room={room}
                    content={content}
                    editing={editing?.stageId === stage.id ? editing : null}
                    setEditing={setEditing}
                    announce={announce}
                  />
                ))}
              </section>
            ) : (
              <section role="tabpanel" id={ids.votes} aria-labelledby={`${ids.votes}-tab`}>
                <VoteList session={session} room={room} content={content} announce={announce} />
              </section>
            )}
          </main>
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">{message}</p>
    </div>
  );
}
