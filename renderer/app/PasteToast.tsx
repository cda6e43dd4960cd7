import './editing.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/document/limits';
import type { PasteReport, SkipReason } from '../editor/paste-grid';

const SHOWN_MS = 12_000;
const REASONS: readonly SkipReason[] = ['noLane', 'notEmotion', 'notNumber', 'full', 'outside', 'noCell'];
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The toast's sentences: what the paste made, where the stages it names went, what it left out and why, and how to undo it. */
export function usePasteSummary(): (report: PasteReport) => string[] {
  const { t, i18n } = useTranslation();
  return (report) => {
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
    const made = (['cards', 'stages', 'lanes', 'values'] as const)
      .filter((key) => report[key] > 0)
      .map((key) => t(`editing.paste.${key}`, { count: report[key] }));
    // Where the stages the block names went: the map's by name, or its empty ones in order.
    const aligned = (['matched', 'placed'] as const)
      .filter((key) => report[key] > 0)
      .map((key) => t(`editing.paste.${key}`, { count: report[key] }));
    const skipped = REASONS.filter((r) => (report.skipped[r] ?? 0) > 0);
    const left = skipped.reduce((sum, r) => sum + (report.skipped[r] ?? 0), 0);
    return [
      made.length > 0 ? t('editing.paste.created', { list: list.format(made) }) : t('editing.paste.nothing'),
      ...(aligned.length > 0 ? [t('editing.paste.aligned', { list: list.format(aligned) })] : []),
      ...(left > 0 ? [t('editing.paste.skipped', {
        count: left,
        reasons: list.format(skipped.map((r) => t('editing.paste.reasonCount', { reason: t(`editing.paste.reason.${r}`), count: report.skipped[r] }))),
      })] : []),
      ...(report.shortened > 0 ? [t('editing.paste.shortened', { count: report.shortened, limit: LIMITS.cardTextLength })] : []),
      ...(made.length > 0 ? [t('editing.paste.undo', { keys: isMac() ? '⌘Z' : 'Ctrl+Z' })] : []),
    ];
  };
}

/**
 * Says what the last paste did, for a while, in a live region (role="status") that screen
 * readers announce without taking the keyboard away from the map.
 */
export function PasteToast({ report, onDismiss }: { report: { at: number; lines: string[] } | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!report) return;
    const timer = window.setTimeout(onDismiss, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [report, onDismiss]);
  return (
    <div className={`paste-toast${report ? ' is-shown' : ''}`} role="status" data-testid="paste-toast">
      {report && (
        <>
          <p>{report.lines.map((line) => <span key={line}>{line} </span>)}</p>
          <button type="button" className="paste-toast-close" aria-label={t('editing.paste.dismiss')} title={t('editing.paste.dismiss')} onClick={onDismiss}>×</button>
        </>
      )}
    </div>
  );
}
