import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortCompare } from '../../shared/i18n/collation';
import { setPickerHost, type PickerRequest } from '../bridge/picker-requests';
import { listPreviewFolder, type PreviewFolder } from '../bridge/preview-api';
import { Modal } from '../ui/Modal';

/** The preview's stand-in for native open/save dialogs: the journeys in the served folder. */
export function FilePicker() {
  const { t, i18n } = useTranslation();
  const [request, setRequest] = useState<PickerRequest | null>(null);
  const [folder, setFolder] = useState<PreviewFolder | null>(null);
  const [name, setName] = useState('');
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setPickerHost((next) => {
      setRequest(next);
      setName(next.suggestedName);
      void listPreviewFolder().then(setFolder);
    });
    return () => setPickerHost(null);
  }, []);

  useEffect(() => {
    if (request?.mode !== 'save' || !folder) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [request, folder]);

  if (!request) return null;
  const finish = (path: string | null) => {
    request.resolve(path);
    setRequest(null);
  };
  const saveName = name.trim().replace(/[\\/]/g, '-');
  const savePath = folder && saveName ? `${folder.folder}${folder.separator}${saveName.endsWith('.journey') ? saveName : `${saveName}.journey`}` : null;

  return (
    <Modal labelledBy={titleId} onClose={() => finish(null)}>
        <h2 id={titleId}>{request.mode === 'open' ? t('picker.openTitle') : t('picker.saveTitle')}</h2>
        {folder && <p className="muted">{t('picker.folder', { folder: folder.folder })}</p>}
        {request.mode === 'open' ? (
          folder && folder.files.length === 0 ? (
            <p>{t('picker.empty')}</p>
          ) : (
            <ul className="picker-list">
              {[...(folder?.files ?? [])].sort((a, b) => sortCompare(i18n.language)(a.name, b.name)).map((file) => (
                <li key={file.path}>
                  <button type="button" onClick={() => finish(file.path)}>{file.name}</button>
                </li>
              ))}
            </ul>
          )
        ) : (
          <form onSubmit={(e) => { e.preventDefault(); if (savePath) finish(savePath); }}>
            <label>
              {t('picker.fileName')}
              {/* Editable once the folder is listed: a name confirmed before then would have no folder to go to. */}
              <input ref={inputRef} autoFocus value={name} disabled={!folder} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="submit" className="primary" disabled={!savePath}>{t('picker.save')}</button>
          </form>
        )}
        <button type="button" onClick={() => finish(null)}>{t('picker.cancel')}</button>
    </Modal>
  );
}
