import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addView, removeView, updateView } from '../../../shared/document/commands';
import { sortByOrder } from '../../../shared/document/order';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { JourneyStore } from '../../state/journey-store';
import { Modal } from '../../ui/Modal';
import { draftOf, fieldsOf, type ViewDraft } from './view-draft';
import { ViewForm } from './ViewForm';

interface Props {
  document: JourneyDocument;
  store: JourneyStore;
  onClose: () => void;
  onPresent: (viewId: string) => void;
}

/**
 * Saved views of the map, kept in the journey file: a list to pick from, and the form of the
 * one picked. Saving, deleting and adding are undoable edits like any other.
 */
export function ViewsDialog({ document, store, onClose, onPresent }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const views = sortByOrder(document.views);
  const [selectedId, setSelectedId] = useState<string | null>(views[0]?.id ?? null);
  const selected = views.find((v) => v.id === selectedId) ?? null;
  const [draft, setDraft] = useState<ViewDraft>(() => draftOf(document, selected, t('present.views.untitled')));

  const pick = (id: string | null) => {
    setSelectedId(id);
    setDraft(draftOf(document, views.find((v) => v.id === id) ?? null, t('present.views.untitled')));
  };
  /** Stores the draft; the view's id, new or not. */
  const save = (): string | null => {
    const fields = fieldsOf(document, draft);
    if (fields.name === '') return null;
    if (selected) {
      store.transact('Edit view', updateView(store.document, selected.id, fields));
      return selected.id;
    }
    const { changes, view } = addView(store.document, fields);
    store.transact('Add view', changes);
    setSelectedId(view.id);
    return view.id;
  };
  const remove = () => {
    if (!selected) return;
    store.transact('Delete view', removeView(store.document, selected.id));
    pick(views.find((v) => v.id !== selected.id)?.id ?? null);
  };

  return (
    <Modal className="modal views-dialog" labelledBy={titleId} onClose={onClose} closeOnBackdrop>
        <h2 id={titleId}>{t('present.views.title')}</h2>
        <div className="views-body">
          <nav aria-label={t('present.views.saved')}>
            <ul className="plain-list">
              {views.map((v) => (
                <li key={v.id}><button type="button" aria-pressed={v.id === selectedId} onClick={() => pick(v.id)}>{v.name}</button></li>
              ))}
            </ul>
            <button type="button" onClick={() => pick(null)} aria-pressed={selectedId === null}>{t('present.views.new')}</button>
          </nav>
          <ViewForm document={document} draft={draft} onChange={setDraft} />
        </div>
        <div className="button-row">
          <button type="button" className="primary" onClick={save} disabled={draft.name.trim() === ''}>{t('present.views.save')}</button>
          <button type="button" onClick={() => { const id = save(); if (id) onPresent(id); }} disabled={draft.name.trim() === ''}>{t('present.views.saveAndPresent')}</button>
          {selected && <button type="button" className="danger" onClick={remove}>{t('present.views.delete')}</button>}
          <button type="button" onClick={onClose}>{t('present.views.close')}</button>
        </div>
    </Modal>
  );
}
