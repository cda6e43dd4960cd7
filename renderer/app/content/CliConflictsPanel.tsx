import { useEffect, useState } from 'react';
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

/**
 * The conflicts `waymark merge` (or git's merge driver) left beside the map, shown when the
 * map opens: each with both values, to keep or replace, as after "Merge a copy…". Once all are
 * settled the list can go. A file that is not such a list is named, and left alone.
 */
export function CliConflictsPanel({ path, api }: Props) {
  const { t } = useTranslation();
  const [read, setRead] = useState<MergeConflictsRead>({ state: 'none' });
  const [open, setOpen] = useState(false);
  const [settled, setSettled] = useState(false);
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
  if (!open) return null;
  const file = `${fileName(path)}${CONFLICTS_SUFFIX}`;
  const remove = async () => {
    const result = await api.removeMergeConflicts({ path });
    setStatus(result.ok ? t('compare.conflictsFile.removed') : describeError(t, result.error));
  };
  return (
    <ContentPanel title={t('compare.conflictsFile.heading')} onClose={() => setOpen(false)}>
      {read.state === 'unreadable' && <p role="alert">{t(`compare.conflictsFile.unreadable.${read.problem}`, { file, detail: read.detail })}</p>}
      {read.state === 'found' && (
        <>
          <p>{t('compare.conflictsFile.intro')}</p>
          {settled ? (
            <>
              <p>{t('compare.conflictsFile.settled')}</p>
              <button type="button" className="primary" onClick={() => void remove()}>{t('compare.conflictsFile.remove')}</button>
            </>
          ) : <MergeConflicts conflicts={read.file.conflicts as MergeConflict[]} onDone={() => setSettled(true)} />}
        </>
      )}
      <p role="status" className="muted">{status}</p>
    </ContentPanel>
  );
}
