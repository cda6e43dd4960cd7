import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../../shared/merge/compare-view';
import { ChangeIcon } from './CompareLegend';

interface Props {
  entries: readonly ChangeEntry[];
  lines: readonly string[];
  active: number | null;
  onActivate: (index: number) => void;
}

/**
 * Every change, one option each: the arrows (Home, End) go through them and Enter or a click
 * shows the one chosen on the canvas (scrolled to, ringed, and selected in the cards list).
 */
export function ChangeList({ entries, lines, active, onActivate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (active !== null) list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const position = entries.findIndex((e) => e.index === active);
  const go = (to: number) => {
    const entry = entries[Math.max(0, Math.min(entries.length - 1, to))];
    if (entry) onActivate(entry.index);
  };
  if (entries.length === 0) return <p className="muted">{t('merge.diff.none')}</p>;
  return (
    <ul ref={list} className="change-list" role="listbox" tabIndex={0} aria-label={t('compare.changeList', { count: entries.length })}
      aria-activedescendant={active === null ? undefined : `${id}-${active}`}
      onKeyDown={(e) => {
        const moves: Record<string, number> = { ArrowDown: position + 1, ArrowUp: position - 1, Home: 0, End: entries.length - 1 };
        if (e.key in moves) {
          e.preventDefault();
          go(moves[e.key] ?? 0);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          go(position < 0 ? 0 : position);
        }
      }}>
      {entries.map((entry) => (
        <li key={entry.index} id={`${id}-${entry.index}`} data-index={entry.index} role="option" aria-selected={entry.index === active}
          className={`change-entry${entry.target ? '' : ' no-target'}`} onClick={() => onActivate(entry.index)}>
          <ChangeIcon mark={entry.mark} />
          <span>{lines[entry.index]}</span>
        </li>
      ))}
    </ul>
  );
}
