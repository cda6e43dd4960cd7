import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '../../../shared/files/file-names';
import type { WaymarkApi } from '../../../shared/ipc/contract';
import { describeError } from '../describe-error';
import { previewPath } from '../exchange/preview-paths';
import type { ComparedMap } from './compare-types';

export interface CompareExportAccess {
  api: Pick<WaymarkApi, 'chooseExportPath' | 'exportComparison'>;
  /** Electron asks where with its own dialog; the preview takes a file name in its folder. */
  nativeDialogs: boolean;
}

/** The comparison as Markdown or PDF, written where the user says (the export flow's dialog or file name). */
export function CompareExport({ access, before, after }: { access: CompareExportAccess; before: ComparedMap; after: ComparedMap }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<'md' | 'pdf'>('pdf');
  const [fileName, setFileName] = useState(() => safeFileName(t('compare.fileName', { before: before.label, after: after.label }), t('app.untitled')));
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);
  const run = async () => {
    const { api } = access;
    const chosen = access.nativeDialogs ? await api.chooseExportPath({ suggestedName: fileName, format }) : { ok: true as const, value: await previewPath(`${fileName}.${format}`) };
    if (!chosen.ok) return setStatus({ kind: 'error', text: describeError(t, chosen.error) });
    if (!chosen.value) return;
    setStatus({ kind: 'busy', text: t('exchange.dialog.exporting') });
    const result = await api.exportComparison({
      path: chosen.value, format, before: { label: before.label, document: before.document }, after: { label: after.label, document: after.document },
    });
    setStatus(result.ok ? { kind: 'done', text: t('exchange.dialog.exported', { path: result.value.path }) } : { kind: 'error', text: describeError(t, result.error) });
  };
  return (
    <form className="compare-export" aria-label={t('compare.export')} onSubmit={(e) => {
      e.preventDefault();
      void run();
    }}>
      <label>
        <span className="visually-hidden">{t('exchange.dialog.format')}</span>
        <select value={format} title={t('exchange.dialog.format')} onChange={(e) => setFormat(e.target.value as 'md' | 'pdf')}>
          <option value="pdf">{t('exchange.formatName.pdf')}</option>
          <option value="md">{t('exchange.formatName.md')}</option>
        </select>
      </label>
      {!access.nativeDialogs && (
        <label>
          <span className="visually-hidden">{t('exchange.dialog.fileName')}</span>
          <input value={fileName} title={t('exchange.dialog.fileName')} onChange={(e) => setFileName(e.target.value)} />
        </label>
      )}
      <button type="submit" disabled={status?.kind === 'busy'}>{t('compare.export')}</button>
      {status && <span role={status.kind === 'error' ? 'alert' : 'status'} className={`exchange-status ${status.kind}`}>{status.text}</span>}
    </form>
  );
}
