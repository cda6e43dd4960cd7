import { useId } from 'react';
import { useCommitDraft } from '../use-commit-draft';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  maxLength: number;
  placeholder?: string;
}

/**
 * A labelled text field that changes the document once, when the user leaves it or presses
 * Enter (Ctrl/Cmd+Enter in multi-line fields): one edit, one undo step. Escape reverts.
 */
export function CommitField({ label, value, onCommit, multiline = false, maxLength, placeholder }: Props) {
  const id = useId();
  const draft = useCommitDraft(value, onCommit);
  const common = {
    id,
    value: draft.shown,
    maxLength,
    placeholder,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => draft.change(e.target.value),
    onBlur: draft.commit,
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      e.stopPropagation();
      if (e.key === 'Escape') {
        draft.cancel();
        e.currentTarget.blur();
      } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        e.currentTarget.blur();
      }
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
