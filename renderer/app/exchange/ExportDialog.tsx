import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByOrder } from '../../../shared/document/order';
import type { JourneyDocument } from '../../../shared/document/schema';
import { safeFileName } from '../../../shared/files/file-names';
import { EXPORT_FORMATS, FORMAT_EXTENSIONS, type ExportFormat, type ExportOptions } from '../../../shared/exchange/formats';
import type { Bridge } from '../../bridge/api';
import { Modal } from '../../ui/Modal';
import { describeError } from '../describe-error';
import { previewPath } from './preview-paths';

interface Props { bridge: Bridge; name: string; path: string | null; getDocument: () => JourneyDocument; onClose: () => void }

const PAGES: readonly ExportOptions['page'][] = ['poster', 'a4', 'a3', 'letter'];
const PAGES_WIDE = [1, 2, 3, 4, 6] as const;

/** The tiled PDF's fit as one choice: "auto", a number of pages across, or "stage". */
const fitValue = (o: ExportOptions): string => (o.stagePerPage ? 'stage' : o.pagesWide !== undefined ? String(o.pagesWide) : 'auto');
const fitOptions = (value: string): Pick<ExportOptions, 'pagesWide' | 'stagePerPage'> =>
  value === 'stage' ? { pagesWide: undefined, stagePerPage: true } : value === 'auto' ? { pagesWide: undefined, stagePerPage: undefined } : { pagesWide: Number(value), stagePerPage: undefined };

/** File > Export: a format and its options, then where to write it. */
export function ExportDialog({ bridge, name, path, getDocument, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [options, setOptions] = useState<ExportOptions>({ format: 'pdf', scale: 2, page: 'poster', orientation: 'landscape' });
  const suggested = safeFileName(name, t('app.untitled'));
  const [fileName, setFileName] = useState(`${suggested}.pdf`);
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);
  const [views] = useState(() => sortByOrder(getDocument().views));
  const set = (patch: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  // The map's newest named version is named in the exports' footer.
  useEffect(() => {
    if (!path) return;
    let live = true;
    void bridge.api.listVersions({ path }).then((result) => {
      const newest = result.ok ? result.value[0] : undefined;
      if (live && newest) setOptions((o) => ({ ...o, version: { name: newest.name, createdAt: newest.createdAt } }));
    });
    return () => { live = false; };
  }, [bridge, path]);
  const chooseFormat = (format: ExportFormat) => {
    set({ format });
    setFileName((f) => `${f.replace(/\.[^.]*$/, '')}.${FORMAT_EXTENSIONS[format]}`);
  };

  const run = async () => {
    const chosen = bridge.hasNativeMenu ? await bridge.api.chooseExportPath({ suggestedName: suggested, format: options.format }) : { ok: true as const, value: await previewPath(fileName) };
    if (!chosen.ok) return setStatus({ kind: 'error', text: describeError(t, chosen.error) });
    if (!chosen.value) return;
    setStatus({ kind: 'busy', text: t('exchange.dialog.exporting') });
    const result = await bridge.api.exportJourney({ path: chosen.value, document: getDocument(), options });
    setStatus(result.ok
      ? { kind: 'done', text: t('exchange.dialog.exported', { path: result.value.path }) }
      : { kind: 'error', text: describeError(t, { ...result.error, file: result.error.file ?? chosen.value }) });
  };

  return (
    <Modal className="modal exchange-dialog" labelledBy={titleId} onClose={onClose}>
        <h2 id={titleId}>{t('exchange.dialog.exportTitle')}</h2>
        {views.length > 0 && (
          <label>
            {t('exchange.dialog.view')}
            <select value={options.viewId ?? ''} onChange={(e) => set({ viewId: e.target.value === '' ? undefined : e.target.value })}>
              <option value="">{t('exchange.dialog.wholeMap')}</option>
              {views.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
            </select>
          </label>
        )}
        <label>
          {t('exchange.dialog.format')}
          <select autoFocus value={options.format} onChange={(e) => chooseFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => <option key={f} value={f}>{t(`exchange.formatName.${f}`)}</option>)}
          </select>
        </label>
        {options.format === 'png' && (
          <label>
            {t('exchange.dialog.scale')}
            <select value={options.scale} onChange={(e) => set({ scale: Number(e.target.value) as ExportOptions['scale'] })}>
              {([1, 2, 4] as const).map((s) => <option key={s} value={s}>{`${s}×`}</option>)}
            </select>
          </label>
        )}
        {options.format === 'pdf' && (
          <div className="exchange-row">
            <label>
              {t('exchange.dialog.page')}
              <select value={options.page} onChange={(e) => set({ page: e.target.value as ExportOptions['page'] })}>
                {PAGES.map((p) => <option key={p} value={p}>{t(`exchange.pageChoice.${p}`)}</option>)}
              </select>
            </label>
            {options.page !== 'poster' && (
              <label>
                {t('exchange.dialog.orientation')}
                <select value={options.orientation} onChange={(e) => set({ orientation: e.target.value as ExportOptions['orientation'] })}>
                  {(['landscape', 'portrait'] as const).map((o) => <option key={o} value={o}>{t(`exchange.orientationChoice.${o}`)}</option>)}
                </select>
              </label>
            )}
            {options.page !== 'poster' && (
              <label>
                {t('exchange.dialog.fit')}
                <select value={fitValue(options)} onChange={(e) => set(fitOptions(e.target.value))}>
                  <option value="auto">{t('exchange.fitChoice.auto')}</option>
                  {PAGES_WIDE.map((n) => <option key={n} value={String(n)}>{t('exchange.fitChoice.pagesWide', { count: n })}</option>)}
                  <option value="stage">{t('exchange.fitChoice.stagePerPage')}</option>
                </select>
              </label>
            )}
          </div>
        )}
        {!bridge.hasNativeMenu && (
          <label>
            {t('exchange.dialog.fileName')}
            <input value={fileName} onChange={(e) => setFileName(e.target.value)} />
          </label>
        )}
        {status && <p role={status.kind === 'error' ? 'alert' : 'status'} className={`exchange-status ${status.kind}`}>{status.text}</p>}
        <div className="exchange-actions">
          <button type="button" className="primary" disabled={status?.kind === 'busy'} onClick={() => void run()}>{t('exchange.dialog.export')}</button>
          <button type="button" onClick={onClose}>{t('exchange.dialog.close')}</button>
        </div>
    </Modal>
  );
}
