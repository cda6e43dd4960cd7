import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument, WorkshopResult } from '../../../../shared/document/schema';
import { acceptParkedNote, discardParkedNote } from '../../../../shared/workshop/results';
import type { JourneyStore } from '../../../state/journey-store';

/**
 * The notes a workshop left unhandled, by stage: each can still become a card (Accept) or be
 * set aside (Discard), each one undo step of the map.
 */
export function ParkedNotes({ result, document, store }: { result: WorkshopResult; document: JourneyDocument; store: JourneyStore }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  if (result.parked.length === 0) return <p>{t('workshopHost.results.noParked')}</p>;
  const stages = new Map(document.stages.map((stage) => [stage.id, stage.name]));
  const accept = (noteId: string, laneKind: string) => {
    const accepted = acceptParkedNote(store.document, result.id, noteId, t(`lane.${laneKind}`));
    if (!accepted) return setProblem(t('workshopHost.inbox.stageGone'));
    setProblem(null);
    store.transact('Accept parked note', accepted.changes, 'workshop');
  };
  return (
    <>
      {problem && <p className="workshop-problem" role="alert">{problem}</p>}
      <ul className="results-parked-list" data-testid="results-parked">
        {result.parked.map((note) => (
          <li key={note.id} data-parked-note={note.id}>
            <p className="results-parked-text">{note.text}</p>
            <p className="results-parked-meta">
              <span className={`workshop-lane-tag lane-${note.laneKind}`}>{t(`lane.${note.laneKind}`)}</span>
              {' · '}{stages.get(note.stageId) ?? t('workshopHost.inbox.stageGoneName')}
              {note.author && <> · {note.author}</>}
            </p>
            <div className="button-row">
              <button type="button" className="primary" onClick={() => accept(note.id, note.laneKind)}>{t('workshopHost.inbox.accept')}</button>
              <button type="button" onClick={() => store.transact('Discard parked note', discardParkedNote(store.document, result.id, note.id), 'workshop')}>{t('workshopHost.results.discard')}</button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
