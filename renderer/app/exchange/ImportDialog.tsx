import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '../../../shared/files/file-names';
import type { ImportPreview } from '../../../shared/ipc/exchange';
import type { Bridge } from '../../bridge/api';
import { Modal } from '../../ui/Modal';
import { describeError } from '../describe-error';
import { ImportSummary } from './ImportSummary';
import { previewPath } from './preview-paths';

interface Props {
  bridge: Bridge;
  /** Opens the journey an import wrote; null while another journey is open in this window. */
  onImported: ((path: string) => unknown) | null;
  onClose: () => void;
}

/** File > Import: pick a CSV, XLSX or Mermaid file, see what it holds, then save it as a journey. */
export function ImportDialog({ bridge, onImported, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const choose = async () => {
    const chosen = bridge.hasNativeMenu ? await bridge.api.chooseImportPath({}) : { ok: true as const, value: await previewPath(fileName) };
    if (!chosen.ok) return setMessage({ error: true, text: describeError(t, chosen.error) });
    if (!chosen.value) return;
    const result = await bridge.api.previewImport({ path: chosen.value });
    setMessage(result.ok ? null : { error: true, text: describeError(t, { ...result.error, file: result.error.file ?? chosen.value }) });
    setPreview(result.ok ? result.value : null);
  };

  const save = async () => {
    if (!preview?.document) return;
    const target = await bridge.api.chooseSavePath({ suggestedName: safeFileName(preview.document.journey.title || preview.name, t('app.untitled')) });
    if (!target.ok) return setMessage({ error: true, text: describeError(t, target.error) });
    if (!target.value) return;
    const saved = await bridge.api.saveImported({ path: target.value, document: preview.document });
    if (!saved.ok) return setMessage({ error: true, text: describeError(t, { ...saved.error, file: saved.error.file ?? target.value }) });
    if (onImported) {
      onClose();
      await onImported(saved.value.path);
    } else setMessage({ error: false, text: t('exchange.dialog.imported', { path: saved.value.path }) });
  };

  return (
    <Modal className="modal exchange-dialog" labelledBy={titleId} onClose={onClose}>
        <h2 id={titleId}>{t('exchange.dialog.importTitle')}</h2>
        <div className="exchange-row">
          {!bridge.hasNativeMenu && (
            <label>
              {t('exchange.dialog.fileName')}
              <input autoFocus value={fileName} onChange={(e) => setFileName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void choose()} />
            </label>
          )}
          <button type="button" onClick={() => void choose()}>{t('exchange.dialog.chooseFile')}</button>
        </div>
        {preview && <ImportSummary preview={preview} />}
        {message && <p role={message.error ? 'alert' : 'status'} className={`exchange-status ${message.error ? 'error' : 'done'}`}>{message.text}</p>}
        <div className="exchange-actions">
          <button type="button" className="primary" disabled={!preview?.document} onClick={() => void save()}>{t('exchange.dialog.importAction')}</button>
          <button type="button" onClick={onClose}>{t('exchange.dialog.close')}</button>
        </div>
    </Modal>
  );
}
