import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { votesUsed, type ParticipantContent, type RoomState, type VoteTarget } from '../../shared/workshop/model';
import { changeVotes } from './phone-edits';
import type { PhoneSession } from './phone-session';

interface VoteListProps {
  session: PhoneSession;
  room: RoomState;
  content: ParticipantContent;
  announce: (text: string) => void;
}

/** Dot-voting on what the facilitator shared, within the room's vote budget. */
export function VoteList({ session, room, content, announce }: VoteListProps) {
  const { t } = useTranslation();
  const budgetId = useId();
  const [overBudget, setOverBudget] = useState(false);
  const left = Math.max(0, room.voteBudget - votesUsed(content));
  const stageName = (target: VoteTarget) => room.stages.find((stage) => stage.id === target.stageId)?.name;

  const vote = (target: VoteTarget, delta: 1 | -1) => {
    const result = changeVotes(session.client.own, room, target.id, delta);
    if (!result.ok && result.why === 'no-votes-left') {
      setOverBudget(true);
      announce(t('phone.votes.noneLeft'));
      return;
    }
    setOverBudget(false);
    if (result.ok) announce(t('phone.votes.left', { count: Math.max(0, left - delta), budget: room.voteBudget }));
  };

  return (
    <div className="votes">
      <h2>{t('phone.votes.heading')}</h2>
      <p className="hint">{t('phone.votes.intro')}</p>
      <p id={budgetId} className="budget" aria-live="polite">
        <span className="budget-dots" aria-hidden="true">{'●'.repeat(room.voteBudget - left)}{'○'.repeat(left)}</span>
        <span>{t('phone.votes.left', { count: left, budget: room.voteBudget })}</span>
      </p>
      {overBudget && left === 0 && <p className="problem" role="alert">{t('phone.votes.noneLeft')}</p>}
      {room.targets.length === 0 && <p className="empty">{t('phone.votes.none')}</p>}
      <ul className="targets">
        {room.targets.map((target) => {
          const mine = content.votes[target.id] ?? 0;
          const textId = `target-${target.id}`;
          const where = [target.kind ? t(`phone.votes.kind.${target.kind}`) : null, stageName(target)].filter(Boolean).join(' · ');
          return (
            <li key={target.id} className={`target${target.kind ? ` target-${target.kind}` : ''}${mine > 0 ? ' target-voted' : ''}`}>
              <div className="target-body">
                {where !== '' && <span className="target-where">{where}</span>}
                <p className="target-text" id={textId}>{target.text}</p>
              </div>
              <div className="target-votes">
                <button type="button" className="button vote-button" aria-label={t('phone.votes.remove')} aria-describedby={textId} disabled={mine === 0} onClick={() => vote(target, -1)}>
                  −
                </button>
                {/* A plain span may not carry a label: the words are read, the bare number shown. */}
                <span className="target-count">
                  <span className="visually-hidden">{t('phone.votes.mine')}: </span>{mine}
                </span>
                <button
                  type="button"
                  className="button vote-button button-primary"
                  aria-label={t('phone.votes.add')}
                  aria-describedby={`${textId} ${budgetId}`}
                  aria-disabled={left === 0}
                  onClick={() => vote(target, 1)}
                >
                  +
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
