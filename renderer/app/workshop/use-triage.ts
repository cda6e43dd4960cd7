import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopNote } from '../../../shared/ipc/workshop';
import { acceptNote, mergeNote, NOTE_LANE_KINDS } from '../../../shared/workshop/facilitation';
import type { JourneyStore } from '../../state/journey-store';
import type { Workshop } from './use-workshop';

export interface Triage {
  accept: (note: WorkshopNote) => void;
  merge: (note: WorkshopNote, cardId: string) => void;
  reject: (note: WorkshopNote) => void;
  restore: (note: WorkshopNote) => void;
}

/**
 * What the inbox's buttons do. A note enters the map only here, through the store's one write
 * path as one undoable change; main just remembers what became of it (the inbox reads that
 * against the map, so an undo puts the note back).
 */
export function useTriage(store: JourneyStore, workshop: Workshop, onProblem: (message: string | null) => void): Triage {
  const { t } = useTranslation();
  const { call } = workshop;
  const accept = useCallback((note: WorkshopNote) => {
    const laneName = t(`lane.${NOTE_LANE_KINDS[note.lane]}`);
    const accepted = acceptNote(store.document, note, laneName);
    if (!accepted) return onProblem(t('workshopHost.inbox.stageGone'));
    onProblem(null);
    store.transact('Accept workshop note', accepted.changes, 'workshop');
    void call('triageWorkshopNote', { key: note.key, status: 'accepted', into: accepted.cardId });
  }, [call, onProblem, store, t]);
  const merge = useCallback((note: WorkshopNote, cardId: string) => {
    const changes = mergeNote(store.document, cardId, note.text);
    if (!changes) return onProblem(t('workshopHost.inbox.mergeTooLong'));
    onProblem(null);
    store.transact('Merge workshop note', changes, 'workshop');
    void call('triageWorkshopNote', { key: note.key, status: 'merged', into: cardId });
  }, [call, onProblem, store, t]);
  const reject = useCallback((note: WorkshopNote) => void call('triageWorkshopNote', { key: note.key, status: 'rejected' }), [call]);
  const restore = useCallback((note: WorkshopNote) => void call('triageWorkshopNote', { key: note.key, status: null }), [call]);
  return { accept, merge, reject, restore };
}
