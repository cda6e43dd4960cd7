import { useEffect, useState } from 'react';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { Bridge } from '../../bridge/api';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { onExchangeRequest } from './exchange-requests';
import './exchange.css';

interface Props {
  bridge: Bridge;
  /** The open journey, if any: what Export writes (its file, when it has one, for its newest version). */
  journey: { name: string; path: string | null; getDocument: () => JourneyDocument } | null;
  /** Opens a journey file in this window (used after an import when no journey is open). */
  openPath: (path: string) => unknown;
}

/**
 * File > Export and File > Import: asked for by the native menu, or by the toolbar's and the
 * start screen's buttons (the only way in the preview, which has no native menu).
 */
export function ExchangeDialogs({ bridge, journey, openPath }: Props) {
  const [mode, setMode] = useState<'export' | 'import' | null>(null);
  const canExport = journey !== null;
  useEffect(
    () => bridge.api.onMenuCommand((command) => {
      if (command.type === 'exportMap' && canExport) setMode('export');
      if (command.type === 'importFile') setMode('import');
    }),
    [bridge, canExport],
  );
  useEffect(() => onExchangeRequest((requested) => setMode(requested === 'export' && !canExport ? null : requested)), [canExport]);
  return (
    <>
      {mode === 'export' && journey && <ExportDialog bridge={bridge} name={journey.name} path={journey.path} getDocument={journey.getDocument} onClose={() => setMode(null)} />}
      {mode === 'import' && <ImportDialog bridge={bridge} onImported={journey ? null : openPath} onClose={() => setMode(null)} />}
    </>
  );
}
