import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMeta } from '../../shared/document/commands';
import { computeLayout } from '../../shared/layout/layout';
import type { Bridge } from '../bridge/api';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { measureLines } from '../canvas/measure';
import { useEditorClipboard } from '../editor/use-clipboard';
import { useEditor } from '../editor/use-editor';
import { useEditorKeyboard } from '../editor/use-keyboard';
import { useKeepInView } from '../editor/use-keep-in-view';
import { useMenuCommands } from '../editor/use-menu-commands';
import type { OpenJourney, useFileSession } from './file-session';
import { Inspector } from './inspector/Inspector';
import { ShortcutOverlay } from './ShortcutOverlay';
import { Toolbar } from './Toolbar';
import { useAutosave } from './use-autosave';
import { usePreferences } from './use-preferences';

interface Props {
  bridge: Bridge;
  session: ReturnType<typeof useFileSession>;
  journey: OpenJourney;
}

/** The map editor: toolbar, canvas and inspector around one journey. */
export function MapScreen({ bridge, session, journey }: Props) {
  const { t } = useTranslation();
  const { store } = journey;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const document = snapshot.document;
  const dirty = snapshot.version !== snapshot.savedVersion;
  const layout = useMemo(() => computeLayout(document, measureLines), [document]);
  const { state, actions, update, gestures, latest } = useEditor(store, layout);
  const screen = useRef<HTMLDivElement>(null);
  const [preferences, setPreferences] = usePreferences(bridge);
  const { save, saveAs } = session;

  const openHelp = useCallback(() => update({ helpOpen: true }), [update]);
  const onSave = useMemo(() => (bridge.hasNativeMenu ? null : (as: boolean) => void (as ? saveAs() : save())), [bridge, save, saveAs]);
  useEditorKeyboard({ target: screen, store, actions, latest, onHelp: openHelp, onSave });
  useEditorClipboard({ store, actions, latest });
  useKeepInView(state, layout, actions);
  useMenuCommands(bridge, store, actions, openHelp);
  useAutosave(store, preferences.autosave, journey.path !== null, save);

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

  const onResize = useCallback((view: { width: number; height: number }) => update({ view }), [update]);

  return (
    <div className="map-screen" ref={screen}>
      <Toolbar title={document.journey.title} dirty={dirty} saving={session.status === 'saving'} lastSavedAt={journey.lastSavedAt}
        zoom={state.viewport.zoom} autosave={preferences.autosave} canUndo={snapshot.canUndo} canRedo={snapshot.canRedo} actions={actions}
        onRename={(title) => store.transact('Rename journey', updateMeta(store.document, { title }))}
        onUndo={() => store.undo()} onRedo={() => store.redo()} onAutosave={(autosave) => setPreferences({ autosave })}
        onSave={() => void save()} onSaveAs={() => void saveAs()} onClose={session.close} onHelp={openHelp} />
      <div className="map-body">
        <JourneyCanvas layout={layout} state={state} actions={actions} gestures={gestures} latest={latest} onResize={onResize}
          label={t('editor.canvasLabel', { stages: document.stages.length, lanes: document.lanes.length, cards: document.cards.length })} />
        <Inspector document={document} state={state} actions={actions} />
      </div>
      {state.helpOpen && <ShortcutOverlay onClose={() => { update({ helpOpen: false }); screen.current?.querySelector<HTMLElement>('.canvas-host')?.focus(); }} />}
    </div>
  );
}
