import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../main/exchange/table-file';
import { applyChanges } from '../../shared/document/changes';
import { sortByOrder } from '../../shared/document/order';
import type { JourneyDocument } from '../../shared/document/schema';
import { planMetricsImport, surveyDate, surveyNumber, type MetricsImportOptions } from '../../shared/exchange/metrics-import';
import { englishT, journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const OPTIONS: MetricsImportOptions = {
  mode: 'latest', stageHeaders: ['stage'], dateHeaders: ['date'],
  laneNames: { nps: 'NPS', csat: 'CSAT', ces: 'CES', conversion: 'Conversion', churn: 'Churn' },
};

/** The map's metrics lanes: name, unit, and the value per stage name. */
function metrics(doc: JourneyDocument): Record<string, { unit?: string; values: Record<string, number> }> {
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
  return Object.fromEntries(sortByOrder(doc.lanes).filter((l) => l.kind === 'metrics').map((lane) => [lane.name, {
    ...(lane.unit ? { unit: lane.unit } : {}),
    values: Object.fromEntries(doc.metricValues.filter((m) => m.laneId === lane.id).map((m) => [stageName.get(m.stageId), m.value])),
  }]));
}

function survey(doc: JourneyDocument): string[][] {
  const [first, second] = sortByOrder(doc.stages);
  return [
    ['Date', ' STAGE ', 'NPS', 'CSAT %', 'Conversion rate'],
    ['2026-01-10', first!.name.toUpperCase(), '10', '70', '12.5%'],
    ['2026-03-01', ` ${first!.name.toLowerCase()} `, '30', '80', '15'],
    ['2026-02-01', first!.name, '20', '', ''],
    ['2026-03-01', second!.name, '-5', '4,5', ''],
  ];
}

describe('metrics from a survey table', () => {
  const tempFolder = useTempFolders();

  it('reads numbers and dates as people type them', () => {
    expect([surveyNumber('45'), surveyNumber(' -12.5 '), surveyNumber('4,2'), surveyNumber('38%'), surveyNumber('abc'), surveyNumber(''), surveyNumber('1e999')])
      .toEqual([45, -12.5, 4.2, 38, null, null, null]);
    expect([surveyDate('2026-03-01'), surveyDate('2026-03-01T10:00:00Z'), surveyDate('2026-02-30'), surveyDate('01/03/2026')]).toEqual(['2026-03-01', '2026-03-01', null, null]);
  });

  it('matches stages without case or spaces, takes the latest date per stage, makes lanes with units', () => {
    const doc = journeyFrom('journey8');
    const [first, second] = sortByOrder(doc.stages);
    const plan = planMetricsImport(doc, survey(doc), OPTIONS);
    expect(plan.issues).toEqual([]);
    expect(plan.metrics).toEqual(['nps', 'csat', 'conversion']);
    const after = applyChanges(doc, plan.changes);
    expect(metrics(after)).toMatchObject({
      NPS: { unit: 'NPS', values: { [first!.name]: 30, [second!.name]: -5 } },
      CSAT: { unit: '%', values: { [first!.name]: 80, [second!.name]: 4.5 } },
      Conversion: { unit: '%', values: { [first!.name]: 15 } },
    });
    expect(plan.entries.find((e) => e.metric === 'nps' && e.stageId === first!.id)).toMatchObject({ before: null, after: 30, date: '2026-03-01', laneId: null });
  });

  it('averages per stage with the count when asked', () => {
    const doc = journeyFrom('journey8');
    const [first] = sortByOrder(doc.stages);
    const plan = planMetricsImport(doc, survey(doc), { ...OPTIONS, mode: 'average' });
    expect(plan.entries.find((e) => e.metric === 'nps' && e.stageId === first!.id)).toMatchObject({ after: 20, count: 3, date: null });
    expect(plan.entries.find((e) => e.metric === 'csat' && e.stageId === first!.id)).toMatchObject({ after: 75, count: 2 });
  });

  it('re-import updates the same lanes: no new lane, old -> new in the plan, nothing when the values are the same', () => {
    const doc = journeyFrom('journey8');
    const once = applyChanges(doc, planMetricsImport(doc, survey(doc), OPTIONS).changes);
    const again = planMetricsImport(once, survey(doc), OPTIONS);
    expect(again.changes).toEqual([]);
    const changedTable = survey(doc).map((row, i) => (i === 2 ? row.map((c, j) => (j === 2 ? '35' : c)) : row));
    const update = planMetricsImport(once, changedTable, OPTIONS);
    const twice = applyChanges(once, update.changes);
    expect(twice.lanes.filter((l) => l.kind === 'metrics')).toHaveLength(3);
    expect(update.changes.every((c) => c.table === 'metricValues')).toBe(true);
    expect(update.entries.find((e) => e.metric === 'nps' && e.after === 35)).toMatchObject({ before: 30 });
    // A lane the user made named like the metric is the one used.
    expect(metrics(twice)['NPS']?.values).toMatchObject({ [sortByOrder(doc.stages)[0]!.name]: 35 });
  });

  it('keeps the good values of a row with a bad one, and names the bad cell by row and column', () => {
    const doc = journeyFrom('journey8');
    const [first, second] = sortByOrder(doc.stages);
    const plan = planMetricsImport(doc, [
      ['Stage', 'NPS', 'CSAT', 'CES'],
      [first!.name, '40', 'n/a', '3'],
      [second!.name, '500', '81%', 'x'],
    ], OPTIONS);
    expect(plan.issues).toEqual([
      { row: 2, problem: { key: 'metricsNotNumber', params: { column: 'CSAT', value: 'n/a' } } },
      { row: 3, problem: { key: 'metricsOutOfRange', params: { column: 'NPS', value: '500', min: -100, max: 100 } } },
      { row: 3, problem: { key: 'metricsNotNumber', params: { column: 'CES', value: 'x' } } },
    ]);
    expect(plan.entries.map((e) => [e.stageName, e.metric, e.after])).toEqual([[first!.name, 'nps', 40], [first!.name, 'ces', 3], [second!.name, 'csat', 81]]);
    expect(metrics(applyChanges(doc, plan.changes))).toMatchObject({ NPS: { values: { [first!.name]: 40 } }, CSAT: { values: { [second!.name]: 81 } }, CES: { values: { [first!.name]: 3 } } });
  });

  it('names every bad value or row: unknown stage, not a number, out of range, bad date; the rest still plans', () => {
    const doc = journeyFrom('journey8');
    const [first] = sortByOrder(doc.stages);
    const plan = planMetricsImport(doc, [
      ['Stage', 'NPS', 'CES', 'Date'],
      ['Nowhere', '10', '3', '2026-01-01'],
      [first!.name, 'lots', '3', '2026-01-01'],
      [first!.name, '10', '9', '2026-01-01'],
      [first!.name, '10', '3', 'soon'],
      [first!.name, '140', '', '2026-01-01'],
      [first!.name, '12', '2', '2026-01-02'],
    ], OPTIONS);
    expect(plan.issues.map((i) => [i.row, i.problem.key])).toEqual([
      [2, 'metricsUnknownStage'], [3, 'metricsNotNumber'], [4, 'metricsOutOfRange'], [5, 'metricsBadDate'], [6, 'metricsOutOfRange'],
    ]);
    expect(plan.issues[2]?.problem.params).toMatchObject({ column: 'CES', value: '9', min: 1, max: 7 });
    expect(plan.entries.map((e) => [e.metric, e.after])).toEqual([['nps', 12], ['ces', 2]]);
    expect(planMetricsImport(doc, [['Name', 'Score']], OPTIONS).issues.map((i) => i.problem.key)).toEqual(['metricsNoStageColumn', 'metricsNoMetricColumns']);
  });

  it('reads CSV and XLSX survey files as tables within the import limits', async () => {
    const folder = await tempFolder();
    const doc = journeyFrom('journey8');
    const csv = join(folder, 'survey.csv');
    await writeFile(csv, survey(doc).map((row) => row.map((c) => `"${c}"`).join(',')).join('\n'));
    const fromCsv = await readTableFile(csv, englishT);
    expect(fromCsv).toMatchObject({ kind: 'table', sheet: null });
    expect(fromCsv.kind === 'table' && fromCsv.grid).toEqual(survey(doc));

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Survey Q1');
    sheet.addRow(['Date', 'Stage', 'NPS', 'CES']);
    sheet.addRow([new Date(Date.UTC(2026, 2, 1)), sortByOrder(doc.stages)[0]!.name, 42, 3.5]);
    sheet.addRow([new Date(Date.UTC(2026, 1, 1)), sortByOrder(doc.stages)[0]!.name, 12, 'n/a']);
    const xlsx = join(folder, 'survey.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const fromXlsx = await readTableFile(xlsx, englishT);
    expect(fromXlsx).toMatchObject({ kind: 'table', sheet: 'Survey Q1' });
    if (fromXlsx.kind !== 'table') throw new Error('not read');
    const plan = planMetricsImport(doc, fromXlsx.grid, OPTIONS);
    expect(plan.issues.map((i) => [i.row, i.problem.key])).toEqual([[3, 'metricsNotNumber']]);
    expect(plan.entries.map((e) => [e.metric, e.after, e.date])).toEqual([['nps', 42, '2026-03-01'], ['ces', 3.5, '2026-03-01']]);

    await writeFile(join(folder, 'survey.txt'), 'x');
    expect(await readTableFile(join(folder, 'survey.txt'), englishT)).toMatchObject({ kind: 'error' });
    await writeFile(join(folder, 'fake.xlsx'), 'not a zip');
    expect(await readTableFile(join(folder, 'fake.xlsx'), englishT)).toMatchObject({ kind: 'error', message: expect.stringMatching(/workbook/i) });
  });
});
