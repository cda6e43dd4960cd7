import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge } from '../bridge/api';
import { ConflictDialog, DiskNoticeBar } from './conflicts/ConflictDialog';
import { useDiskWatch } from './conflicts/use-disk-watch';
import { ErrorBanner } from './ErrorBanner';
import { ExchangeDialogs } from './exchange/ExchangeDialogs';
import { FilePicker } from './FilePicker';
import { MapScreen } from './MapScreen';
import { RecoveryPanel } from './recovery/RecoveryPanel';
import { StartScreen } from './StartScreen';
import { useFileSession } from './file-session';

export function App({ bridge }: { bridge: Bridge }) {
  const { t } = useTranslation();
  const session = useFileSession(bridge);
  const { openPath, save, saveAs, journey } = session;
  useDiskWatch(bridge, { path: journey?.path ?? null, fingerprint: journey?.fingerprint ?? null }, session.diskNotice === 'changed', session.applyDiskState);

  // What this window was opened for (a file from the OS, a menu, or a preview URL).
  useEffect(() => {
    void bridge.api.getLaunchIntent({}).then((intent) => {
      if (intent.ok && intent.value.kind === 'open') void openPath(intent.value.path);
    });
  }, [bridge, openPath]);

  useEffect(
    () =>
      bridge.api.onMenuCommand((command) => {
        if (command.type === 'save') void save();
        if (command.type === 'saveAs') void saveAs();
        if (command.type === 'openPath') void openPath(command.path);
        if (command.type === 'saveAndClose') void save().then((saved) => saved && window.close());
      }),
    [bridge, openPath, save, saveAs],
  );

  return (
    <div className="app">
      {session.error && <ErrorBanner message={session.error} onDismiss={session.dismissError} />}
      {journey && session.diskNotice && <DiskNoticeBar notice={session.diskNotice} name={journey.name} onDismiss={session.dismissDiskNotice} />}
      {journey ? (
        <MapScreen bridge={bridge} session={session} journey={journey} />
      ) : (
        <>
          <RecoveryPanel bridge={bridge} onRestore={(id) => void session.restore(id)} />
          <StartScreen bridge={bridge} onTemplate={session.newFromTemplate} onOpen={session.openViaDialog}
            onOpenPath={async (path) => void (await openPath(path))} />
        </>
      )}
      {journey && session.conflict && <ConflictDialog name={journey.name} onChoose={(choice) => void session.resolveConflict(choice)} />}
      <ExchangeDialogs bridge={bridge} journey={journey ? { name: journey.name, getDocument: () => journey.store.document } : null} openPath={openPath} />
      {!bridge.hasNativeMenu && <FilePicker />}
      <span className="visually-hidden" aria-live="polite">{session.status === 'saving' ? t('editor.saving') : ''}</span>
    </div>
  );
}
