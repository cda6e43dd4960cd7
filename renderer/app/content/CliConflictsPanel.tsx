import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaymarkApi } from '../../../shared/ipc/contract';
import type { MergeConflictsRead } from '../../../shared/ipc/compare';
import { CONFLICTS_SUFFIX } from '../../../shared/merge/conflict-file';
import type { MergeConflict } from '../../../shared/merge/three-way';
import { describeError } from '../describe-error';
import { ContentPanel } from './ContentPanel';
import { MergeConflicts } from './MergeConflicts';

interface Props {
  path: string;
  api: Pick<WaymarkApi, 'readMergeConflicts' | 'removeMergeConflicts'>;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** What keeps a map folder in git tidy: backups, lock files, a killed save's temps, a merge's list once settled. */
export const GITIGNORE_LINES = ['*.journey.bak', '.*.waymark-lock', '.*.waymark-tmp', '*.journey.conflicts.json'];

/** After git's conflicts are settled: how to finish the merge in git, and the .gitignore lines to copy. */
function GitNextSteps({ file }: { file: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const lines = GITIGNORE_LINES.join('\n');
  return (
    <section className="merge-next" aria-label={t('merge.ui.gitHeading')}>
      <p>{t('merge.ui.gitNext', { file })}</p>
      <pre>{`git add "${file}"\ngit commit`}</pre>
      <p>{t('merge.ui.gitignore')}</p>
      <pre>{lines}</pre>
      <span className="version-actions">
        <button type="button" onClick={() => void navigator.clipboard.writeText(`${lines}\n`).then(() => setCopied(true), () => setCopied(false))}>{t('merge.ui.copyLines')}</button>
        {copied && <span role="status">{t('merge.ui.copied')}</span>}
      </span>
    </section>
  );
}

/**
 * The conflicts `waymark merge` (or git's merge driver) left beside the map, shown when the
 * map opens: each with both sides' values, named as the person knows them, to keep or take,
 * as after "Merge a copy…"; the status counts them down. Once all are settled the list can go,
 * and after git's merge the panel says how to finish it (git add, commit) and offers the
 * .gitignore lines for what Waymark keeps beside maps. A file that is not such a list (a link,
 * a pipe, another program's file) is named, and left alone.
 */
export function CliConflictsPanel({ path, api }: Props) {
  const { t } = useTranslation();
  const [read, setRead] = useState<MergeConflictsRead>({ state: 'none' });
  const [open, setOpen] = useState(false);
  const [left, setLeft] = useState<number | null>(null);
  const [removed, setRemoved] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    let current = true;
    void api.readMergeConflicts({ path }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setStatus(describeError(t, result.error));
        setOpen(true);
        return;
      }
      setRead(result.value);
      setOpen(result.value.state !== 'none');
    });
    return () => {
      current = false;
    };
    // Read once per map: a language switch must not bring a closed panel back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, path]);
  const progress = useCallback((count: number) => setLeft(count), []);
  if (!open) return null;
  const file = `${fileName(path)}${CONFLICTS_SUFFIX}`;
  const remove = async () => {
    const result = await api.removeMergeConflicts({ path });
    setRemoved(result.ok);
    setStatus(result.ok ? t('compare.conflictsFile.removed') : describeError(t, result.error));
  };
  const settled = left === 0;
  return (
    <ContentPanel title={t('compare.conflictsFile.heading')} onClose={() => setOpen(false)}>
      {read.state === 'unreadable' && <p role="alert">{t(`compare.conflictsFile.unreadable.${read.problem}`, { file, detail: read.detail })}</p>}
      {read.state === 'found' && (
        <>
          <p>{t(read.file.git ? 'merge.ui.fromGit' : 'merge.ui.fromCli')}</p>
          <p className="muted" aria-live="polite">{settled ? t('merge.ui.allSettled') : t('merge.ui.left', { count: left ?? read.file.conflicts.length })}</p>
          <MergeConflicts conflicts={read.file.conflicts as MergeConflict[]} sides={read.file.sides} onProgress={progress} />
          {settled && !removed && <button type="button" className="primary" onClick={() => void remove()}>{t('compare.conflictsFile.remove')}</button>}
          {settled && read.file.git && <GitNextSteps file={fileName(path)} />}
        </>
      )}
      <p role="status" className="muted">{status}</p>
    </ContentPanel>
  );
}
