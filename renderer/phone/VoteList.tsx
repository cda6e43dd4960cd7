import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { votesUsed, votingOpen, type ParticipantContent, type RoomState, type VoteTarget } from '../../shared/workshop/model';
import { changeVotes } from './phone-edits';
import type { PhoneSession } from './phone-session';
import { RoundStatus } from './RoundStatus';

interface VoteListProps {
  session: PhoneSession;
  room: RoomState;
  content: ParticipantContent;
  announce: (text: string) => void;
}

/** The items in the order to show them: as shared, or most votes first once the room's totals are shown. */
function ordered(room: RoomState): { target: VoteTarget; total: number | null }[] {
  const totals = room.round?.revealed ? new Map(room.round.totals?.map((entry) => [entry.targetId, entry.votes])) : null;
  const items = room.targets.map((target, index) => ({ target, index, total: totals ? (totals.get(target.id) ?? 0) : null }));
  if (totals) items.sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.index - b.index);
  return items;
}

/** Dot-voting on the items of the room's voting round, within the budget, while the round is open. */
export function VoteList({ session, room, content, announce }: VoteListProps) {
  const { t } = useTranslation();
  const budgetId = useId();
  const [refused, setRefused] = useState<'no-votes-left' | 'voting-closed' | null>(null);
  const left = Math.max(0, room.voteBudget - votesUsed(content, room));
  const open = votingOpen(room);
  const stageName = (target: VoteTarget) => room.stages.find((stage) => stage.id === target.stageId)?.name;

  const vote = (target: VoteTarget, delta: 1 | -1) => {
    const result = changeVotes(session.client.own, room, target.id, delta);
    if (!result.ok && (result.why === 'no-votes-left' || result.why === 'voting-closed')) {
      setRefused(result.why);
      announce(t(result.why === 'no-votes-left' ? 'phone.votes.noneLeft' : 'phone.round.closedAlert'));
      return;
    }
    setRefused(null);
    if (result.ok) announce(t('phone.votes.left', { count: Math.max(0, left - delta), budget: room.voteBudget }));
  };

  return (
    <div className="votes">
      <h2>{t('phone.votes.heading')}</h2>
      <p className="hint">{t('phone.votes.intro')}</p>
      <RoundStatus room={room} />
      <p id={budgetId} className="budget" aria-live="polite">
        <span className="budget-dots" aria-hidden="true">{'●'.repeat(room.voteBudget - left)}{'○'.repeat(left)}</span>
        <span>{t('phone.votes.left', { count: left, budget: room.voteBudget })}</span>
      </p>
      {refused === 'no-votes-left' && left === 0 && <p className="problem" role="alert">{t('phone.votes.noneLeft')}</p>}
      {refused === 'voting-closed' && !open && <p className="problem" role="alert">{t('phone.round.closedAlert')}</p>}
      {room.targets.length === 0 && <p className="empty">{t('phone.votes.none')}</p>}
      <ul className="targets">
        {ordered(room).map(({ target, total }) => {
          const mine = content.votes[target.id] ?? 0;
          const textId = `target-${target.id}`;
          const where = [target.kind ? t(`phone.votes.kind.${target.kind}`) : null, stageName(target)].filter(Boolean).join(' · ');
          return (
            <li key={target.id} className={`target${target.kind ? ` target-${target.kind}` : ''}${mine > 0 ? ' target-voted' : ''}`}>
              <div className="target-body">
                {where !== '' && <span className="target-where">{where}</span>}
                <p className="target-text" id={textId}>{target.text}</p>
                {total !== null && <p className="target-total">{t('phone.round.roomVotes', { count: total })}</p>}
              </div>
              <div className="target-votes">
                <button type="button" className="button vote-button" aria-label={t('phone.votes.remove')} aria-describedby={textId} disabled={mine === 0 || !open} onClick={() => vote(target, -1)}>
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
                  aria-disabled={left === 0 || !open}
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
