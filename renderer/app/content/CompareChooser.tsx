import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { JourneyVersion } from '../../../shared/ipc/versions';
import type { ComparedMap } from '../compare/compare-types';
import { Field } from './fields';

interface Props {
  versions: readonly JourneyVersion[];
  /** The map as it is now (what "This map now" compares). */
  current: JourneyDocument;
  readVersion: (version: JourneyVersion) => Promise<JourneyDocument | null>;
  /** Asks for another journey file (the file picker) and reads it; null when none was chosen or it failed. */
  readOtherFile: () => Promise<ComparedMap | null>;
  onCompare: (before: ComparedMap, after: ComparedMap) => void;
}

type Choice = string; // 'current', 'file', or a version's id

/** Picks the two maps to compare: the map now, any of its versions, or another journey file (a future-state map…). */
export function CompareChooser({ versions, current, readVersion, readOtherFile, onCompare }: Props) {
  const { t } = useTranslation();
  // Until the user picks, "from" follows the newest version (the list arrives after the panel opens).
  const [picked, setFrom] = useState<Choice | null>(null);
  const from = picked ?? versions[0]?.id ?? 'file';
  const [to, setTo] = useState<Choice>('current');
  const options = [
    <option key="current" value="current">{t('compare.choose.current')}</option>,
    ...versions.map((v) => <option key={v.id} value={v.id}>{v.name}</option>),
    <option key="file" value="file">{t('compare.choose.otherFile')}</option>,
  ];
  const read = async (choice: Choice): Promise<ComparedMap | null> => {
    if (choice === 'current') return { label: t('compare.choose.current'), document: current };
    if (choice === 'file') return readOtherFile();
    const version = versions.find((v) => v.id === choice);
    const document = version ? await readVersion(version) : null;
    return version && document ? { label: version.name, document } : null;
  };
  return (
    <form className="compare-chooser" aria-label={t('compare.choose.heading')} onSubmit={(e) => {
      e.preventDefault();
      void (async () => {
        const before = await read(from);
        const after = before && (await read(to));
        if (before && after) onCompare(before, after);
      })();
    }}>
      <Field label={t('compare.choose.from')}>{(id) => <select id={id} value={from} onChange={(e) => setFrom(e.target.value)}>{options}</select>}</Field>
      <Field label={t('compare.choose.to')}>{(id) => <select id={id} value={to} onChange={(e) => setTo(e.target.value)}>{options}</select>}</Field>
      <button type="submit">{t('compare.choose.go')}</button>
    </form>
  );
}
