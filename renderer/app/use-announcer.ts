import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppliedChange } from '../../shared/document/changes';
import type { JourneySnapshot, JourneyStore } from '../state/journey-store';
import { describeChange, describeSelection, type AnnounceWords } from '../editor/announcements';
import type { EditorState } from '../editor/context';
import { useCardMarks } from '../canvas/MapGrid';

/** Changes the toast or a dialog already says. */
const SAID_ELSEWHERE = new Set(['Paste']);

/**
 * The map's live region: what the selection is on as the arrows move it, and what each change
 * did ("Card Reklam moved to Köp, Actions"), undo and redo included. Returns the ref of the
 * element that speaks (polite, so typing is never cut off).
 */
export function useAnnouncer(store: JourneyStore, snapshot: JourneySnapshot, state: EditorState): React.RefObject<HTMLDivElement | null> {
  const { t, i18n } = useTranslation();
  const marks = useCardMarks();
  const region = useRef<HTMLDivElement>(null);
  const words = useMemo((): AnnounceWords => {
    const signed = new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    return { t: (key, options) => t(key, options), signed: (value) => signed.format(value), marks };
  }, [i18n.language, marks, t]);
  const seen = useRef({ document: snapshot.document, selection: state.selection, cursor: state.cursor });
  // What made the latest change (the store tells it before the snapshot shows it): its name, done, undone or redone.
  const lastChange = useRef<AppliedChange | null>(null);
  useEffect(() => store.listen((change) => {
    lastChange.current = change;
  }), [store]);
  const { document } = snapshot;
  const { selection, cursor, focusCurve } = state;

  useEffect(() => {
    const before = seen.current;
    seen.current = { document, selection, cursor };
    let text = '';
    const last = lastChange.current;
    if (document !== before.document && last && !SAID_ELSEWHERE.has(last.transaction.name)) {
      const change = describeChange(before.document, document, words);
      text = last.origin !== 'undo' && last.origin !== 'redo' ? change : t(last.origin === 'undo' ? 'a11y.say.undone' : 'a11y.say.redone', { change: change || t('a11y.say.changed') });
    } else if (document === before.document && (selection !== before.selection || cursor !== before.cursor)) {
      text = describeSelection(document, { selection, cursor, focusCurve }, words);
    }
    const element = region.current;
    if (!element || text === '') return;
    // The same words again (two cards alike) must still be spoken: a changed text is.
    element.textContent = element.textContent === text ? `${text}\u00a0` : text;
  }, [document, selection, cursor, focusCurve, words, t]);
  return region;
}
