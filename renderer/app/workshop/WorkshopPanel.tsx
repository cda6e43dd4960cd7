import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByOrder } from '../../../shared/document/order';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { WorkshopParticipant, WorkshopSnapshot } from '../../../shared/ipc/workshop';
import { noteState } from '../../../shared/workshop/facilitation';
import { formatSigned } from '../../../shared/i18n/numbers';
import { InboxNote } from './InboxNote';
import { RemoveDialog } from './RemoveDialog';
import { VotingSection } from './voting/VotingSection';
import type { Triage } from './use-triage';
import type { Workshop } from './use-workshop';
import { roomCounts } from './workshop-counts';

interface Props {
  snapshot: WorkshopSnapshot;
  document: JourneyDocument;
  workshop: Workshop;
  triage: Triage;
  problem: string | null;
  onShowJoin: () => void;
  /** Ends the room and keeps its results in the map. */
  onEnd: () => Promise<boolean>;
  /** The emotions lane the room's rating band sits in (null: the first). */
  ratingLaneId: string | null;
  onRatingLane: (laneId: string | null) => void;
}

/** Which emotions lane the room's ratings are drawn in, when the map has one. */
function RatingLanePicker({ document, ratingLaneId, onRatingLane }: Pick<Props, 'document' | 'ratingLaneId' | 'onRatingLane'>) {
  const { t } = useTranslation();
  const id = useId();
  const lanes = sortByOrder(document.lanes).filter((lane) => lane.kind === 'emotions' && !lane.hidden);
  if (lanes.length === 0) return null;
  const chosen = lanes.find((lane) => lane.id === ratingLaneId)?.id ?? lanes[0]?.id ?? '';
  return (
    <p className="workshop-lane-pick">
      <label htmlFor={id}>{t('workshopHost.panel.ratingLane')}</label>
      <select id={id} value={chosen} onChange={(e) => onRatingLane(e.target.value)}>
        {lanes.map((lane) => <option key={lane.id} value={lane.id}>{lane.name || t('lane.emotions')}</option>)}
      </select>
    </p>
  );
}

function Controls({ snapshot, workshop, onShowJoin, onEnd }: Omit<Props, 'triage' | 'problem' | 'ratingLaneId' | 'onRatingLane'>) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState(false);
  const { call } = workshop;
  return (
    <section aria-label={t('workshopHost.panel.controls')}>
      <div className="button-row">
        <button type="button" className="primary" onClick={onShowJoin}>{t('workshopHost.panel.showJoin')}</button>
        <button type="button" aria-pressed={snapshot.locked} onClick={() => void call('setWorkshopLocked', { locked: !snapshot.locked })}>
          {snapshot.locked ? t('workshopHost.panel.unlock') : t('workshopHost.panel.lock')}
        </button>
      </div>
      <p className="workshop-panel-note">{snapshot.locked ? t('workshopHost.panel.locked') : t('workshopHost.panel.open')}</p>
      {ending ? (
        <div className="button-row" role="group" aria-label={t('workshopHost.panel.endQuestion')}>
          <p>{t('workshopHost.panel.endQuestion')}</p>
          <button type="button" className="danger" autoFocus onClick={() => void onEnd()}>{t('workshopHost.panel.endConfirm')}</button>
          <button type="button" onClick={() => setEnding(false)}>{t('workshopHost.cancel')}</button>
        </div>
      ) : (
        <div className="button-row"><button type="button" className="danger" onClick={() => setEnding(true)}>{t('workshopHost.panel.end')}</button></div>
      )}
    </section>
  );
}

function Inbox({ snapshot, document, triage }: Pick<Props, 'snapshot' | 'document' | 'triage'>) {
  const { t } = useTranslation();
  const stageNames = new Map(document.stages.map((stage) => [stage.id, stage.name]));
  return (
    <section aria-labelledby="workshop-inbox-heading" className="workshop-inbox">
      <h3 id="workshop-inbox-heading">{t('workshopHost.inbox.title')}</h3>
      {snapshot.stages.every((stage) => stage.notes.length === 0) && <p>{t('workshopHost.inbox.empty')}</p>}
      {snapshot.stages.filter((stage) => stage.notes.length > 0).map((stage) => {
        const notes = stage.notes.map((note) => ({ note, state: noteState(document, note) }));
        const pending = notes.filter((entry) => entry.state === 'pending');
        const handled = notes.filter((entry) => entry.state !== 'pending');
        const name = stageNames.get(stage.stageId) || stage.stageName || t('workshopHost.inbox.stageGoneName');
        return (
          <section key={stage.stageId} className="workshop-stage" aria-label={name} data-workshop-stage={stage.stageId}>
            <h4>{name} <span className="workshop-count">{pending.length}</span></h4>
            <ul className="workshop-notes">
              {pending.map(({ note, state }) => <InboxNote key={note.key} note={note} state={state} document={document} triage={triage} />)}
            </ul>
            {handled.length > 0 && (
              <details>
                <summary>{t('workshopHost.inbox.handled', { count: handled.length })}</summary>
                <ul className="workshop-notes">
                  {handled.map(({ note, state }) => <InboxNote key={note.key} note={note} state={state} document={document} triage={triage} />)}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </section>
  );
}

/** How the room rates each stage so far: the mean and how many rated. */
function Ratings({ snapshot, document }: Pick<Props, 'snapshot' | 'document'>) {
  const { t, i18n } = useTranslation();
  const stageNames = new Map(document.stages.map((stage) => [stage.id, stage.name]));
  const rated = snapshot.ratings.filter((rating) => rating.count > 0 && rating.mean !== null);
  if (rated.length === 0) return null;
  return (
    <section aria-labelledby="workshop-ratings-heading">
      <h3 id="workshop-ratings-heading">{t('workshopHost.ratings.title')}</h3>
      <ul className="workshop-ratings">
        {rated.map((rating) => (
          <li key={rating.stageId}>
            {t('workshopHost.ratings.line', { stage: stageNames.get(rating.stageId) ?? '', mean: formatSigned(Math.round((rating.mean ?? 0) * 10) / 10, i18n.language), count: rating.count })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Who is in the room: each can be removed (it asks first); someone removed can be brought back. */
function Participants({ snapshot, workshop }: Pick<Props, 'snapshot' | 'workshop'>) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const nameOf = (participant: WorkshopParticipant, index: number) => participant.name ?? t('workshopHost.people.numbered', { number: index + 1 });
  const people = snapshot.participants.map((participant, index) => ({ participant, name: nameOf(participant, index) }));
  const removed = people.filter(({ participant }) => participant.removed);
  return (
    <section aria-labelledby="workshop-people-heading">
      <h3 id="workshop-people-heading">{t('workshopHost.people.title')}</h3>
      <ul className="workshop-people">
        {people.filter(({ participant }) => !participant.removed).map(({ participant, name }) => (
          <li key={participant.id} data-participant={participant.id}>
            <span>{name}</span>
            <span className="workshop-people-state">{participant.online ? t('workshopHost.people.connected') : t('workshopHost.people.away')} · {t('workshopHost.counts.notes', { count: participant.notes })}</span>
            <button type="button" className="danger" onClick={() => setRemoving({ id: participant.id, name })} aria-label={t('workshopHost.people.removeNamed', { name })}>
              {t('workshopHost.people.remove')}
            </button>
          </li>
        ))}
      </ul>
      {removed.length > 0 && (
        <ul className="workshop-people workshop-removed" aria-label={t('workshopHost.people.removedTitle')}>
          {removed.map(({ participant, name }) => (
            <li key={participant.id} data-participant={participant.id} data-removed={participant.dropped ? 'dropped' : 'kept'}>
              <span>{name}</span>
              <span className="workshop-people-state">{participant.dropped ? t('workshopHost.people.removedDropped') : t('workshopHost.people.removedKept')}</span>
              <button type="button" onClick={() => void workshop.call('restoreWorkshopParticipant', { participantId: participant.id })} aria-label={t('workshopHost.people.undoNamed', { name })}>
                {t('workshopHost.people.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <RemoveDialog name={removing.name} onCancel={() => setRemoving(null)} onRemove={(drop) => {
          setRemoving(null);
          void workshop.call('removeWorkshopParticipant', { participantId: removing.id, drop });
        }} />
      )}
    </section>
  );
}

/** The facilitator's side panel while a workshop runs: controls, the inbox per stage, the votes, the people. */
export function WorkshopPanel(props: Props) {
  const { t } = useTranslation();
  const { snapshot, problem } = props;
  const counts = useMemo(() => roomCounts(snapshot), [snapshot]);
  return (
    <aside className="inspector workshop-panel" aria-label={t('workshopHost.panel.label')}>
      <h2>{t('workshopHost.panel.title', { title: snapshot.title })}</h2>
      <p className="workshop-counts" role="status" data-testid="workshop-counts">
        {t('workshopHost.counts.participants', { count: counts.participants })} · {t('workshopHost.counts.notes', { count: counts.notes })} · {t('workshopHost.counts.votes', { count: counts.votes })}
      </p>
      {problem && <p className="workshop-problem" role="alert">{problem}</p>}
      <Controls {...props} />
      <VotingSection snapshot={props.snapshot} document={props.document} workshop={props.workshop} />
      <Inbox {...props} />
      <Ratings {...props} />
      <RatingLanePicker {...props} />
      <Participants {...props} />
    </aside>
  );
}
