import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMeta } from '../../shared/document/commands';
import { journeyCounts } from '../../shared/exchange/journey-counts';
import type { Bridge } from '../bridge/api';
import { CanvasThemeContext, EDITOR_CANVAS_THEME } from '../canvas/canvas-theme';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { DiskNoticeBar } from './conflicts/ConflictDialog';
import { useEditorClipboard } from '../editor/use-clipboard';
import { useEditor, type OpenMapLink } from '../editor/use-editor';
import { useEditorKeyboard } from '../editor/use-keyboard';
import { mapShortcuts } from '../editor/map-shortcuts';
import { CommandsContext, useCommands } from '../commands/registry';
import { usePalette } from '../commands/use-palette';
import { useAppShortcuts } from './use-app-shortcuts';
import { useAnnouncer } from './use-announcer';
import { useMapFocus } from './use-map-focus';
import { mapCommands } from './map-commands';
import { useKeepInView } from '../editor/use-keep-in-view';
import { useMenuCommands } from '../editor/use-menu-commands';
import type { PasteReport } from '../editor/paste-grid';
import { PresentButtons } from '../present/PresentButtons';
import { PresenterPanel } from '../present/presenter/PresenterPanel';
import { PresentKeysOverlay } from '../present/PresentKeysOverlay';
import { ShowLayers, ShowOverlay } from '../present/ShowOverlays';
import { usePresentSession } from '../present/use-present-session';
import { useShow, viewportReader } from '../present/use-show';
import { ViewsDialog } from '../present/views/ViewsDialog';
import { CloseDialog, type CloseChoice, type WorkshopCloseChoice } from './CloseDialog';
import type { OpenJourney, useFileSession } from './file-session';
import type { MapView } from './compare/compare-types';
import { MapViewLayer } from './compare/MapViewLayer';
import { ContentBar } from './content/ContentBar';
import { ContentServicesProvider } from './content/content-services';
import { ContentProvider } from '../editor/content-context';
import { Inspector } from './inspector/Inspector';
import { PasteToast, usePasteSummary } from './PasteToast';
import { RollupLauncher } from './portfolio/RollupLauncher';
import { SharedPersonaNotice } from './portfolio/SharedPersonaNotice';
import { requestStageJump, takeStageJump } from './portfolio/stage-jump';
import { WorkspaceProvider } from './portfolio/workspace-context';
import { ReadOnlyBar } from './read-only/ReadOnlyBar';
import { ShortcutOverlay } from './ShortcutOverlay';
import { Toolbar } from './Toolbar';
import { CoeditBar } from './coedit/CoeditBar';
import { EditTogetherButton, EditTogetherDialog } from './coedit/EditTogether';
import { useCoeditStatus } from './coedit/use-coedit';
import { useCardLock } from './coedit/CardLock';
import { PeerMarks, useSharePresence } from './coedit/use-presence';
import { cleanName } from '../../shared/coedit/presence';
import { useMapLayout } from './use-map-layout';
import { useShowSteps } from '../present/use-show-steps';
import { usePreferences } from './use-preferences';
import { useFacilitator } from './workshop/use-facilitator';
import { ResumeWorkshopBar, WorkshopButton, WorkshopDialogs, WorkshopLiveCounts, WorkshopSidePanel } from './workshop/WorkshopChrome';
import { WorkshopMarks } from '../canvas/WorkshopMarks';
import { MapLinksContext } from './workspace/map-links-context';
import { useLinkedMaps } from './workspace/use-linked-maps';
import type { WorkspaceState } from './workspace/use-workspace';

interface Props {
  bridge: Bridge;
  session: ReturnType<typeof useFileSession>;
  journey: OpenJourney;
  workspace: WorkspaceState;
  /** Drills down: saves this map and opens the linked one at `path` in its place. */
  onFollowLink: (path: string) => void;
}

/** The map editor: toolbar, canvas and inspector around one journey. */
export function MapScreen({ bridge, session, journey, workspace, onFollowLink }: Props) {
  const { t, i18n } = useTranslation();
  const { store } = journey;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const document = snapshot.document;
  const dirty = snapshot.version !== snapshot.savedVersion;
  // While presenting a saved view, the editor lays out (and edits) the map as the view shows it.
  const presenting = usePresentSession(document);
  const mapLayout = useMapLayout(presenting.presented);
  // While presenting a stage, the editor draws and edits the stage as presented (stageLayout).
  const { steps, shown: layout } = useShowSteps(document, mapLayout, presenting.session);
  // The editor's actions are made once; following a link reads the latest handler.
  const follow = useRef<OpenMapLink>(() => undefined);
  const openMapLink = useCallback<OpenMapLink>((holder) => follow.current(holder), []);
  const { state, actions, update, gestures, latest } = useEditor(store, layout, openMapLink);
  const linked = useLinkedMaps({ bridge, store, document, path: journey.path, workspace, layout, viewport: state.viewport, onFollow: onFollowLink });
  useLayoutEffect(() => {
    follow.current = linked.openMapLink;
  });
  const screen = useRef<HTMLDivElement>(null);
  const [preferences, setPreferences] = usePreferences(bridge);
  const { save, saveAs } = session;

  const openHelp = useCallback(() => update({ helpOpen: true }), [update]);
  const onSave = useMemo(() => (bridge.hasNativeMenu ? null : (as: boolean) => void (as ? saveAs() : save())), [bridge, save, saveAs]);
  const runShortcut = useMemo(() => mapShortcuts({ store, actions, latest, onHelp: openHelp }), [store, actions, latest, openHelp]);
  useEditorKeyboard({ target: screen, run: runShortcut });
  const palette = usePalette();
  const announcer = useAnnouncer(store, snapshot, state);
  useAppShortcuts({ onSave, onPalette: palette.open });
  const [pasted, setPasted] = useState<{ at: number; lines: string[] } | null>(null);
  const summarise = usePasteSummary();
  const onPasted = useCallback((report: PasteReport) => setPasted({ at: Date.now(), lines: summarise(report) }), [summarise]);
  const dismissPasted = useCallback(() => setPasted(null), []);
  useEditorClipboard({ store, actions, latest, onPasted });
  useKeepInView(state, layout, actions);
  useMenuCommands(bridge, store, actions, openHelp);
  const { persistence } = journey;
  useEffect(() => persistence.setAutosave(preferences.autosave), [persistence, preferences.autosave]);

  const [viewsOpen, setViewsOpen] = useState(false);
  const getViewport = useMemo(() => viewportReader(latest), [latest]);
  const focusCanvas = useCallback(() => screen.current?.querySelector<HTMLElement>('.canvas-host')?.focus(), []);
  useMapFocus(store, focusCanvas);
  const show = useShow({ bridge, document, layout, steps, session: presenting.session, setSession: presenting.setSession, editor: { state, update, actions, getViewport }, focusCanvas });
  const live = show.session;
  const isLive = live !== null;
  useEffect(() => void (isLive && focusCanvas()), [isLive, focusCanvas]);

  // What the unsaved-changes prompts call the map: its file, else (never saved) its title.
  const promptName = journey.path ? journey.name : document.journey.title || journey.name;
  // Versions live beside the map's file: an untitled map has none until it is saved.
  const [mapView, setMapView] = useState<MapView | null>(null);
  const versions = useMemo(() => ({ path: journey.path, api: bridge.api, show: setMapView }), [bridge, journey.path]);
  const closeMapView = useCallback(() => setMapView(null), []);
  // Back from a version or a comparison, the keyboard is on the map again (once the layer has let go of the page).
  const hadMapView = useRef(false);
  useEffect(() => {
    if (mapView) hadMapView.current = true;
    else if (hadMapView.current) {
      hadMapView.current = false;
      focusCanvas();
    }
  }, [mapView, focusCanvas]);
  // The window shows no map once this screen goes: nothing for main's close prompt to ask about.
  useEffect(() => () => void bridge.api.setWindowState({ title: 'Waymark', dirty: false, path: null }), [bridge]);

  useEffect(() => {
    if (bridge.hasNativeMenu || !dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [bridge, dirty]);

  const onResize = useCallback((view: { width: number; height: number }) => update({ view }), [update]);
  // A live workshop for this map: phones' notes in an inbox, votes and ratings on the canvas.
  const facilitator = useFacilitator(bridge.api, journey, store, document);
  const [editTogether, setEditTogether] = useState(false);
  // What the others see of this person (never in the file); who they are is read below the map, where it is drawn.
  const selfName = cleanName(preferences.author ?? '') || t('coedit.name.anonymous');
  useSharePresence({ store, state, latest, name: selfName, canvas: screen });
  const openCard = useCallback((id: string | null) => update({ editing: id === null ? null : { kind: 'card', id } }), [update]);
  const cardLock = useCardLock({ store, latest, openCard, canvas: screen });
  const typingLabel = useCallback((name: string) => t('coedit.people.typing', { name }), [t]);
  // Made again only when what they draw changes: a new element would redraw the cards' layer.
  const zoom = state.viewport.zoom;
  const contentMarks = useMemo(() => facilitator.marks && <WorkshopMarks layout={layout} data={facilitator.marks} language={i18n.language} />,
    [facilitator.marks, layout, i18n.language]);
  const coedit = useCoeditStatus(store);
  // The others' pointers move all the time: on a layer of their own, while the map is shared.
  const shared = coedit !== null && !live;
  const liveMarks = useMemo(() => shared && <PeerMarks store={store} layout={layout} zoom={zoom} typingLabel={typingLabel} />, [shared, store, layout, zoom, typingLabel]);
  const workshopRunning = facilitator.workshop.snapshot !== null;
  const workshopPanel = !live && workshopRunning && facilitator.panelOpen;

  useEffect(() => {
    const name = journey.readOnly ? t('readOnly.windowTitle', { name: journey.name }) : journey.name;
    const title = `${dirty ? '• ' : ''}${name} — ${t('app.name')}`;
    window.document.title = title;
    void bridge.api.setWindowState({ title, name: promptName, dirty, path: journey.path, workshop: workshopRunning });
  }, [bridge, dirty, journey.name, journey.path, journey.readOnly, promptName, t, workshopRunning]);

  // Close with unsaved edits asks first, as closing Electron's window does; during a workshop it asks about the room before that.
  const [asking, setAsking] = useState<'workshop' | 'unsaved' | null>(null);
  const { close } = session;
  const closeAsked = useCallback(() => (dirty ? setAsking('unsaved') : void close()), [close, dirty]);
  const requestClose = useCallback(() => (workshopRunning ? setAsking('workshop') : closeAsked()), [closeAsked, workshopRunning]);
  const answerClose = useCallback(async (choice: CloseChoice) => {
    setAsking(null);
    if (choice === 'discard') await close('discard');
    else if (choice === 'save' && (await save())) await close();
  }, [close, save]);
  // Ending the room keeps its results in the map: saved before the map closes (an untitled map asks where).
  const { endAndKeep } = facilitator;
  const endWorkshopAndLeave = useCallback(async (leave: () => void | Promise<void>) => {
    if ((await endAndKeep()) && (await save())) await leave();
  }, [endAndKeep, save]);
  const answerWorkshopClose = useCallback((choice: WorkshopCloseChoice) => {
    setAsking(null);
    if (choice === 'keep-open') closeAsked();
    if (choice === 'end') void endWorkshopAndLeave(() => close());
  }, [close, closeAsked, endWorkshopAndLeave]);
  // Electron's window closing during a workshop, and the facilitator chose to end it.
  useEffect(() => bridge.api.onMenuCommand((command) => {
    if (command.type === 'endWorkshopAndClose') void endWorkshopAndLeave(() => window.close());
  }), [bridge, endWorkshopAndLeave]);

  // A stage of this map asked for by the roll-up's heat view: selected, with the cursor in its column.
  const showStage = useCallback((stageId: string) => {
    const lane = store.document.lanes.find((l) => l.kind === 'painPoints') ?? store.document.lanes[0];
    update({ selection: { kind: 'stage', id: stageId }, ...(lane ? { cursor: { stageId, laneId: lane.id } } : {}) });
  }, [store, update]);
  useEffect(() => {
    const stageId = takeStageJump(journey.path);
    if (stageId !== null) showStage(stageId);
  }, [journey.path, showStage]);
  const openMap = useMemo(() => (journey.path ? { path: journey.path, store } : null), [journey.path, store]);
  const { openPath } = session;
  const jump = useCallback(async (path: string, stageId: string) => {
    if (path === journey.path) return showStage(stageId);
    requestStageJump(path, stageId);
    if (!dirty || (await save())) await openPath(path);
  }, [dirty, journey.path, openPath, save, showStage]);

  useCommands('map', () => mapCommands({
    t, run: runShortcut, store, actions, state: latest.current.state, save: () => void save(), saveAs: () => void saveAs(), close: requestClose,
    present: () => show.enter(), views: () => setViewsOpen(true), focusMap: focusCanvas,
    focusTitle: () => screen.current?.querySelector<HTMLElement>('.title-input')?.focus(),
    focusInspector: () => screen.current?.querySelector<HTMLElement>('.inspector')?.focus(),
    autosave: preferences.autosave, setAutosave: (autosave) => setPreferences({ autosave }),
  }), palette.registry);

  return (
    <CommandsContext value={palette.registry}>
    <ContentProvider store={store}>
    <ContentServicesProvider saveTemplate={bridge.api.saveTemplate} versions={versions}>
    <WorkspaceProvider api={bridge.api} nativeDialogs={bridge.hasNativeMenu} store={store} persistence={persistence} mapPath={journey.path}>
    {/* Outside the editor's keyboard target, so Enter and Space reach its button. */}
    {!live && journey.readOnly && <ReadOnlyBar reason={journey.readOnly} onSaveAs={() => void saveAs()} />}
    {!live && <ResumeWorkshopBar facilitator={facilitator} />}
    {!live && coedit && <CoeditBar api={bridge.api} status={coedit} self={selfName} store={store} onSaveCopy={() => void saveAs()} />}
    <div className={`map-screen${live ? ` is-presenting show-${live.state.theme}` : ''}`} ref={screen}>
      {!live && <a className="skip-link" href="#map" onClick={(e) => { e.preventDefault(); focusCanvas(); }}>{t('editing.skipToMap')}</a>}
      {!live && <h1 className="visually-hidden">{document.journey.title || journey.name}</h1>}
      {!live && <Toolbar title={document.journey.title} dirty={dirty} saving={session.status === 'saving'} lastSavedAt={journey.lastSavedAt}
        zoom={state.viewport.zoom} autosave={preferences.autosave} canUndo={snapshot.canUndo} canRedo={snapshot.canRedo} actions={actions}
        onRename={(title) => store.transact('Rename journey', updateMeta(store.document, { title }))}
        onUndo={() => store.undo()} onRedo={() => store.redo()} onAutosave={(autosave) => setPreferences({ autosave })}
        onSave={() => void save()} onSaveAs={() => void saveAs()} onClose={requestClose} onHelp={openHelp}>
        <PresentButtons document={document} onPresent={show.enter} onViews={() => setViewsOpen(true)} />
        <RollupLauncher compact api={bridge.api} openMap={openMap} onJump={(path, stageId) => void jump(path, stageId)} />
        <WorkshopButton facilitator={facilitator} document={document} />
        {coedit?.role !== 'guest' && <EditTogetherButton onOpen={() => setEditTogether(true)} />}
      </Toolbar>}
      {/* Under the toolbar: a notice that came as Save was clicked must not move the button. */}
      {!live && session.diskNotice && <DiskNoticeBar notice={session.diskNotice} name={journey.name} onDismiss={session.dismissDiskNotice} />}
      {!live && <ContentBar />}
      {!live && <SharedPersonaNotice store={store} />}
      <div className="map-body">
        <main className="canvas-frame" id="map" aria-label={t('editing.mapRegion')}>
          <CanvasThemeContext.Provider value={live ? show.theme.canvas : EDITOR_CANVAS_THEME}>
            <JourneyCanvas layout={layout} state={state} actions={actions} gestures={gestures} latest={latest} onResize={onResize}
              label={t('editor.canvasLabel', { counts: journeyCounts(t, document) })}
              layersOnTop={live && <ShowLayers show={show} layout={layout} viewport={state.viewport} view={state.view} />}
              contentMarks={contentMarks} liveMarks={liveMarks}
              linkMarks={linked.linkMarks} />
          </CanvasThemeContext.Provider>
          {live && <ShowOverlay show={show} layout={layout} getViewport={getViewport} />}
          {live && <WorkshopLiveCounts facilitator={facilitator} />}
          <PasteToast report={pasted} onDismiss={dismissPasted} />
          {!live && linked.overlays}
        </main>
        {live ? live.presenterView && (
          <PresenterPanel show={show} layout={layout} mapLayout={mapLayout} document={document} actions={actions} audienceHref={bridge.hasNativeMenu ? null : `?audience=${live.sessionId}`} />
        ) : workshopPanel ? <WorkshopSidePanel facilitator={facilitator} document={document} /> : <MapLinksContext.Provider value={linked.actions}><Inspector document={document} state={state} actions={actions} /></MapLinksContext.Provider>}
      </div>
      {live?.helpOpen && <PresentKeysOverlay onClose={() => show.patch({ helpOpen: false })} />}
      {viewsOpen && <ViewsDialog document={document} store={store} onClose={() => setViewsOpen(false)} onPresent={(id) => { setViewsOpen(false); show.enter(id); }} />}
      {/* What the arrows reached and what each change did, for screen readers. */}
      <div ref={announcer} className="visually-hidden" aria-live="polite" data-testid="map-announcer" />
      {state.helpOpen && <ShortcutOverlay onClose={() => { update({ helpOpen: false }); screen.current?.querySelector<HTMLElement>('.canvas-host')?.focus(); }} />}
    </div>
    {/* Outside the editor's keyboard target, like the notice above: its keys are the dialog's own. */}
    <MapViewLayer view={mapView} store={store} bridge={bridge} onClose={closeMapView} />
    {asking === 'unsaved' && <CloseDialog name={promptName} onChoose={(choice) => void answerClose(choice)} />}
    {asking === 'workshop' && <CloseDialog question="workshop" name={promptName} onChoose={answerWorkshopClose} />}
    <WorkshopDialogs facilitator={facilitator} api={bridge.api} document={document} store={store} />
    {palette.element}
    {editTogether && <EditTogetherDialog api={bridge.api} store={store} facilitator={facilitator} name={preferences.author ?? ''}
      onName={(author) => setPreferences({ author })} onClose={() => setEditTogether(false)} />}
    {cardLock}
    </WorkspaceProvider>
    </ContentServicesProvider>
    </ContentProvider>
    </CommandsContext>
  );
}
