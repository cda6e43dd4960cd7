import { describe, expect, it } from 'vitest';
import { actionPlanRows, countOpportunities, filterRows, NO_FILTER, priorityRank, sortRows, statusRank } from '../../shared/document/action-plan';
import { parseJourneyText } from '../../shared/document/parse';
import { addMonths, daysBetween, reviewNeedsAttention, reviewState, toDateString } from '../../shared/document/review-dates';
import { currentFixtureText } from '../helpers/fixtures';

describe('review dates', () => {
  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
    expect(toDateString(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('tells whether a review is overdue, due today, coming up or far off', () => {
    expect(reviewState({}, '2026-11-01')).toEqual({ kind: 'unscheduled' });
    expect(reviewState({ nextReview: '2026-10-01' }, '2026-11-01')).toEqual({ kind: 'overdue', days: 31 });
    expect(reviewState({ nextReview: '2026-11-01' }, '2026-11-01')).toEqual({ kind: 'dueToday' });
    expect(reviewState({ nextReview: '2026-11-10' }, '2026-11-01')).toEqual({ kind: 'soon', days: 9 });
    expect(reviewState({ nextReview: '2027-02-01' }, '2026-11-01')).toEqual({ kind: 'scheduled', days: 92 });
    expect(reviewNeedsAttention({ kind: 'overdue', days: 1 })).toBe(true);
    expect(reviewNeedsAttention({ kind: 'soon', days: 1 })).toBe(false);
  });
});

describe('action plan rows', () => {
  it('lists every opportunity in journey order with its stage and the cards it addresses', () => {
    const doc = parseJourneyText(currentFixtureText());
    doc.cards.find((c) => c.id === 'card-opportunities-2')!.links = ['card-touchpoints-2'];
    const rows = actionPlanRows(doc);
    const opportunities = doc.cards.filter((c) => c.laneId === 'lane-opportunities');
    expect(rows.map((r) => r.id).sort()).toEqual(opportunities.map((c) => c.id).sort());
    expect(rows.map((r) => r.columnIndex)).toEqual([...rows.map((r) => r.columnIndex)].sort((a, b) => a - b));
    const second = rows.find((r) => r.id === 'card-opportunities-2')!;
    expect(second).toMatchObject({ stageName: 'Consideration', links: [{ id: 'card-touchpoints-2', text: 'Comparison site', kind: 'touchpoints' }] });
    expect(countOpportunities(doc)).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('ranks priorities high above low and statuses in working order, unset first', () => {
    expect([undefined, 'high', 'low', 'medium'].map((p) => priorityRank(p as 'low' | undefined))).toEqual([-1, 2, 0, 1]);
    expect(statusRank('idea')).toBeLessThan(statusRank('done'));
    expect(statusRank(undefined)).toBe(-1);
  });
});

describe('sorting and filtering the action plan', () => {
  const doc = parseJourneyText(currentFixtureText());
  const opportunities = doc.cards.filter((c) => c.laneId === 'lane-opportunities');
  Object.assign(opportunities[0]!, { owner: 'Zoë', priority: 'low', status: 'done' });
  Object.assign(opportunities[1]!, { owner: 'Ålund', priority: 'high', status: 'idea', links: ['card-touchpoints-2'] });
  Object.assign(opportunities[2]!, { owner: 'adam', priority: 'medium' });
  const rows = actionPlanRows(doc);
  const swedish = new Intl.Collator('sv').compare;

  it('sorts by priority, status, owner in the user’s collation, and back', () => {
    const byPriority = sortRows(rows, { column: 'priority', direction: 'descending' }, swedish);
    const ranks = byPriority.map((r) => priorityRank(r.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(byPriority[0]!.priority).toBe('high');
    const byOwner = sortRows(rows, { column: 'owner', direction: 'ascending' }, swedish).map((r) => r.owner).filter(Boolean);
    // Swedish puts Å after Z.
    expect(byOwner).toEqual(['adam', 'Growth', 'Zoë', 'Ålund']);
    expect(sortRows(rows, { column: 'stage', direction: 'ascending' }, swedish)).toEqual(rows);
    const mostLinks = Math.max(...rows.map((r) => r.links.length));
    expect(sortRows(rows, { column: 'links', direction: 'descending' }, swedish)[0]!.links).toHaveLength(mostLinks);
  });

  it('filters by text anywhere in the row, priority and status', () => {
    expect(filterRows(rows, { ...NO_FILTER, query: 'COMPARISON' }).map((r) => r.owner)).toEqual(['Ålund']);
    expect(filterRows(rows, { ...NO_FILTER, priority: 'low' }).map((r) => r.owner)).toEqual(['Zoë']);
    expect(filterRows(rows, { ...NO_FILTER, status: 'unset' }).every((r) => r.status === undefined)).toBe(true);
    expect(filterRows(rows, NO_FILTER)).toHaveLength(rows.length);
  });
});
