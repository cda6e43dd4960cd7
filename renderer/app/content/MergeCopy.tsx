import { useCallback, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WaymarkApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { JourneyVersion, MergeBaseChoice, MergedCopyResult } from '../../../shared/ipc/versions';
import { changesBetween } from '../../../shared/merge/changes-between';
import { sideName } from '../../../shared/merge/sides';
import { MergeConflicts } from './MergeConflicts';
import { useContent } from '../../editor/content-context';
import { Field } from './fields';

type Merged = Extract<MergedCopyResult, { outcome: 'merged' }>;

interface Props {
  path: string;
  api: Pick<WaymarkApi, 'chooseOpenPath' | 'mergeCopy'>;
  versions: readonly JourneyVersion[];
  /** A call's value; a failure is said in the panel's status line (null). */
  answer: <T>(result: Result<T>) => T | null;
  /** The panel's status line, in the words of the language shown (it may change while the line stands). */
  say: (text: (t: TFunction) => string) => void;
  /** The status line itself: shown below the merge's questions, above its conflicts. */
  children: ReactNode;
}

/** What the merge is waiting on: the base (the copies keep no version in common), or a yes to merging unrelated maps. */
type Asking = { kind: 'base'; otherPath: string; copyName: string } | { kind: 'unrelated'; otherPath: string; base: MergeBaseChoice | undefined; copyName: string };

/**
 * "Merge a copy…": another copy of this map merged in, as one undoable change. From the
 * newest version both copies keep; when they keep none (a copy e-mailed as a single file),
 * the panel asks what both started from: none (merged record by record), a version of this
 * map, or another journey file. Maps with nothing in common are merged only when asked again.
 * The status line counts the conflicts down as they are settled.
 */
export function MergeCopy({ path, api, versions, answer, say, children }: Props) {
  const { t } = useTranslation();
  const { document, commit } = useContent();
  const [merged, setMerged] = useState<Merged | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [baseChoice, setBaseChoice] = useState('none');

  const merge = async (otherPath: string, base?: MergeBaseChoice, force?: boolean) => {
    const result = answer(await api.mergeCopy({ path, document, otherPath, ...(base ? { base } : {}), ...(force ? { force } : {}) }));
    if (!result) return;
    setAsking(null);
    if (result.outcome === 'no-common-version') {
      setAsking({ kind: 'base', otherPath, copyName: result.copyName });
      setBaseChoice('none'); // each copy asks afresh: a base picked for the last one does not carry over
      say(() => '');
      return;
    }
    if (result.outcome === 'refused') {
      const { refusal } = result;
      if (refusal.reason === 'unrelated') setAsking({ kind: 'unrelated', otherPath, base, copyName: result.copyName });
      say((w) => (refusal.reason === 'unrelated'
        ? w('merge.ui.unrelated', { copy: result.copyName })
        : w('merge.ui.idClash', { id: refusal.id, first: w(`merge.record.${refusal.tables[0]}`), second: w(`merge.record.${refusal.tables[1]}`) })));
      return;
    }
    commit('Merge a copy', changesBetween(document, result.document), 'merge');
    setMerged(result);
    const { base: from, sides } = result;
    const count = result.conflicts.length;
    say((w) => (from.kind === 'none'
      ? w(count === 0 ? 'merge.ui.mergedApartClean' : 'merge.ui.mergedApart', { copy: sideName(w, sides.theirs), count })
      : w(count === 0 ? 'merge.ui.mergedClean' : 'merge.ui.merged', { copy: sideName(w, sides.theirs), base: from.name, count })));
  };
  const chooseCopy = async () => {
    const otherPath = answer(await api.chooseOpenPath({}));
    if (otherPath) await merge(otherPath);
  };
  const mergeFromChoice = async (otherPath: string) => {
    if (baseChoice === 'none') return merge(otherPath, { kind: 'none' });
    if (baseChoice !== 'file') return merge(otherPath, { kind: 'version', id: baseChoice });
    const basePath = answer(await api.chooseOpenPath({}));
    return basePath ? merge(otherPath, { kind: 'file', path: basePath }) : undefined;
  };
  const progress = useCallback((left: number) => {
    if (!merged || merged.conflicts.length === 0 || left === merged.conflicts.length) return;
    say((w) => (left === 0 ? w('merge.ui.allSettled') : w('merge.ui.left', { count: left })));
    if (left === 0) setMerged(null);
  }, [merged, say]);

  return (
    <>
      <button type="button" onClick={() => void chooseCopy()}>{t('content.versions.mergeCopy')}</button>
      {asking?.kind === 'base' && (
        <form className="merge-base-form" aria-label={t('merge.ui.baseHeading')} onSubmit={(e) => {
          e.preventDefault();
          void mergeFromChoice(asking.otherPath);
        }}>
          <p>{t('merge.ui.noCommon', { copy: asking.copyName })}</p>
          <Field label={t('merge.ui.startFrom')}>{(id) => (
            <select id={id} value={baseChoice} onChange={(e) => setBaseChoice(e.target.value)}>
              <option value="none">{t('merge.ui.noBase')}</option>
              {versions.map((v) => <option key={v.id} value={v.id}>{t('merge.ui.versionOption', { name: v.name })}</option>)}
              <option value="file">{t('merge.ui.baseFile')}</option>
            </select>
          )}</Field>
          <span className="version-actions">
            <button type="submit" className="primary">{t('merge.ui.merge')}</button>
            <button type="button" onClick={() => setAsking(null)}>{t('merge.ui.cancel')}</button>
          </span>
        </form>
      )}
      {asking?.kind === 'unrelated' && (
        <span className="version-actions">
          <button type="button" onClick={() => void merge(asking.otherPath, asking.base, true)}>{t('merge.ui.mergeAnyway')}</button>
          <button type="button" onClick={() => {
            setAsking(null);
            say(() => '');
          }}>{t('merge.ui.cancel')}</button>
        </span>
      )}
      {children}
      {merged && merged.conflicts.length > 0 && <MergeConflicts conflicts={merged.conflicts} sides={merged.sides} theirs={merged.theirs} onProgress={progress} />}
    </>
  );
}
