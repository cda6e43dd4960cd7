import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByOrder } from '../../../shared/document/order';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { WorkshopNote } from '../../../shared/ipc/workshop';
import { NOTE_LANE_KINDS, type NoteState } from '../../../shared/workshop/facilitation';
import type { Triage } from './use-triage';

interface Props {
  note: WorkshopNote;
  state: NoteState;
  document: JourneyDocument;
  triage: Triage;
}

/** The cards of the note's stage, those of the note's lane kind first: what a note can be merged into. */
function mergeTargets(document: JourneyDocument, note: WorkshopNote) {
  const kind = NOTE_LANE_KINDS[note.lane];
  const lanes = new Map(document.lanes.map((lane) => [lane.id, lane]));
  return sortByOrder(document.cards.filter((card) => card.stageId === note.stageId && card.text.trim() !== ''))
    .sort((a, b) => Number(lanes.get(b.laneId)?.kind === kind) - Number(lanes.get(a.laneId)?.kind === kind))
    .map((card) => ({ id: card.id, text: card.text, lane: lanes.get(card.laneId)?.name ?? '' }));
}

/**
 * One participant's note. Its text is React text, never markup: whatever a phone typed
 * (`<img onerror=…>` included) shows as the characters typed.
 */
/** After a note is handled it leaves the list: the keyboard goes on to the next note (or the one before). */
function focusNextNote(button: HTMLElement): void {
  const item = button.closest('li');
  const pending = [...(item?.closest('.workshop-inbox')?.querySelectorAll<HTMLElement>('.workshop-note.is-pending') ?? [])];
  const index = item ? pending.indexOf(item) : -1;
  const next = pending[index + 1] ?? pending[index - 1];
  const key = next?.dataset['workshopNote'];
  // Found again after the inbox re-renders, by its key.
  requestAnimationFrame(() => {
    const again = key === undefined ? null : window.document.querySelector<HTMLElement>(`[data-workshop-note="${CSS.escape(key)}"] button`);
    again?.focus();
  });
}

function InboxNoteView({ note, state, document, triage }: Props) {
  const { t } = useTranslation();
  const [merging, setMerging] = useState(false);
  const targets = merging ? mergeTargets(document, note) : [];
  const [into, setInto] = useState('');
  const chosen = targets.some((target) => target.id === into) ? into : (targets[0]?.id ?? '');
  const selectId = useId();
  return (
    <li className={`workshop-note is-${state}${note.parked ? ' is-parked' : ''}`} data-workshop-note={note.key} data-note-state={state} data-parked={note.parked ? 'true' : undefined}>
      <p className="workshop-note-text">{note.text}</p>
      <p className="workshop-note-meta">
        <span className={`workshop-lane-tag lane-${note.lane}`}>{t(`workshopHost.lane.${note.lane}`)}</span>
        {' · '}{note.author ?? t('workshopHost.inbox.anonymous')}
        {note.parked && state === 'pending' && <> · <strong>{t('workshopHost.inbox.parked')}</strong></>}
        {state !== 'pending' && <> · <strong>{t(`workshopHost.inbox.status.${state}`)}</strong></>}
      </p>
      {state === 'pending' && !merging && (
        <div className="button-row">
          <button type="button" className="primary" onClick={(e) => { focusNextNote(e.currentTarget); triage.accept(note); }}>{t('workshopHost.inbox.accept')}</button>
          <button type="button" onClick={() => setMerging(true)}>{t('workshopHost.inbox.merge')}</button>
          <button type="button" onClick={(e) => { focusNextNote(e.currentTarget); triage.reject(note); }}>{t('workshopHost.inbox.reject')}</button>
        </div>
      )}
      {state === 'pending' && merging && (
        <div className="workshop-merge">
          {targets.length === 0 ? <p>{t('workshopHost.inbox.noMergeTarget')}</p> : (
            <>
              <label htmlFor={selectId}>{t('workshopHost.inbox.mergeInto')}</label>
              <select id={selectId} value={chosen} onChange={(e) => setInto(e.target.value)} autoFocus>
                {targets.map((target) => <option key={target.id} value={target.id}>{target.lane}: {target.text.slice(0, 80)}</option>)}
              </select>
            </>
          )}
          <div className="button-row">
            <button type="button" className="primary" disabled={chosen === ''} onClick={(e) => { focusNextNote(e.currentTarget); setMerging(false); triage.merge(note, chosen); }}>{t('workshopHost.inbox.mergeConfirm')}</button>
            <button type="button" onClick={() => setMerging(false)}>{t('workshopHost.cancel')}</button>
          </div>
        </div>
      )}
      {state === 'rejected' && (
        <div className="button-row"><button type="button" onClick={() => triage.restore(note)}>{t('workshopHost.inbox.restore')}</button></div>
      )}
    </li>
  );
}

const sameNote = (a: WorkshopNote, b: WorkshopNote) =>
  a.key === b.key && a.text === b.text && a.author === b.author && a.lane === b.lane && a.stageId === b.stageId && a.parked === b.parked
  && a.triage?.status === b.triage?.status && a.triage?.into === b.triage?.into;

/**
 * Each room update brings every note anew, and a busy room holds thousands: an item renders
 * again only when what it shows changed, so an update costs the notes that are new.
 */
export const InboxNote = memo(InboxNoteView, (before, after) =>
  before.state === after.state && before.document === after.document && sameNote(before.note, after.note)
  && before.triage.accept === after.triage.accept && before.triage.merge === after.triage.merge
  && before.triage.reject === after.triage.reject && before.triage.restore === after.triage.restore);
