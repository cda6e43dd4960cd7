import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorState } from '../../editor/context';
import type { JourneyStore } from '../../state/journey-store';
import { coeditOf } from './coedit-bindings';
import { usePeers } from './use-presence';
import { Modal } from '../../ui/Modal';

interface Asked { readonly cardId: string; readonly name: string }

/**
 * A card someone else is typing in is softly locked: opening it here asks first, and waits.
 * The dialog says who types; "Edit anyway" opens it at once, and otherwise it opens by itself
 * as soon as they stop (their typing ends, goes idle, or they drop off).
 */
export function useCardLock({ store, latest, openCard, canvas }: {
  store: JourneyStore; latest: React.RefObject<{ state: EditorState }>; openCard: (id: string | null) => void;
  canvas: React.RefObject<HTMLElement | null>;
}): React.ReactNode {
  const [asked, setAsked] = useState<Asked | null>(null);
  const allowed = useRef<string | null>(null);
  const checked = useRef<EditorState['editing']>(null);
  const askedNow = useRef(asked);
  useEffect(() => {
    askedNow.current = asked;
  });

  // Checked as a card's editor takes the keyboard: someone starting to type in a card already open here closes nothing.
  useEffect(() => {
    const host = canvas.current?.querySelector<HTMLElement>('.canvas-host');
    if (!host) return;
    const focused = (e: FocusEvent) => {
      const { editing } = latest.current.state;
      // Once per opening: the keyboard coming back to an editor already open asks nothing.
      if (!(e.target instanceof HTMLTextAreaElement) || editing?.kind !== 'card' || editing === checked.current) return;
      checked.current = editing;
      const typist = coeditOf(store)?.typistOf(editing.id);
      if (typist && editing.id !== allowed.current) {
        openCard(null);
        setAsked({ cardId: editing.id, name: typist.name });
      } else if (askedNow.current) {
        setAsked(null);
      }
      allowed.current = null;
    };
    host.addEventListener('focusin', focused);
    return () => host.removeEventListener('focusin', focused);
  }, [canvas, latest, openCard, store]);

  // The card opens once the dialog is gone and has given the keyboard back (else its editor would lose it at once).
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (asked || pending.current === null) return;
    allowed.current = pending.current;
    openCard(pending.current);
    pending.current = null;
  }, [asked, openCard]);
  const open = useCallback(() => {
    pending.current = asked?.cardId ?? null;
    setAsked(null);
  }, [asked]);

  if (!asked) return null;
  return <CardLockDialog store={store} asked={asked} onOpen={open} onCancel={() => setAsked(null)} />;
}

function CardLockDialog({ store, asked: { cardId, name }, onOpen, onCancel }: { store: JourneyStore; asked: Asked; onOpen: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const held = usePeers(store).some((peer) => peer.typing === cardId);
  const titleId = useId();
  // Released (its typist stopped, or dropped off): the card opens here.
  useEffect(() => {
    if (!held) onOpen();
  }, [held, onOpen]);
  return (
    <Modal labelledBy={titleId} className="modal coedit-lock" onClose={onCancel}>
      <h2 id={titleId}>{t('coedit.lock.title', { name })}</h2>
      <p role="status">{t('coedit.lock.waiting', { name })}</p>
      <div className="button-row">
        <button type="button" onClick={onCancel}>{t('coedit.lock.cancel')}</button>
        <button type="button" className="primary" onClick={onOpen}>{t('coedit.lock.anyway')}</button>
      </div>
    </Modal>
  );
}
