import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { addCard, removeCards, setEmotion, updateCard, updateMeta } from '../../shared/document/commands';
import { computeLayout } from '../../shared/layout/layout';
import type { Bridge } from '../bridge/api';
import { JourneyCanvas, type Editing } from '../canvas/JourneyCanvas';
import { measureLines } from '../canvas/measure';
import type { OpenJourney, useFileSession } from './file-session';
import { Toolbar } from './Toolbar';

interface Props {
  bridge: Bridge;
  session: ReturnType<typeof useFileSession>;
  journey: OpenJourney;
}

const isMod = (e: React.KeyboardEvent) => e.ctrlKey || e.metaKey;

export function MapScreen({ bridge, session, journey }: Props) {
  const { t } = useTranslation();
  const { store } = journey;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const document = snapshot.document;
  const dirty = snapshot.version !== snapshot.savedVersion;
  const layout = useMemo(() => computeLayout(document, measureLines), [document]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  useEffect(() => {
    const title = `${dirty ? '• ' : ''}${journey.name} — ${t('app.name')}`;
    window.document.title = title;
    void bridge.api.setWindowState({ title, dirty, path: journey.path });
  }, [bridge, dirty, journey.name, journey.path, t]);

  useEffect(() => {
    if (bridge.hasNativeMenu || !dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [bridge, dirty]);

  const finishEdit = (text: string) => {
    if (editing && 'newIn' in editing) {
      if (text.trim() !== '') {
        const { changes, card } = addCard(store.document, editing.newIn, text);
        store.transact('Add card', changes);
        setSelectedId(card.id);
      }
    } else if (editing) {
      store.transact('Edit card text', updateCard(store.document, editing.cardId, { text }));
    }
    setEditing(null);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (editing || e.target instanceof HTMLInputElement) return;
    const key = e.key.toLowerCase();
    if (isMod(e) && key === 's' && !bridge.hasNativeMenu) {
      e.preventDefault();
      void (e.shiftKey ? session.saveAs() : session.save());
    } else if (isMod(e) && ((key === 'z' && e.shiftKey) || key === 'y')) {
      e.preventDefault();
      store.redo();
    } else if (isMod(e) && key === 'z') {
      e.preventDefault();
      store.undo();
    } else if (e.key === 'Enter' && selectedId) {
      e.preventDefault();
      setEditing({ cardId: selectedId });
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && selectedId) {
      e.preventDefault();
      store.transact('Delete card', removeCards(store.document, [selectedId]));
      setSelectedId(null);
    } else if (e.key === 'Escape') {
      setSelectedId(null);
    }
  };

  return (
    <div className="map-screen" onKeyDown={onKeyDown}>
      <Toolbar title={document.journey.title} dirty={dirty} saving={session.status === 'saving'} lastSavedAt={journey.lastSavedAt}
        onRename={(title) => store.transact('Rename journey', updateMeta(store.document, { title }))}
        onSave={() => void session.save()} onSaveAs={() => void session.saveAs()} onClose={session.close} />
      <JourneyCanvas
        layout={layout}
        label={t('editor.canvasLabel', { stages: document.stages.length, lanes: document.lanes.length, cards: document.cards.length })}
        selectedId={selectedId}
        editing={editing}
        onSelect={setSelectedId}
        onEdit={setEditing}
        onFinishEdit={finishEdit}
        onSetEmotion={(curveId, column, value) => store.transact('Set emotion', setEmotion(store.document, curveId, column, value))}
      />
    </div>
  );
}
