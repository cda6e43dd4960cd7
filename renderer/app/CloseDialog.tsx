import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CANCEL_KEY, CLOSE_QUESTIONS, type CloseAnswer, type CloseQuestion } from '../../shared/close-questions';
import { Modal } from '../ui/Modal';
import './recovery/recovery.css';

export type CloseChoice = CloseAnswer<'unsaved'>;
export type WorkshopCloseChoice = CloseAnswer<'workshop'>;

/**
 * Closing a map asks first (unsaved edits, or a live workshop running for it): the same
 * question, in the same words, as Electron's prompt when the window itself closes.
 */
export function CloseDialog<Q extends CloseQuestion = 'unsaved'>({ name, onChoose, question = 'unsaved' as Q }: { name: string; onChoose: (choice: CloseAnswer<Q>) => void; question?: Q }) {
  const { t } = useTranslation();
  const titleId = useId();
  const messageId = useId();
  const asked = CLOSE_QUESTIONS[question];
  return (
    <Modal className="modal conflict-dialog" role="alertdialog" labelledBy={titleId} describedBy={messageId} onClose={() => onChoose('cancel' as CloseAnswer<Q>)}>
        <h2 id={titleId}>{t(asked.title)}</h2>
        <p id={messageId}>{t(asked.message, { name })} {t(asked.detail)}</p>
        <div className="conflict-choices">
          {asked.choices.map(([choice, label], i) => (
            <button key={choice} type="button" className={i === 0 ? 'primary' : undefined} autoFocus={i === 0} onClick={() => onChoose(choice as CloseAnswer<Q>)}>{t(label)}</button>
          ))}
          <button type="button" onClick={() => onChoose('cancel' as CloseAnswer<Q>)}>{t(CANCEL_KEY)}</button>
        </div>
    </Modal>
  );
}
