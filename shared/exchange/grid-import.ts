import { newId } from '../document/ids';
import { EMOTION_MAX, EMOTION_MIN, LIMITS } from '../document/limits';
import { said, sayIssue, type Say } from './issue-text';
import { MAX_ISSUES, type ImportIssue, type SourceRow } from './journey-from-rows';
import { guessLaneKind } from './resolve-names';

/** Spreadsheet column letters: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const BULLET = /^\s*(?:[-*•–]\s+)/;
const toNumber = (text: string) => Number(text.trim().replace(',', '.'));

/** A cell's cards: paragraphs split at blank lines; a paragraph of bullet lines gives one card per bullet. */
export function cellCards(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .flatMap((p) => {
      const lines = p.split('\n');
      return lines.every((l) => BULLET.test(l)) ? lines.map((l) => l.replace(BULLET, '').trim()) : [p];
    });
}

type Where = (row: number, column: number) => string;

function tooMany(key: 'tooManyStages' | 'tooManyLanes' | 'tooManyCards', limit: number, where: string, t: Say): { rows: SourceRow[]; issues: ImportIssue[] } {
  return { rows: [], issues: [{ where, message: sayIssue(t, said(key, { limit })) }] };
}

/**
 * The title a grid gives itself, in its first cell: either the corner above the lane names,
 * or a row of its own above the stages (only its first cell filled), which is then taken off
 * the grid. Null when the first cell is empty.
 */
export function gridTitle(grid: readonly (readonly string[])[]): { title: string | null; grid: readonly (readonly string[])[] } {
  const [first = [], ...rest] = grid;
  const title = (first[0] ?? '').replace(/\s+/g, ' ').trim();
  if (title === '') return { title: null, grid };
  const ownRow = first.slice(1).every((cell) => cell.trim() === '') && rest.some((row) => row.slice(1).some((cell) => cell.trim() !== ''));
  return { title, grid: ownRow ? rest : grid };
}

/**
 * A plain grid as people type it: the first row names the stages, the first column the lanes,
 * and each cell holds that lane's cards at that stage. Lanes named like an emotions or metrics
 * lane (or holding only numbers from -2 to +2) become curves or metric values.
 */
export function gridToRows(grid: readonly (readonly string[])[], where: Where, t: Say): { rows: SourceRow[]; issues: ImportIssue[] } {
  const rows: SourceRow[] = [];
  const issues: ImportIssue[] = [];
  const [header = [], ...body] = grid;
  // More than a journey holds is refused before a row is built for each cell.
  const stageCount = header.slice(1).filter((name) => name.trim() !== '').length;
  if (stageCount > LIMITS.stages) return tooMany('tooManyStages', LIMITS.stages, where(0, LIMITS.stages + 1), t);
  const laneCount = body.filter((line) => (line[0] ?? '').trim() !== '').length;
  if (laneCount > LIMITS.lanes) return tooMany('tooManyLanes', LIMITS.lanes, where(0, 0), t);
  let cardCount = 0;
  const stageIds: (string | null)[] = header.map((name, c) => {
    if (c === 0 || name.trim() === '') return null;
    const id = newId();
    rows.push({ table: 'stages', cells: { id, name: name.trim() }, where: where(0, c) });
    return id;
  });
  if (stageIds.every((id) => id === null)) issues.push({ where: where(0, 1), message: sayIssue(t, said('noStages')) });
  for (const [r, line] of body.entries()) {
    const cells = line.slice(1).map((text, i) => ({ text: text.trim(), column: i + 1 }));
    const filled = cells.filter((c) => c.text !== '');
    const name = (line[0] ?? '').trim();
    if (name === '') {
      if (filled.length > 0) issues.push({ where: where(r + 1, 0), message: sayIssue(t, said('noLaneName')) });
      continue;
    }
    const guessed = guessLaneKind(name);
    const numeric = filled.length > 0 && filled.every((c) => NUMBER.test(c.text) && Math.abs(toNumber(c.text)) <= EMOTION_MAX);
    const kind = guessed === 'actions' && numeric ? 'emotions' : guessed;
    const laneId = newId();
    rows.push({ table: 'lanes', cells: { id: laneId, kind, name }, where: where(r + 1, 0) });
    const curveId = newId();
    if (kind === 'emotions') rows.push({ table: 'emotionCurves', cells: { id: curveId, laneId, name, style: 'solid', colour: '#0072B2' }, where: where(r + 1, 0) });
    for (const { text, column } of filled) {
      const stageId = stageIds[column];
      const at = where(r + 1, column);
      if (!stageId) {
        issues.push({ where: at, message: sayIssue(t, said('noStage')) });
        continue;
      }
      if (kind === 'emotions' || kind === 'metrics') {
        const value = toNumber(text);
        if (!NUMBER.test(text) || (kind === 'emotions' && (value < EMOTION_MIN || value > EMOTION_MAX))) {
          issues.push({ where: at, message: sayIssue(t, said(kind === 'emotions' ? 'notEmotion' : 'notValue', { value: text.slice(0, 40) })) });
          continue;
        }
        rows.push(kind === 'emotions'
          ? { table: 'emotionPoints', cells: { curveId, stageId, value }, where: at }
          : { table: 'metricValues', cells: { laneId, stageId, value }, where: at });
        continue;
      }
      for (const card of cellCards(text)) {
        rows.push({ table: 'cards', cells: { stageId, laneId, text: card }, where: at });
        cardCount += 1;
      }
      if (cardCount > LIMITS.cards) return tooMany('tooManyCards', LIMITS.cards, at, t);
    }
  }
  return { rows, issues: issues.slice(0, MAX_ISSUES) };
}
