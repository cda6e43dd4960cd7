import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantContent, ParticipantNote, RoomStage, RoomState } from '../../shared/workshop/model';
import { NoteForm } from './NoteForm';
import { addNote, removeNote } from './phone-edits';
import type { PhoneSession } from './phone-session';
import { RatingPicker } from './RatingPicker';

/** The note form open in a stage: a new note (noteId null) or one of the participant's own. */
export interface NoteEditing { stageId: string; noteId: string | null }

interface StageCardProps {
  stage: RoomStage;
  session: PhoneSession;
  room: RoomState;
  content: ParticipantContent;
  editing: NoteEditing | null;
  setEditing: (editing: NoteEditing | null) => void;
  announce: (text: string) => void;
}

/** One stage: its name, the participant's own notes in it, a way to add one, and how it feels. */
export function StageCard({ stage, session, room, content, editing, setEditing, announce }: StageCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The note deleted last, for an undo (a tap on Delete is easily a mis-tap on a phone).
  const [deleted, setDeleted] = useState<ParticipantNote | null>(null);
  const notes = Object.entries(content.notes)
    .filter(([, note]) => note.stageId === stage.id)
    .sort(([, a], [, b]) => a.createdAt - b.createdAt);
  // Focus goes back where the form was opened from, so a keyboard or screen reader user carries on there.
  const closeForm = (focus: () => HTMLElement | null) => {
    setEditing(null);
    requestAnimationFrame(() => focus()?.focus());
  };

  return (
    <section className="stage" aria-labelledby={headingId}>
      <h2 id={headingId} className="stage-name">{stage.name}</h2>
      {notes.length > 0 && (
        <ul className="notes" aria-label={t('phone.stages.yourNotes', { stage: stage.name })}>
          {notes.map(([id, note]) =>
            editing?.noteId === id ? (
              <li key={id} className="note note-editing">
                <NoteForm
                  session={session}
                  room={room}
                  stage={stage}
                  noteId={id}
                  initial={note}
                  onDone={(text) => {
                    if (text) announce(text);
                    closeForm(() => document.getElementById(`edit-${id}`));
                  }}
                />
              </li>
            ) : (
              <li key={id} className={`note lane-${note.lane}`}>
                <span className="note-lane">{t(`phone.lanes.${note.lane}`)}</span>
                <p className="note-text" id={`text-${id}`}>{note.text}</p>
                <div className="note-buttons">
                  <button type="button" className="button button-small" id={`edit-${id}`} aria-describedby={`text-${id}`} onClick={() => setEditing({ stageId: stage.id, noteId: id })}>
                    {t('phone.note.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-describedby={`text-${id}`}
                    onClick={() => {
                      removeNote(session.client.own, id);
                      setDeleted(note);
                      announce(t('phone.note.deleted'));
                      requestAnimationFrame(() => undoButton.current?.focus());
                    }}
                  >
                    {t('phone.note.delete')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {deleted && (
        <p className="undo-row">
          <span>{t('phone.note.deleted')}</span>
          <button
            ref={undoButton}
            type="button"
            className="button button-small"
            onClick={() => {
              if (addNote(session.client.own, room, deleted, deleted.createdAt).ok) announce(t('phone.note.restored'));
              setDeleted(null);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          >
            {t('phone.note.undo')}
          </button>
        </p>
      )}
      {editing?.noteId === null ? (
        <NoteForm
          session={session}
          room={room}
          stage={stage}
          noteId={null}
          initial={null}
          onDone={(text) => {
            if (text) announce(text);
            setDeleted(null);
            closeForm(() => addButton.current);
          }}
        />
      ) : (
        <button ref={addButton} type="button" className="button button-primary button-wide" aria-describedby={headingId} onClick={() => setEditing({ stageId: stage.id, noteId: null })}>
          + {t('phone.stages.addNote')}
        </button>
      )}
      <RatingPicker session={session} room={room} stage={stage} rating={content.ratings[stage.id] ?? null} announce={announce} />
    </section>
  );
}
