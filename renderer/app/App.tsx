import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge } from '../bridge/api';
import type { LaunchOpening } from '../bridge/launch';
import { ConflictDialog } from './conflicts/ConflictDialog';
import { useDiskWatch } from './conflicts/use-disk-watch';
import { ErrorBanner } from './ErrorBanner';
import { ExchangeDialogs } from './exchange/ExchangeDialogs';
import { FilePicker } from './FilePicker';
import { MapScreen } from './MapScreen';
import { RecoveryPanel } from './recovery/RecoveryPanel';
import { StartScreen } from './StartScreen';
import { useFileSession } from './file-session';
import { bindCoedit } from './coedit/coedit-bindings';
import type { JoinTarget } from './coedit/JoinMapForm';

/** How long a guest waits for the host's map before saying it did not come. */
const JOIN_WAIT_MS = 15_000;
import { MapTrail, type TrailStep } from './workspace/MapTrail';
import { useWorkspace } from './workspace/use-workspace';

export function App({ bridge, launch }: { bridge: Bridge; launch: Promise<LaunchOpening | null> }) {
  const { t } = useTranslation();
  const session = useFileSession(bridge);
  const { openPath, save, saveAs, journey } = session;
  const workspace = useWorkspace(bridge);
  // The maps drilled down through to the open one; shown while that map is the one the trail led to.
  const [trail, setTrail] = useState<{ steps: TrailStep[]; at: string } | null>(null);
  const shownTrail = useMemo(() => (trail && journey?.path === trail.at ? trail.steps : []), [trail, journey?.path]);

  /** Leaves the open map for another, saving it first as the app's open flow does; false when the save failed. */
  const leaveFor = useCallback(async (path: string): Promise<boolean> => {
    if (journey?.path && journey.readOnly === null && journey.store.dirty && !(await save())) return false;
    return openPath(path);
  }, [journey, openPath, save]);
  const followLink = useCallback((path: string) => {
    if (!journey?.path) return;
    const here = { path: journey.path, name: journey.store.document.journey.title || journey.name };
    const before = shownTrail;
    void leaveFor(path).then((opened) => opened && setTrail({ steps: [...before, here], at: path }));
  }, [journey, leaveFor, shownTrail]);
  /** File > Open folder… with a map open: the map is saved (or kept for recovery) and the folder's maps shown. */
  const { close } = session;
  const openFolder = useCallback(async () => {
    if (!(await workspace.openFolder()) || !journey) return;
    if (journey.path && journey.readOnly === null && journey.store.dirty && !(await save())) return;
    await close();
  }, [close, journey, save, workspace]);
  const backTo = useCallback((index: number) => {
    const step = shownTrail[index];
    if (!step) return;
    const steps = shownTrail.slice(0, index);
    void leaveFor(step.path).then((opened) => opened && setTrail({ steps, at: step.path }));
  }, [leaveFor, shownTrail]);
  /** "Join a map on this network": connect, wait for the host's map, and open it untitled, bound to the others. */
  const { openShared } = session;
  const joinShared = useCallback(async (target: JoinTarget): Promise<boolean> => {
    const joined = await bridge.api.joinCoedit(target);
    if (!joined.ok) return false;
    // Yjs and the binding are their own chunk, loaded when a map is first shared.
    const { CoeditBinding } = await import('./coedit/coedit-binding');
    const shared = await CoeditBinding.fetchShared(bridge.api, JOIN_WAIT_MS);
    if (!shared) {
      await bridge.api.leaveCoedit({});
      return false;
    }
    const store = openShared(shared.document);
    bindCoedit(CoeditBinding.guest(bridge.api, store, shared.mirror, shared.revision, shared.peers));
    return true;
  }, [bridge, openShared]);
  useDiskWatch(bridge, { path: journey?.path ?? null, fingerprint: journey?.fingerprint ?? null }, session.diskNotice === 'changed', session.applyDiskState);

  // What this window was opened for (a file from the OS, a menu, or a preview URL). Until that
  // file is shown, the start screen is not drawn: it would only flash by and delay the map.
  // Once only: `openPath` changes with the language, and must not reopen the file then.
  const [launching, setLaunching] = useState(true);
  const launched = useRef(false);
  useEffect(() => {
    if (launched.current) return;
    launched.current = true;
    void launch.then(async (opening) => {
      if (opening) await openPath(opening.path, 'keep', opening.answer);
      setLaunching(false);
    });
  }, [launch, openPath]);

  useEffect(
    () =>
      bridge.api.onMenuCommand((command) => {
        if (command.type === 'save') void save();
        if (command.type === 'saveAs') void saveAs();
        if (command.type === 'openPath') void openPath(command.path);
        if (command.type === 'saveAndClose') void save().then((saved) => saved && window.close());
        if (command.type === 'openFolder') void openFolder();
      }),
    [bridge, openPath, save, saveAs, openFolder],
  );

  return (
    <div className="app">
      {session.error && <ErrorBanner message={session.error} onDismiss={session.dismissError} />}
      {journey ? (
        <>
          <MapTrail trail={shownTrail} current={journey.store.document.journey.title || journey.name} onBack={backTo} />
          <MapScreen bridge={bridge} session={session} journey={journey} workspace={workspace} onFollowLink={followLink} />
        </>
      ) : launching ? null : (
        <>
          <RecoveryPanel bridge={bridge} onRestore={(id) => void session.restore(id)} />
          <StartScreen bridge={bridge} workspace={workspace} onTemplate={session.newFromTemplate} onOpen={session.openViaDialog}
            onOpenPath={async (path) => void (await openPath(path))} onJoin={joinShared} />
        </>
      )}
      {journey && session.conflict && <ConflictDialog name={journey.name} onChoose={(choice) => void session.resolveConflict(choice)} />}
      <ExchangeDialogs bridge={bridge} journey={journey ? { name: journey.name, path: journey.path, getDocument: () => journey.store.document } : null} openPath={openPath} />
      {!bridge.hasNativeMenu && <FilePicker />}
      <span className="visually-hidden" aria-live="polite">{session.status === 'saving' ? t('editor.saving') : ''}</span>
    </div>
  );
}
