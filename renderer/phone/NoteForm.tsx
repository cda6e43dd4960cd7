import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_LIMITS, type NoteLane, type ParticipantNote, type RoomStage, type RoomState } from '../../shared/workshop/model';
import { addNote, editNote } from './phone-edits';
import type { PhoneSession } from './phone-session';

interface NoteFormProps {
  session: PhoneSession;
  room: RoomState;
  stage: RoomStage;
  /** null: a new note. */
  noteId: string | null;
  initial: ParticipantNote | null;
  /** Closed: with what to announce (null when cancelled). */
  onDone: (announcement: string | null) => void;
}

/** A note for a stage: which lane (actions, thoughts, pain points, ideas) and its text. */
export function NoteForm({ session, room, stage, noteId, initial, onDone }: NoteFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [lane, setLane] = useState<NoteLane>(initial?.lane ?? room.lanes[0] ?? 'actions');
  const [text, setText] = useState(initial?.text ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textArea.current?.focus(), []);
  const left = WORKSHOP_LIMITS.noteChars - Array.from(text).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = noteId === null ? addNote(session.client.own, room, { stageId: stage.id, lane, text }) : editNote(session.client.own, room, noteId, { lane, text });
    if (result.ok) return onDone(t(noteId === null ? 'phone.note.added' : 'phone.note.saved'));
    setProblem(result.why === 'empty' ? t('phone.note.empty') : t('phone.refused'));
    textArea.current?.focus();
  };

  return (
    <form className="note-form" onSubmit={submit} aria-label={t(noteId === null ? 'phone.note.formLabel' : 'phone.note.editLabel', { stage: stage.name })}>
      <fieldset className="lane-choice">
        <legend>{t('phone.note.lane')}</legend>
        {room.lanes.map((offered) => (
          <label key={offered} className={`lane-option lane-${offered}${offered === lane ? ' lane-option-chosen' : ''}`}>
            <input type="radio" name={`${id}-lane`} value={offered} checked={offered === lane} onChange={() => setLane(offered)} />
            <span>{t(`phone.lanes.${offered}`)}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`} className="field-label">{t('phone.note.text')}</label>
      <textarea
        ref={textArea}
        id={`${id}-text`}
        rows={3}
        maxLength={WORKSHOP_LIMITS.noteChars}
        value={text}
        aria-describedby={`${id}-left${problem ? ` ${id}-problem` : ''}`}
        aria-invalid={problem !== null}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
      />
      <p id={`${id}-left`} className="hint">{t('phone.note.charsLeft', { count: left })}</p>
      {problem && <p id={`${id}-problem`} className="problem" role="alert">{problem}</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => onDone(null)}>{t('phone.note.cancel')}</button>
        <button type="submit" className="button button-primary">{t(noteId === null ? 'phone.note.add' : 'phone.note.save')}</button>
      </div>
    </form>
  );
}
