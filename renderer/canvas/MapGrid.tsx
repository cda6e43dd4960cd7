import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Card, LaneKind } from '../../shared/document/schema';
import type { CardBox, JourneyLayout } from '../../shared/layout/layout';
import { useOptionalContent } from '../editor/content-context';
import { selectedCardIds, type Selection } from '../editor/selection';
import { cardsByCell, columnName, gridIds, gridRows, type GridPlace, type GridRow, type GridWords } from './map-grid-model';

interface Props {
  layout: JourneyLayout;
  inView: readonly CardBox[];
  selection: Selection;
  /** Where the keyboard is (the map points screen readers there with aria-activedescendant). */
  active: GridPlace | null;
  idPrefix: string;
  label: string;
}

/**
 * A card's marks in words. The same few words are said of many cards: each is translated once
 * (a translation costs far more than a lookup, and the grid says the marks of every card in view).
 */
function cardMarks(t: TFunction): (card: Card, kind: LaneKind) => string {
  const said = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let words = said.get(key);
    if (words === undefined) said.set(key, (words = make()));
    return words;
  };
  return (card, kind) => [
    kind === 'painPoints' && card.severity !== undefined ? once(`severity ${card.severity}`, () => t('a11y.card.severity', { value: card.severity })) : '',
    kind === 'opportunities' && card.priority !== undefined ? once(`priority ${card.priority}`, () => t('a11y.card.priority', { priority: t(`content.priority.${card.priority}`) })) : '',
    kind === 'opportunities' && card.owner ? t('a11y.card.owner', { owner: card.owner }) : '',
    card.evidence && card.evidence.length > 0 ? once(`evidence ${card.evidence.length}`, () => t('a11y.card.evidence', { count: card.evidence?.length })) : '',
    card.confidence === 'assumed' ? once('assumed', () => t('content.marks.assumed')) : '',
  ].filter((m) => m !== '').join(', ');
}

/** A card's marks in words: what the canvas draws as pills (severity, priority, owner, evidence, assumed). */
export function useCardMarks(): (card: Card, kind: LaneKind) => string {
  const { t } = useTranslation();
  return useMemo(() => cardMarks(t), [t]);
}

/** One lane: its header and a cell per stage or step; `active` is -1 for its header, a column for a cell, null elsewhere. */
const Row = memo(function Row({ row, index, ids, active }: { row: GridRow; index: number; ids: ReturnType<typeof gridIds>; active: number | null }) {
  const { t } = useTranslation();
  return (
    <div role="row" aria-rowindex={index + 2}>
      <span role="rowheader" id={ids.row(index)} aria-selected={active === -1}>{row.name}</span>
      {row.cells.map((cell, col) => (
        <span key={col} role="gridcell" id={ids.cell(index, col)} aria-selected={active === col}>
          {cell.values.join('; ')}
          {cell.cards.length > 0 && (
            <ul>
              {cell.cards.map((card) => (
                <li key={card.id} aria-current={card.selected || undefined} aria-description={card.marks || undefined}>{card.text}</li>
              ))}
            </ul>
          )}
          {cell.outOfView > 0 && t(cell.cards.length > 0 ? 'a11y.grid.moreOutOfView' : 'a11y.grid.outOfView', { count: cell.outOfView })}
        </span>
      ))}
    </div>
  );
}, (a, b) => a.index === b.index && a.ids === b.ids && a.active === b.active && JSON.stringify(a.row) === JSON.stringify(b.row));

/**
 * The map for screen readers (a canvas says nothing): a grid of the stages as column headers,
 * the lanes as row headers and the cards in their cells, the place the keyboard is on
 * selected. The cards drawn in view are listed (a cell out of view says how many it holds,
 * until the keyboard or a scroll brings it into view); emotions and metrics are said as values.
 */
export function MapGrid({ layout, inView, selection, active, idPrefix, label }: Props) {
  const { t, i18n } = useTranslation();
  const content = useOptionalContent();
  const marks = useCardMarks();
  const ids = useMemo(() => gridIds(idPrefix), [idPrefix]);
  const document = content?.document;
  const cardOf = useMemo(() => {
    const byId = new Map((document?.cards ?? []).map((c) => [c.id, c]));
    return (id: string) => byId.get(id);
  }, [document]);
  const words = useMemo((): GridWords => {
    const signed = new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    return {
      marks,
      emotion: (curve, value) => (value === undefined ? t('a11y.grid.noEmotion', { curve }) : t('a11y.grid.emotion', { curve, value: signed.format(value) })),
      metric: (value, unit) => `${number.format(value)}${unit ? ` ${unit}` : ''}`,
    };
  }, [i18n.language, marks, t]);
  const selectedIds = selectedCardIds(selection);
  // A scroll or a presentation's glide changes the cards in view every frame: the grid follows
  // when the set changes, and after the frame's drawing (deferred), never holding a frame up.
  // The first cards a map shows (it opened, or the canvas got its size) are listed at once, with
  // the canvas that draws them: nothing is listed yet that could stand in for them meanwhile.
  const latestKey = useMemo(() => inView.map((c) => c.id).join('|'), [inView]);
  const deferredKey = useDeferredValue(latestKey);
  const inViewKey = deferredKey === '' ? latestKey : deferredKey;
  const shown = useMemo(() => new Set(inViewKey.split('|')), [inViewKey]);
  const byCell = useMemo(() => cardsByCell(layout), [layout]);
  const rows = useMemo(() => gridRows(layout, byCell, shown, cardOf, selectedIds, words), [layout, byCell, shown, cardOf, selectedIds, words]);
  const activeIn = (index: number) => (active?.kind === 'row' && active.row === index ? -1 : active?.kind === 'cell' && active.row === index ? active.col : null);
  return (
    <div role="grid" className="visually-hidden map-grid" aria-label={label} aria-rowcount={layout.lanes.length + 1} aria-colcount={layout.columns.length + 1}
      aria-busy={inViewKey !== latestKey || undefined} data-testid="cards-in-view">
      <div role="row" aria-rowindex={1}>
        <span role="columnheader">{t('a11y.grid.lanes')}</span>
        {layout.columns.map((column, col) => (
          <span key={col} role="columnheader" id={ids.column(col)} aria-selected={active?.kind === 'column' && active.col === col}>{columnName(layout, column)}</span>
        ))}
      </div>
      {rows.map((row, index) => <Row key={row.laneId} row={row} index={index} ids={ids} active={activeIn(index)} />)}
    </div>
  );
}
