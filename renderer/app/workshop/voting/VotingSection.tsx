import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../../shared/document/schema';
import type { WorkshopRound, WorkshopSnapshot } from '../../../../shared/ipc/workshop';
import { timeLeft } from '../../../../shared/workshop/clock';
import { targetItem } from '../../../../shared/workshop/model';
import { painPointsAndOpportunities } from '../../../../shared/workshop/round-items';
import { itemsOf } from '../../../../shared/workshop/rounds';
import { useNow } from '../../../present/presenter/use-elapsed';
import type { Workshop } from '../use-workshop';
import { RoundDialog } from './RoundDialog';

/** The round's items with their votes, most first once revealed; before that, only how many voted. */
function RoundVotes({ round, document }: { round: WorkshopRound; document: JourneyDocument }) {
  const { t } = useTranslation();
  const cards = new Map(document.cards.map((card) => [card.id, card.text]));
  const cast = round.votes.reduce((sum, vote) => sum + vote.total, 0);
  if (round.status && !round.status.revealed) {
    return <p className="workshop-panel-note" data-testid="workshop-votes-hidden">{t('workshopHost.round.hidden', { count: cast })}</p>;
  }
  if (round.votes.length === 0) return <p>{t('workshopHost.votes.empty')}</p>;
  const texts = new Map(round.items.map((target) => [target.id, cards.get(targetItem(target)) ?? target.text]));
  return (
    <ol className="workshop-ranking" data-testid="workshop-ranking">
      {round.votes.map((vote) => (
        <li key={vote.targetId}>
          <span className="workshop-ranking-text">{texts.get(vote.targetId) ?? t('workshopHost.votes.gone')}</span>
          <span className="workshop-ranking-total">{t('workshopHost.counts.votes', { count: vote.total })}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * Voting as facilitators run it: open a round on chosen items (or at once on the map's pain
 * points and opportunities), with a budget and an optional timer; while it runs, see the time
 * left, take an item out (its votes go back to the phones), close it, and reveal the votes,
 * which stay hidden (here, on the map and on the phones) until then.
 */
export function VotingSection({ snapshot, document, workshop }: { snapshot: WorkshopSnapshot; document: JourneyDocument; workshop: Workshop }) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const { call } = workshop;
  const round = snapshot.rounds.at(-1);
  const status = round?.status ?? null;
  const now = useNow(status?.open === true && status.endsAt !== null);
  const running = status?.open === true;
  const quick = painPointsAndOpportunities(document);
  return (
    <section aria-labelledby="workshop-votes-heading" className="workshop-voting">
      <h3 id="workshop-votes-heading">{t('workshopHost.votes.title')}</h3>
      {round && status && (
        <p className="workshop-round-status" role="status" data-testid="workshop-round-status" data-open={status.open} data-revealed={status.revealed}>
          <strong>{t('workshopHost.round.number', { number: round.number })}</strong>
          {' · '}{status.open ? t('workshopHost.round.isOpen') : t('workshopHost.round.isClosed')}
          {status.open && status.endsAt !== null && <> · <span className="workshop-round-clock">{t('workshopHost.round.left', { time: timeLeft(status.endsAt - now) })}</span></>}
          {' · '}{t('workshopHost.counts.votes', { count: round.votes.reduce((sum, vote) => sum + vote.total, 0) })}
        </p>
      )}
      <div className="button-row">
        {!running && <button type="button" className="primary" onClick={() => setChoosing(true)}>{t('workshopHost.round.new')}</button>}
        {!running && quick.length > 0 && (
          <button type="button" onClick={() => void call('openVotingRound', { items: quick, budget: snapshot.voteBudget || 5, seconds: null })}>{t('workshopHost.panel.share')}</button>
        )}
        {running && <button type="button" onClick={() => void call('closeVotingRound', {})}>{t('workshopHost.round.close')}</button>}
        {status && !status.revealed && <button type="button" className={running ? undefined : 'primary'} onClick={() => void call('revealVotingRound', {})}>{t('workshopHost.round.reveal')}</button>}
      </div>
      {round && running && (
        <details className="workshop-round-items">
          <summary>{t('workshopHost.round.items', { count: round.items.length })}</summary>
          <ul className="workshop-round-list">
            {round.items.map((target) => (
              <li key={target.id}>
                <span>{target.text}</span>
                {round.items.length > 1 && (
                  <button type="button" aria-label={t('workshopHost.round.takeOutNamed', { item: target.text.slice(0, 60) })}
                    onClick={() => void call('setRoundItems', { items: itemsOf(round.items.filter((other) => other.id !== target.id)) })}>
                    {t('workshopHost.round.takeOut')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {round && <RoundVotes round={round} document={document} />}
      {choosing && (
        <RoundDialog snapshot={snapshot} document={document} onClose={() => setChoosing(false)}
          onOpen={(choice) => {
            setChoosing(false);
            void call('openVotingRound', choice);
          }} />
      )}
    </section>
  );
}
