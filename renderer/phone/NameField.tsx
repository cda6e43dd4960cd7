import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_LIMITS, type RoomState } from '../../shared/workshop/model';
import { setName } from './phone-edits';
import type { PhoneSession } from './phone-session';

/** The optional name the facilitator sees beside this phone's notes. */
export function NameField({ session, name, room, announce }: { session: PhoneSession; name: string; room: RoomState; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? name;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (setName(session.client.own, room, value).ok) {
      setDraft(null);
      announce(t('phone.name.saved'));
    }
  };
  return (
    <form className="name-field" onSubmit={submit}>
      <label htmlFor={id}>{t('phone.name.label')}</label>
      <div className="name-row">
        <input
          id={id}
          type="text"
          autoComplete="nickname"
          enterKeyHint="done"
          maxLength={WORKSHOP_LIMITS.nameChars}
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button" disabled={draft === null || draft.trim() === name}>{t('phone.name.save')}</button>
      </div>
      <p id={`${id}-hint`} className="hint">{t('phone.name.hint')}</p>
    </form>
  );
}
