import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge } from '../bridge/api';
import { ErrorBanner } from './ErrorBanner';
import { FilePicker } from './FilePicker';
import { MapScreen } from './MapScreen';
import { StartScreen } from './StartScreen';
import { useFileSession } from './file-session';

export function App({ bridge }: { bridge: Bridge }) {
  const { t } = useTranslation();
  const session = useFileSession(bridge);
  const { openPath, save, saveAs } = session;

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
      {session.journey ? (
        <MapScreen bridge={bridge} session={session} journey={session.journey} />
      ) : (
        <StartScreen bridge={bridge} onTemplate={session.newFromTemplate} onOpen={session.openViaDialog} onOpenPath={openPath} />
      )}
      {!bridge.hasNativeMenu && <FilePicker />}
      <span className="visually-hidden" aria-live="polite">{session.status === 'saving' ? t('editor.saving') : ''}</span>
    </div>
  );
}
