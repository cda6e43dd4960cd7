import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { Bridge } from '../../bridge/api';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import './exchange.css';

interface Props {
  bridge: Bridge;
  /** The open journey, if any: what Export writes. */
  journey: { name: string; getDocument: () => JourneyDocument } | null;
  /** Opens a journey file in this window (used after an import when no journey is open). */
  openPath: (path: string) => unknown;
}

/**
 * File > Export and File > Import. The native menu asks for them; the preview, which has no
 * native menu, shows two buttons in their place.
 */
export function ExchangeDialogs({ bridge, journey, openPath }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'export' | 'import' | null>(null);
  const canExport = journey !== null;
  useEffect(
    () => bridge.api.onMenuCommand((command) => {
      if (command.type === 'exportMap' && canExport) setMode('export');
      if (command.type === 'importFile') setMode('import');
    }),
    [bridge, canExport],
  );
  return (
    <>
      {!bridge.hasNativeMenu && (
        <div className="exchange-launcher">
          <button type="button" onClick={() => setMode('import')}>{t('exchange.menu.import')}</button>
          {canExport && <button type="button" onClick={() => setMode('export')}>{t('exchange.menu.export')}</button>}
        </div>
      )}
      {mode === 'export' && journey && <ExportDialog bridge={bridge} name={journey.name} getDocument={journey.getDocument} onClose={() => setMode(null)} />}
      {mode === 'import' && <ImportDialog bridge={bridge} onImported={journey ? null : openPath} onClose={() => setMode(null)} />}
    </>
  );
}
