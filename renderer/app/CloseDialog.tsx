import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './recovery/recovery.css';

export type CloseChoice = 'save' | 'discard' | 'cancel';
export type WorkshopCloseChoice = 'keep-open' | 'end' | 'cancel';

/** The questions a map asks as it closes: its first choice is the one Enter takes. */
const QUESTIONS = {
  /** Unsaved edits: Save, Don't Save or Cancel. */
  unsaved: { title: 'dialog.unsavedTitle', message: 'dialog.unsavedMessage', detail: 'dialog.unsavedDetail', choices: [['save', 'dialog.save'], ['discard', 'dialog.dontSave']] },
  /** A live workshop runs for the map: keep the room open (it is offered again with the map), end it keeping its results, or cancel. */
  workshop: { title: 'workshopHost.close.title', message: 'workshopHost.close.message', detail: 'workshopHost.close.detail', choices: [['keep-open', 'workshopHost.close.keepOpen'], ['end', 'workshopHost.close.end']] },
} as const;
type Question = keyof typeof QUESTIONS;
type ChoiceOf<Q extends Question> = (typeof QUESTIONS)[Q]['choices'][number][0] | 'cancel';

/**
 * Closing a map asks first: the same question, in the same words, as Electron's prompt when
 * the window itself closes (main/window-manager.ts).
 */
export function CloseDialog<Q extends Question = 'unsaved'>({ name, onChoose, question = 'unsaved' as Q }: { name: string; onChoose: (choice: ChoiceOf<Q>) => void; question?: Q }) {
  const { t } = useTranslation();
  const titleId = useId();
  const messageId = useId();
  const asked = QUESTIONS[question];
  return (
    <div className="modal-backdrop">
      <div className="modal conflict-dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={messageId}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          onChoose('cancel');
        }}>
        <h2 id={titleId}>{t(asked.title)}</h2>
        <p id={messageId}>{t(asked.message, { name })} {t(asked.detail)}</p>
        <div className="conflict-choices">
          {asked.choices.map(([choice, label], i) => (
            <button key={choice} type="button" className={i === 0 ? 'primary' : undefined} autoFocus={i === 0} onClick={() => onChoose(choice as ChoiceOf<Q>)}>{t(label)}</button>
          ))}
          <button type="button" onClick={() => onChoose('cancel')}>{t('dialog.cancel')}</button>
        </div>
      </div>
    </div>
  );
}
