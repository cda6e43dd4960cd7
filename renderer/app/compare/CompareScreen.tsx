import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeTarget, MetricDelta } from '../../../shared/merge/compare-view';
import { deltaText, structureLines } from '../../../shared/merge/compare-words';
import { targetBox } from '../../canvas/compare/CompareMarksLayer';
import { METRICS } from '../../../shared/layout/metrics';
import { MIN_ZOOM } from '../../editor/viewport';
import { Modal } from '../../ui/Modal';
import { usePanZoom } from './use-pan-zoom';
import { useElementSize } from '../../present/use-element-size';
import { ChangeList } from './ChangeList';
import { CompareExport, type CompareExportAccess } from './CompareExport';
import { CompareLegend } from './CompareLegend';
import type { ComparedMap } from './compare-types';
import { MapPane } from './MapPane';
import { NO_GHOSTS, NONE } from './compare-types';
import { useComparison } from './use-comparison';
import './compare.css';

interface Props {
  before: ComparedMap;
  after: ComparedMap;
  exporter: CompareExportAccess;
  onClose: () => void;
}

/**
 * Two maps compared, over the whole window: side by side (two canvases scrolled and zoomed
 * together) or overlaid on one, every change marked, the stage and lane changes and the change
 * list beside them. Choosing a change shows it on the canvas. Escape closes the comparison.
 */
export function CompareScreen({ before, after, exporter, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'side' | 'overlay'>('side');
  const { comparison, view, lines, deltas, layouts, removed } = useComparison(before, after, mode);
  const [active, setActive] = useState<number | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const areaSize = useElementSize(area);
  const paneSize = useMemo(() => ({ width: mode === 'side' ? Math.floor((areaSize.width - 12) / 2) : areaSize.width, height: Math.max(0, areaSize.height - (mode === 'side' ? 30 : 0)) }), [areaSize, mode]);
  const shown = [layouts.side?.before, layouts.side?.after, layouts.overlay].filter((l) => l !== undefined && l !== null);
  const content = {
    width: Math.max(...shown.map((l) => l.width)), height: Math.max(...shown.map((l) => l.height)), top: Math.max(...shown.map((l) => l.top)),
  };
  const { viewport, setViewport, fit, bind } = usePanZoom(content, paneSize);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => list.current?.querySelector<HTMLElement>('[role=listbox]')?.focus(), []);

  const entry = active === null ? null : view.entries[active] ?? null;
  const highlight: ChangeTarget = entry?.target ?? null;
  /** Scrolls the chosen change into the middle of the view, on the map that has it. */
  const show = useCallback((index: number) => {
    setActive(index);
    const target = view.entries[index]?.target ?? null;
    const candidates = layouts.overlay ? [layouts.overlay] : layouts.side ? [layouts.side.after, layouts.side.before] : [];
    const layout = candidates.find((l) => targetBox(l, target)) ?? null;
    const box = layout && targetBox(layout, target);
    if (!layout || !box) return;
    setViewport((v) => {
      // Large enough to read, small enough for the whole change to fit beside the pinned headers.
      const [laneW, top] = [METRICS.laneHeaderWidth, layout.top];
      const fits = Math.min((paneSize.width - 40) / (box.width + laneW + 40), (paneSize.height - 40) / (Math.min(box.height, 2000) + top + 40));
      const zoom = Math.max(MIN_ZOOM, Math.min(Math.max(v.zoom, 0.75), fits));
      const centreX = laneW * zoom + (paneSize.width - laneW * zoom) / 2;
      const centreY = top * zoom + (paneSize.height - top * zoom) / 2;
      return { zoom, x: box.x + box.width / 2 - centreX / zoom, y: box.y + Math.min(box.height, (paneSize.height - top * zoom) / zoom) / 2 - centreY / zoom };
    });
  }, [layouts, paneSize, setViewport, view.entries]);

  const formatDelta = useCallback((d: MetricDelta) => deltaText(d, i18n.language), [i18n.language]);
  const structure = structureLines(comparison, t);
  const common = { viewport, size: paneSize, deltas, formatDelta, highlight, bind };
  const title = t('compare.title', { before: before.label, after: after.label });

  return (
    <Modal className="compare-screen" backdropClassName={null} label={title} onClose={onClose} portal>
      <header className="compare-bar">
        <h2>{title}</h2>
        <div className="compare-mode" role="radiogroup" aria-label={t('compare.mode')}>
          {(['side', 'overlay'] as const).map((m) => (
            <button key={m} type="button" role="radio" aria-checked={mode === m} onClick={() => setMode(m)}>{t(`compare.modes.${m}`)}</button>
          ))}
        </div>
        <button type="button" onClick={fit}>{t('compare.fit')}</button>
        <CompareExport access={exporter} before={before} after={after} />
        <button type="button" className="primary" onClick={onClose}>{t('compare.close')}</button>
      </header>
      <div className="compare-body">
        <div ref={area} className={`compare-area is-${mode}`}>
          {layouts.side ? (
            <>
              <MapPane heading={t('compare.before', { name: before.label })} label={t('compare.canvasLabel', { name: before.label })} cardsLabel={t('compare.cardsBefore')}
                layout={layouts.side.before} marks={view.before} ghostCurves={[]} faded={NONE} ghosts={NO_GHOSTS} {...common} deltas={[]} />
              <MapPane heading={t('compare.after', { name: after.label })} label={t('compare.canvasLabel', { name: after.label })} cardsLabel={t('compare.cardsAfter')}
                layout={layouts.side.after} marks={view.after} ghostCurves={layouts.afterGhosts} faded={NONE} ghosts={NO_GHOSTS} {...common} />
            </>
          ) : layouts.overlay && (
            <MapPane label={t('compare.canvasLabel', { name: title })} cardsLabel={t('compare.cardsOverlay')}
              layout={layouts.overlay} marks={view.overlay} ghostCurves={layouts.overlayGhosts} faded={removed} ghosts={view.ghosts} {...common} />
          )}
        </div>
        <aside ref={list} className="compare-side" aria-label={t('compare.sideLabel')}>
          <CompareLegend />
          {structure.length > 0 && (
            <section aria-label={t('compare.structure')}>
              <h3>{t('compare.structure')}</h3>
              <ul className="compare-structure">
                {structure.map((line, i) => <li key={i}>{line}</li>)}
              </ul>
            </section>
          )}
          <h3>{t('compare.changes', { count: view.entries.length })}</h3>
          <ChangeList entries={view.entries} lines={lines} active={active} onActivate={show} />
        </aside>
      </div>
    </Modal>
  );
}
