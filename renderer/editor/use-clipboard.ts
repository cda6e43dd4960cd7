import { useEffect } from 'react';
import type { JourneyStore } from '../state/journey-store';
import { CARDS_MIME, copyCards } from './clipboard';
import type { EditorState } from './context';
import type { JourneyLayout } from '../../shared/layout/layout';
import type { PasteReport } from './paste-grid';
import { selectedCardIds } from './selection';
import type { EditorActions } from './use-editor';

interface Options {
  store: JourneyStore;
  actions: EditorActions;
  latest: React.RefObject<{ state: EditorState; layout: JourneyLayout }>;
  /** What a paste made and left out, for the toast. */
  onPasted?: (report: PasteReport) => void;
}

const editingText = () => {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || (active instanceof HTMLElement && active.isContentEditable);
};

/**
 * Copy, cut and paste through the page's clipboard events: they carry both Waymark's own
 * format (between maps) and plain text (to and from other programs), with no permission prompt.
 */
export function useEditorClipboard({ store, actions, latest, onPasted }: Options): void {
  useEffect(() => {
    const copy = (event: ClipboardEvent, cut: boolean) => {
      if (editingText() || !event.clipboardData) return;
      const { state, layout } = latest.current;
      const ids = selectedCardIds(state.selection);
      if (ids.length === 0) return;
      const { json, text } = copyCards(store.document, layout, ids);
      event.clipboardData.setData(CARDS_MIME, json);
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      if (cut) actions.deleteCards(ids);
    };
    const onCopy = (e: ClipboardEvent) => copy(e, false);
    const onCut = (e: ClipboardEvent) => copy(e, true);
    const onPaste = (event: ClipboardEvent) => {
      if (editingText() || !event.clipboardData) return;
      event.preventDefault();
      const report = actions.paste({ json: event.clipboardData.getData(CARDS_MIME), text: event.clipboardData.getData('text/plain') });
      onPasted?.(report);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, actions, latest, onPasted]);
}
