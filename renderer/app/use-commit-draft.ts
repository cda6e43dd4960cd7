import { useRef, useState } from 'react';

/**
 * A text field's draft: what the user is typing, written to the map once, when the field is
 * left (one edit, one undo step), unless it was cancelled first (Escape puts back the map's value).
 */
export function useCommitDraft(value: string, onCommit: (value: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);
  return {
    /** What the field shows: the draft while there is one, else the map's value. */
    shown: draft ?? value,
    editing: draft !== null,
    change: setDraft,
    /** On leaving the field. */
    commit: () => {
      if (!cancelled.current && draft !== null && draft !== value) onCommit(draft);
      cancelled.current = false;
      setDraft(null);
    },
    /** Before leaving the field with Escape: the draft is dropped instead of written. */
    cancel: () => {
      cancelled.current = true;
    },
  };
}
