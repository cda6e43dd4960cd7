import { useCallback, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/document/limits';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { WaymarkApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { JourneyVersion } from '../../../shared/ipc/versions';
import { changesBetween } from '../../../shared/merge/changes-between';
import { describeChanges, diffJourneys } from '../../../shared/merge/diff';
import type { ComparedMap, MapView } from '../compare/compare-types';
import { describeError } from '../describe-error';
import { CompareChooser } from './CompareChooser';
import { ContentPanel } from './ContentPanel';
import { MergeCopy } from './MergeCopy';
import { useContent } from '../../editor/content-context';
import { Field } from './fields';

/** What the panel needs from main: the map's file (versions live beside it) and the calls. */
export interface VersionsAccess {
  path: string | null;
  api: Pick<WaymarkApi, 'listVersions' | 'saveVersion' | 'readVersion' | 'chooseOpenPath' | 'mergeCopy' | 'readJourneyCopy' | 'readMergeConflicts' | 'removeMergeConflicts'>;
  /** Shows a version read-only, or two maps compared, over the editor. */
  show: (view: MapView) => void;
}

/**
 * Named versions of the map: keep the map as it is now under a name and a note, see what
 * changed since a version, and restore one (one undoable change of the map).
 */
export function VersionsPanel({ access, onClose }: { access: VersionsAccess; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { document, commit } = useContent();
  const { path, api } = access;
  const [versions, setVersions] = useState<JourneyVersion[]>([]);
  const [name, setName] = useState('');
  // Saving disables the (focused) button: the keyboard goes back to the name field.
  const nameField = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  // A merge's status is said again in the language chosen after it (a function of the words).
  const [status, setStatus] = useState<string | ((say: TFunction) => string)>('');
  // Kept as a value: a function given to setState straight would be taken for an updater.
  const sayInWords = useCallback((text: (say: TFunction) => string) => setStatus(() => text), []);
  const [compared, setCompared] = useState<{ version: JourneyVersion; lines: string[] } | null>(null);
  /** A call's value; a failure is said in the panel's status line. */
  const answer = useCallback(<T,>(result: Result<T>): T | null => {
    if (result.ok) return result.value;
    setStatus(describeError(t, result.error));
    return null;
  }, [t]);
  // The list as main has it, read again after each save (`generation`).
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!path) return undefined;
    let current = true;
    void api.listVersions({ path }).then((result) => {
      if (current) setVersions(answer(result) ?? []);
    });
    return () => {
      current = false;
    };
  }, [answer, api, path, generation]);
  const readVersion = async (version: JourneyVersion): Promise<JourneyDocument | null> =>
    path ? (answer(await api.readVersion({ path, id: version.id }))?.document ?? null) : null;
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  if (!path) {
    return <ContentPanel title={t('content.versions.heading')} onClose={onClose}><p className="muted">{t('content.versions.saveFirst')}</p></ContentPanel>;
  }
  const compare = async (version: JourneyVersion) => {
    const then = await readVersion(version);
    if (then) setCompared({ version, lines: describeChanges(diffJourneys(then, document), then, document, t, i18n.language) });
  };
  const open = async (version: JourneyVersion) => {
    const then = await readVersion(version);
    if (then) access.show({ kind: 'version', version, document: then });
  };
  const readOtherFile = async (): Promise<ComparedMap | null> => {
    const otherPath = answer(await api.chooseOpenPath({}));
    const copy = otherPath ? answer(await api.readJourneyCopy({ path: otherPath })) : null;
    return copy ? { label: copy.name, document: copy.document } : null;
  };
  const restore = async (version: JourneyVersion) => {
    if (!window.confirm(t('content.versions.confirmRestore', { name: version.name }))) return;
    const then = await readVersion(version);
    if (!then) return;
    commit('Restore version', changesBetween(document, then));
    setStatus(t('content.versions.restored', { name: version.name }));
  };
  return (
    <ContentPanel title={t('content.versions.heading')} onClose={onClose}>
      <form className="version-form" onSubmit={(e) => {
        e.preventDefault();
        void api.saveVersion({ path, document, name: name.trim(), note }).then((result) => {
          const saved = answer(result);
          if (!saved) return;
          setStatus(t('content.versions.saved', { name: saved.name }));
          setName('');
          setNote('');
          setGeneration((g) => g + 1);
          nameField.current?.focus();
        });
      }}>
        <Field label={t('content.versions.name')}>{(id) => <input id={id} ref={nameField} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t('content.versions.note')}>{(id) => <textarea id={id} rows={2} value={note} maxLength={Math.min(2_000, LIMITS.notesLength)} onChange={(e) => setNote(e.target.value)} />}</Field>
        <button type="submit" disabled={name.trim() === ''}>{t('content.versions.save')}</button>
      </form>
      <CompareChooser versions={versions} current={document} readVersion={readVersion} readOtherFile={readOtherFile}
        onCompare={(before, after) => access.show({ kind: 'compare', before, after })} />
      <MergeCopy path={path} api={api} versions={versions} answer={answer} say={sayInWords}>
        <p role="status" className="muted">{typeof status === 'function' ? status(t) : status}</p>
      </MergeCopy>
      {versions.length === 0 ? <p className="muted">{t('content.versions.empty')}</p> : (
        <ol className="version-list" aria-label={t('content.versions.listLabel')}>
          {versions.map((version) => (
            <li key={version.id} className="version-item">
              <div>
                <strong>{version.name}</strong>{version.review && <span className="chip">{t('content.versions.review')}</span>}
                <div className="muted">{version.author ? t('content.versions.byOn', { author: version.author, date: when(version.createdAt) }) : when(version.createdAt)}</div>
                {version.note && <div>{version.note}</div>}
              </div>
              <div className="version-actions">
                <button type="button" onClick={() => void open(version)}>{t('compare.version.open')}</button>
                <button type="button" onClick={() => void compare(version)}>{t('content.versions.compare')}</button>
                <button type="button" onClick={() => void restore(version)}>{t('content.versions.restore')}</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {compared && (
        <section aria-label={t('content.versions.changesSince', { name: compared.version.name })}>
          <h3>{t('content.versions.changesSince', { name: compared.version.name })}</h3>
          <ul className="version-changes">{compared.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </section>
      )}
    </ContentPanel>
  );
}
