import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortCompare } from '../../shared/i18n/collation';
import { setPickerHost, type PickerRequest } from '../bridge/picker-requests';
import { listPreviewFolder, type PreviewFolder } from '../bridge/preview-api';
import { Modal } from '../ui/Modal';

/** The preview's stand-in for native open, save and import dialogs: the journeys (or importable files) in the served folder. */
export function FilePicker() {
  const { t, i18n } = useTranslation();
  const [request, setRequest] = useState<PickerRequest | null>(null);
  const [folder, setFolder] = useState<PreviewFolder | null>(null);
  const [name, setName] = useState('');
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    setPickerHost((next) => {
      setRequest(next);
      setName(next.suggestedName);
      setFolder(null);
      void listPreviewFolder(next.mode === 'import' ? 'imports' : 'journeys').then(setFolder);
    });
    return () => setPickerHost(null);
  }, []);

  // Once the folder is listed, the keyboard is on the name to save as, or on the first file.
  useEffect(() => {
    if (!request || !folder) return;
    if (request.mode !== 'save') return listRef.current?.querySelector('button')?.focus();
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
    // Above any dialog it was asked from (the metrics import's among them).
    <Modal labelledBy={titleId} onClose={() => finish(null)} backdropClassName="modal-backdrop picker-backdrop" portal>
        <h2 id={titleId}>{t(`picker.${request.mode}Title`)}</h2>
        {folder && <p className="muted">{t('picker.folder', { folder: folder.folder })}</p>}
        {request.mode !== 'save' ? (
          folder && folder.files.length === 0 ? (
            <p>{t(request.mode === 'open' ? 'picker.empty' : 'picker.emptyImports')}</p>
          ) : (
            <ul className="picker-list" ref={listRef}>
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
