import { useTranslation } from 'react-i18next';
import type { JourneyDocument, WorkshopResult, WorkshopVote } from '../../../../shared/document/schema';

/** Places where equal votes share one (1, 2, 2, 4), over one round's items, most first. */
function places(votes: readonly WorkshopVote[]): number[] {
  return votes.map((vote, index) => {
    let first = index;
    while (first > 0 && votes[first - 1]?.votes === vote.votes) first -= 1;
    return first + 1;
  });
}

/**
 * What the room voted for, round by round, most votes first: each item's place, its text (as
 * the card reads now, else as the room saw it), a bar as long as its share of the round's
 * leader, and its votes and voters in words.
 */
export function Ranking({ result, document }: { result: WorkshopResult; document: JourneyDocument }) {
  const { t } = useTranslation();
  const cards = new Map(document.cards.map((card) => [card.id, card]));
  const stages = new Map(document.stages.map((stage) => [stage.id, stage.name]));
  const rounds = [...new Set(result.ranking.map((vote) => vote.round))];
  if (rounds.length === 0) return <p>{t('workshopHost.results.noVotes')}</p>;
  return (
    <>
      {rounds.map((round) => {
        const votes = result.ranking.filter((vote) => vote.round === round);
        const most = Math.max(1, ...votes.map((vote) => vote.votes));
        const place = places(votes);
        return (
          <div key={round} className="results-round">
            {rounds.length > 1 && <h4>{t('workshopHost.results.round', { number: round })}</h4>}
            <ol className="results-list" data-testid="results-ranking">
              {votes.map((vote, index) => {
                const card = vote.kind === 'card' ? cards.get(vote.itemId) : undefined;
                const where = [vote.kind === 'note' ? t('workshopHost.results.roomNote') : null, vote.stageId ? stages.get(vote.stageId) : null].filter(Boolean).join(' · ');
                return (
                  <li key={`${vote.itemId}`} className={vote.votes === 0 ? 'is-unvoted' : undefined}>
                    {vote.votes > 0
                      ? <span className="results-place" aria-label={t('workshopHost.results.place', { number: place[index] })}>{place[index]}</span>
                      : <span className="results-place is-none" aria-hidden="true">–</span>}
                    <span className="results-item">
                      <span className="results-item-text">{card?.text ?? vote.text}</span>
                      {where !== '' && <span className="results-item-where">{where}</span>}
                      <span className="results-bar" aria-hidden="true"><span style={{ width: `${(vote.votes / most) * 100}%` }} /></span>
                    </span>
                    <span className="results-votes">
                      <strong>{t('workshopHost.counts.votes', { count: vote.votes })}</strong>
                      <span>{t('workshopHost.results.voters', { count: vote.voters })}</span>
                    </span>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </>
  );
}
